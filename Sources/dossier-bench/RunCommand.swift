import ArgumentParser
import DossierBench
import Foundation

/// `dossier-bench run`: generates the corpora it needs, measures indexing, opening, re-indexing, search and key
/// latency for each size, and writes the table to `docs/benchmarks.md`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure Dossier on generated corpora and write docs/benchmarks.md.",
        discussion: "Example: swift run -c release dossier-bench run --articles 1000 --articles 10000 --articles 100000"
    )

    @Option(help: "Corpus sizes to measure (repeatable).") var articles: [Int] = [1_000, 10_000, 100_000]
    @Option(help: "The corpus seed.") var seed: UInt64 = 1
    @Option(help: "Where corpora and indexes are kept between runs.") var work = "/tmp/dossier-bench"
    @Option(help: "The Markdown report to write.") var report = "docs/benchmarks.md"
    @Option(help: "Keys replayed for UI latency.") var keys = 1_000
    @Option(help: "Full-text queries timed.") var searches = 100
    @Flag(help: "Reuse the index and cold-index figures of the last run for each size, when present.") var keepIndex = false

    func run() throws {
        let machine = BenchmarkReport.machine
        var results: [BenchmarkResult] = []
        var coldKept = false
        for count in articles {
            let corpus = "\(work)/corpus-\(count)-seed\(seed)"
            let index = "\(work)/index-\(count)-seed\(seed).sqlite"
            if (try? CorpusManifest.read(folder: corpus))?.fileCount != count {
                try? FileManager.default.removeItem(atPath: corpus)
                log("generating \(count) articles in \(corpus)")
                _ = try CorpusGenerator(seed: seed).write(articles: count, to: URL(fileURLWithPath: corpus))
            }
            let coldFile = "\(work)/cold-\(count)-seed\(seed).json"
            let cold: BenchmarkPhases.Cold
            if keepIndex, FileManager.default.fileExists(atPath: index), let data = FileManager.default.contents(atPath: coldFile) {
                log("\(count): cold index (kept from the last run)")
                coldKept = true
                cold = try JSONDecoder().decode(BenchmarkPhases.Cold.self, from: data)
            } else {
                log("\(count): cold index")
                cold = try measure(["cold", "--corpus", corpus, "--index", index])
                try JSONEncoder().encode(cold).write(to: URL(fileURLWithPath: coldFile))
            }
            log(String(format: "  %.1f s, %.0f articles/s", cold.seconds, cold.articlesPerSecond))
            // The gigabyte or so just written goes to disk now, not while the next phase is timed.
            sync()
            log("\(count): warm open, keys, search")
            let warm: BenchmarkPhases.Warm = try measure(["warm", "--corpus", corpus, "--index", index, "--keys", "\(keys)", "--searches", "\(searches)"])
            log(String(format: "  first frame %.2f s, key p99 %.1f ms, search p99 %.1f ms", warm.firstFrameSeconds, warm.keys.p99 * 1000, warm.searches.p99 * 1000))
            log("\(count): re-index after 10 changed files")
            let reindex: BenchmarkPhases.Reindex = try measure(["reindex", "--corpus", corpus, "--index", index, "--seed", "\(seed)", "--articles", "\(count)"])
            log(String(format: "  %.2f s", reindex.seconds))
            results.append(BenchmarkResult(articles: count, cold: cold, warm: warm, reindex: reindex))
        }
        let command = "dossier-bench run " + articles.map { "--articles \($0)" }.joined(separator: " ") + (keepIndex ? " --keep-index" : "")
        let date = ISO8601DateFormatter().string(from: Date()).prefix(10)
        let markdown = BenchmarkReport.markdown(results, machine: machine, command: command, date: String(date),
                                                    coldFromEarlierRun: coldKept)
        // The notes (written by hand) and the pages section (`dossier-bench pages`, measured apart) are kept.
        let previous = try? String(contentsOfFile: report, encoding: .utf8)
        try ReportSection.keeping([.notes, .pages], from: previous, in: markdown).write(toFile: report, atomically: true, encoding: .utf8)
        print(markdown)
    }

    /// Runs `dossier-bench measure ARGUMENTS` in a child process and decodes what it prints.
    private func measure<Result: Decodable>(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["measure"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("measure \(arguments.joined(separator: " ")) exited with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode(Result.self, from: data)
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
