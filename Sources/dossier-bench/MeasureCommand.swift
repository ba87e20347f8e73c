import ArgumentParser
import DossierBench
import Foundation

/// `dossier-bench measure PHASE`: one benchmark phase in its own process (so that its peak memory is its own),
/// printing the result as JSON. `run` starts these; they are not meant to be typed.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Run one benchmark phase and print its result as JSON (used by run).",
        shouldDisplay: false
    )

    enum Phase: String, ExpressibleByArgument { case cold, warm, reindex }

    @Argument var phase: Phase
    @Option var corpus: String
    @Option var index: String
    @Option var seed: UInt64 = 1
    @Option var articles = 0
    @Option var keys = 1_000
    @Option var searches = 100
    @Option var changedFiles = 10
    @Option var reindexRuns = 5

    func run() throws {
        let encoder = JSONEncoder()
        let data: Data
        switch phase {
        case .cold:
            data = try encoder.encode(BenchmarkPhases.cold(corpus: corpus, index: index))
        case .warm:
            let manifest = try CorpusManifest.read(folder: corpus)
            var words = manifest.topEntities.flatMap { $0.name.split(separator: " ").map(String.init) }.filter { $0.count > 3 }
            words += ["minister", "report", "investigation", "contract", "election", "security", "officials", "market"]
            data = try encoder.encode(BenchmarkPhases.warm(corpus: corpus, index: index, story: manifest.storyEntity.name,
                                                           words: words, keys: keys, searches: searches))
        case .reindex:
            let generator = CorpusGenerator(seed: seed)
            let bad = generator.badFiles(inCorpusOf: articles)
            let chosen = stride(from: articles / (2 * changedFiles), to: articles, by: max(1, articles / changedFiles))
                .filter { bad[$0] == nil }.prefix(changedFiles)
            let changes = chosen.map { (path: generator.relativePath(ofFile: $0), contents: Array(generator.article(at: $0, revision: 1).text.utf8)) }
            let originals = chosen.map { (path: generator.relativePath(ofFile: $0), contents: generator.contents(ofFile: $0, inCorpusOf: articles)) }
            var runs: [BenchmarkPhases.Reindex] = []
            for _ in 0..<max(1, reindexRuns) {
                runs.append(try BenchmarkPhases.reindex(corpus: corpus, index: index, changes: changes))
                // Put the corpus back as generated (not measured), so that the next run starts from the same files.
                _ = try BenchmarkPhases.reindex(corpus: corpus, index: index, changes: originals)
            }
            data = try encoder.encode(BenchmarkPhases.Reindex(combining: runs))
        }
        FileHandle.standardOutput.write(data)
    }
}
