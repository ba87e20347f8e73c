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
            MarksCommand.self,
            EntityCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            ConfigCommand.self,
            MarkStressCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// Runs the command line, exiting 2 on bad usage as the README promises (ArgumentParser's default is 64). What a
    /// command printed is written out (and checked, `Output`) before the process exits; messages that quote an
    /// argument are made safe for the terminal.
    static func main() {
        Output.guardStandardDescriptors()
        do {
            var command = try parseAsRoot()
            try command.run()
            TemporaryIndex.removeAll()
            Output.flush()
        } catch {
            TemporaryIndex.removeAll()
            Output.flush()
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.line(message) }
                Output.flush()
                Foundation.exit(0)
            }
            // The parser's message and usage, a line at a time: each made safe (it may quote an argument).
            if !message.isEmpty { message.split(separator: "\n", omittingEmptySubsequences: false).forEach { Output.printError(String($0)) } }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
