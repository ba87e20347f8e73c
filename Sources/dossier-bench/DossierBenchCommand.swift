import ArgumentParser
import Foundation

/// The `dossier-bench` command: makes benchmark corpora and measures Dossier on them.
@main
struct DossierBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Benchmarks for Dossier on generated corpora of scraped news articles.",
        discussion: "Example: dossier-bench generate --articles 100000 --seed 1 /tmp/corpus",
        subcommands: [GenerateCommand.self, RunCommand.self, MeasureCommand.self]
    )

    /// Runs the command line, exiting 2 on bad usage as `dossier` does (ArgumentParser's default is 64).
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
