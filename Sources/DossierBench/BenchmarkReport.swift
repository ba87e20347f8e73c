import Foundation

extension CorpusManifest {
    /// The manifest a generated corpus in `folder` was written with.
    public static func read(folder: String) throws -> CorpusManifest {
        try JSONDecoder().decode(CorpusManifest.self, from: Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("manifest.json")))
    }
}

/// The results of `dossier-bench run` for one corpus size.
public struct BenchmarkResult: Codable, Sendable {
    public var articles: Int
    public var cold: BenchmarkPhases.Cold
    public var warm: BenchmarkPhases.Warm
    public var reindex: BenchmarkPhases.Reindex

    public init(articles: Int, cold: BenchmarkPhases.Cold, warm: BenchmarkPhases.Warm, reindex: BenchmarkPhases.Reindex) {
        self.articles = articles
        self.cold = cold
        self.warm = warm
        self.reindex = reindex
    }
}

/// `docs/benchmarks.md`: one column per corpus size, one row per measure, with the target and the machine.
public enum BenchmarkReport {
    /// The report in Markdown.
    public static func markdown(_ results: [BenchmarkResult], machine: String, command: String, date: String,
                                coldFromEarlierRun: Bool = false) -> String {
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        func s(_ seconds: Double) -> String { String(format: "%.2f s", seconds) }
        func mb(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
        let rows: [(String, String, (BenchmarkResult) -> String)] = [
            ("Cold index", "< 120 s at 100,000", { s($0.cold.seconds) }),
            ("Cold index rate", "", { String(format: "%.0f articles/s", $0.cold.articlesPerSecond) }),
            ("Cold index: analysis / entity linking", "", { result in
                guard let analysis = result.cold.analysisSeconds, let linking = result.cold.linkingSeconds else { return "not measured" }
                return s(analysis) + " / " + s(linking)
            }),
            ("Warm open to first frame (article list)", "< 0.5 s", { s($0.warm.firstFrameSeconds) }),
            ("Warm open to entities resolved", "", { s($0.warm.entitiesReadySeconds) }),
            ("Re-index after 10 changed files (median)", "< 1 s", { result in
                let runs = result.reindex.runs
                return s(result.reindex.seconds) + " (\(result.reindex.analysed) parsed; \(runs.count) runs, " + s(runs.min() ?? 0) + "–"
                    + s(runs.max() ?? 0) + ")"
            }),
            ("FTS preparation (article lengths, once)", "", { ms($0.warm.searchPreparationSeconds) }),
            ("FTS query median", "", { ms($0.warm.searches.median) }),
            ("FTS query p99 (100 queries)", "< 50 ms", { ms($0.warm.searches.p99) }),
            ("Key to frame median", "", { ms($0.warm.keys.median) }),
            ("Key to frame p99 (1,000 keys)", "< 16 ms", { ms($0.warm.keys.p99) }),
            ("Key to frame max", "", { ms($0.warm.keys.max) }),
            ("Opening the story entity's page", "", { ms($0.warm.storyPageSeconds) + " (\($0.warm.storyArticles) articles)" }),
            ("Peak RSS while indexing", "< 1.5 GB", { mb($0.cold.peakResidentBytes) }),
            ("Peak RSS while browsing", "< 400 MB", { mb($0.warm.peakResidentBytes) }),
            ("Index size", "", { mb($0.cold.databaseBytes) }),
        ]
        var out = "# Benchmarks\n\n"
        out += "Measured by `\(command)` on \(date).\n\nMachine: \(machine).\n\n"
        if coldFromEarlierRun {
            out += "The cold-index rows (time, rate, peak RSS while indexing, index size) are those measured by the previous "
                + "run on the same corpora, whose indexes this run reused (`--keep-index`).\n\n"
        }
        out += "| | target | " + results.map { "\($0.articles.formattedWithSeparators) articles" }.joined(separator: " | ") + " |\n"
        out += "|---|---|" + results.map { _ in "---|" }.joined() + "\n"
        for (name, target, value) in rows {
            out += "| \(name) | \(target) | " + results.map(value).joined(separator: " | ") + " |\n"
        }
        out += """

            Each phase runs in its own process, so each peak RSS is that phase's own; the files the cold index wrote
            are flushed to disk (`sync`, not timed) before the warm open. Cold index: walk, read, parse, tag
            and store every file into a new index (analysis), resolve the collection's entities and store them (entity
            linking, which starts by moving the staged name tallies into key order), then open the collection. Warm open, as the
            reader does it: the first frame at 120×40 lists the articles the index holds; then the files are checked
            (none changed), the stored entities read and the site furniture counted, which the reader does on a background
            thread. Re-index:
            rewrite 10 files with new text, then bring the index up to date (parse and tag them, resolve their
            entities, by difference when no name's decision changed, store what changed); five runs, each followed by putting the files back (not
            timed), and their median. Keys: a repeating script of list, reader and
            sidebar keys sent through a `ReaderSession` (`reduce`, the effects it asks for, such as reading the article opened, and `Screen.render`; each sample is one key and its frame),
            including opening the page of the entity in the most articles and its "Show all" (a line for each of its next
            500 articles). FTS: words, prefixes and phrases from the
            corpus's names, 20 results each with snippets, after the article lengths that ranking reads are loaded (the
            reader loads them in the background once the index is up to date).

            """
        return out
    }

    /// A description of this machine: processor, cores and memory, from `/proc`.
    public static var machine: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown processor"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("MemTotal") }?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory / 1_048_576) GiB, Linux; load average \(load) when the run began"
    }
}

extension Int {
    /// `100000` as `100,000`.
    var formattedWithSeparators: String {
        let digits = Array(String(self))
        return digits.enumerated().map { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit)
        }.joined()
    }
}
