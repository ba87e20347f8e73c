import Testing
@testable import DossierBench

/// The benchmark's statistics and its Markdown table.
struct BenchmarkReportTests {
    @Test func nearestRankQuantiles() {
        let samples = (1...100).map(Double.init).reversed()
        let summary = Summary(Array(samples))
        #expect(summary.count == 100)
        #expect(summary.median == 50)
        #expect(summary.p99 == 99)
        #expect(summary.max == 100)
        #expect(Summary([]).p99 == 0)
        #expect(Summary([7]).median == 7)
    }

    @Test func theTableHasAColumnPerSizeAndARowPerMeasure() {
        let result = BenchmarkResult(
            articles: 1_000,
            cold: .init(articles: 1_000, seconds: 2, articlesPerSecond: 500, peakResidentBytes: 80 << 20, databaseBytes: 17 << 20),
            warm: .init(articles: 1_000, firstFrameSeconds: 0.25, entitiesReadySeconds: 0.5, keys: Summary([0.001, 0.002]), storyPageSeconds: 0.01,
                        storyArticles: 500, searchPreparationSeconds: 0.02, searches: Summary([0.003]), peakResidentBytes: 70 << 20),
            reindex: .init(changedFiles: 10, analysed: 10, runs: [0.5, 0.3, 0.4]))
        var timed = result
        timed.cold.analysisSeconds = 1.5
        timed.cold.linkingSeconds = 0.25
        #expect(BenchmarkReport.markdown([result, timed], machine: "m", command: "c", date: "d")
            .contains("| Cold index: analysis / entity linking |  | not measured | 1.50 s / 0.25 s |"))
        let table = BenchmarkReport.markdown([result, result], machine: "test machine", command: "dossier-bench run", date: "2026-11-23")
        #expect(table.contains("| | target | 1,000 articles | 1,000 articles |"))
        #expect(table.contains("| Cold index rate |  | 500 articles/s | 500 articles/s |"))
        #expect(table.contains("| Re-index after 10 changed files (median) | < 1 s | 0.40 s (10 parsed; 3 runs, 0.30 s–0.50 s) |"))
        #expect(table.contains("| Warm open to first frame (article list) | < 0.5 s | 0.25 s | 0.25 s |"))
        #expect(table.contains("| Warm open to entities resolved |  | 0.50 s | 0.50 s |"))
        #expect(table.contains("| Peak RSS while indexing | < 1.5 GB | 80 MB | 80 MB |"))
        #expect(table.contains("| FTS preparation (article lengths, once) |  | 20.0 ms | 20.0 ms |"))
        #expect(table.contains("Machine: test machine."))
    }
}
