import ArgumentParser
import DossierBench
import Foundation

/// `dossier-bench pages FOLDER`: how many saved HTML pages a second Dossier reads into articles on one core; writes
/// the pages section of `docs/benchmarks.md`.
struct PagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pages",
        abstract: "Measure reading saved HTML pages into articles, and write the pages section of docs/benchmarks.md.",
        discussion: "Example: swift run -c release dossier-bench pages ../shared/corpora/scraped-html"
    )

    @Argument(help: "A folder of .html pages.") var folder: String
    @Option(help: "Times each page is read; its median is kept.") var repetitions = 5
    @Option(help: "The Markdown report whose pages section to write.") var report = "docs/benchmarks.md"

    func run() throws {
        let speed = try PageSpeed.measure(folder: folder, repetitions: repetitions)
        let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let section = speed.markdown(folder: folder, machine: BenchmarkReport.machine, date: String(date))
        let existing = (try? String(contentsOfFile: report, encoding: .utf8)) ?? "# Benchmarks\n"
        try ReportSection.pages.replacing(in: existing, with: section).write(toFile: report, atomically: true, encoding: .utf8)
        print(section)
    }
}
