import ArgumentParser
import DossierApp
import DossierText
import Foundation

/// `dossier config`: the reader's config file: where it is, the whole default file, and checking one.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print where the reader's config file is, print the default file, or check a file.",
        discussion: """
        The file is $XDG_CONFIG_HOME/dossier/config.toml (default ~/.config/dossier/config.toml): [keys] binds actions \
        by name (docs/keys.md), [colors] the theme, [layout] the arrangement, pane widths and measure, [open] the \
        programs that show an article's file and open its web address. A bad file is an error with its line and \
        column, and the reader does not start (exit 2).
        Example: dossier config --print-default > ~/.config/dossier/config.toml
        """
    )

    @Flag(help: "Print the whole default file, with comments.") var printDefault = false
    @Flag(help: "Check the file (FILE, or the config file): exit 0 when it is good, 2 with the first error otherwise.") var check = false
    @Argument(help: "The file to check (default: the config file).") var file: String?

    func validate() throws {
        if printDefault && check { throw ValidationError("--print-default and --check go alone") }
        if file != nil && !check { throw ValidationError("a FILE is only read with --check") }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if printDefault {
            Output.write(DefaultConfig.text)
            return
        }
        let path = file ?? ReaderConfig.path(environment: environment)
        guard check else {
            Output.line(ArticleText.safe(path + (FileManager.default.fileExists(atPath: path) ? "" : " (none: the defaults apply)")))
            return
        }
        if file != nil, !FileManager.default.fileExists(atPath: path) {
            Output.printError("dossier: \(path): no such file")
            throw ExitCode(2)
        }
        do {
            _ = try ReaderConfig.load(path: path, environment: environment)
        } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode(2)
        }
        Output.line(ArticleText.safe(FileManager.default.fileExists(atPath: path) ? "\(path): good" : "\(path): no file, the defaults apply"))
    }
}
