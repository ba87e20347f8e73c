import ArgumentParser

/// The `dossier-bench` command: makes benchmark corpora and measures Dossier on them.
@main
struct DossierBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Benchmarks for Dossier on generated corpora of scraped news articles.",
        discussion: "Example: dossier-bench generate --articles 100000 --seed 1 /tmp/corpus",
        subcommands: [GenerateCommand.self, RunCommand.self, MeasureCommand.self, PagesCommand.self]
    )
}
