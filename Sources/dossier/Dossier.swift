import ArgumentParser
import DossierCore
import Foundation

/// The `dossier` command: opens the reader, or runs one of the scriptable subcommands.
@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A terminal reader for collections of news articles.",
        discussion: "Example: dossier list seeds --json",
        subcommands: [
            ReadCommand.self,
            ListCommand.self,
            ShowCommand.self,
            EntitiesCommand.self,
            SearchCommand.self,
            LinksCommand.self,
            MentionsCommand.self,
            TagCommand.self,
            TrainNERCommand.self,
            TrainPageDumpCommand.self,
            MarkCommand.self,
            EntityCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            ConfigCommand.self,
            MarkStressCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command line, exiting 2 on bad usage as the README promises (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
