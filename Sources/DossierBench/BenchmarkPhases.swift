import DossierApp
import DossierCore
import DossierUI
import Foundation

/// The measurements of `dossier-bench run`, one phase per process so that each reports its own peak memory.
public enum BenchmarkPhases {
    /// What indexing a corpus from nothing cost.
    public struct Cold: Codable, Sendable {
        public var articles: Int
        public var seconds: Double
        public var articlesPerSecond: Double
        public var peakResidentBytes: Int
        public var databaseBytes: Int
        /// Of `seconds`: reading, parsing, tagging and storing every file; then resolving the entities (with what
        /// readies it); the rest is opening the indexed collection. Nil in figures kept from before they were measured.
        public var analysisSeconds: Double?
        public var linkingSeconds: Double?
    }

    /// What opening an indexed corpus and using it cost.
    public struct Warm: Codable, Sendable {
        public var articles: Int
        /// Opening the index to the first frame listing its articles (entities still being resolved).
        public var firstFrameSeconds: Double
        /// Opening the index to the collection checked against the files and its entities resolved.
        public var entitiesReadySeconds: Double
        public var keys: Summary
        /// The key that opened the story entity's page.
        public var storyPageSeconds: Double
        public var storyArticles: Int
        /// The slowest key steps, slowest first, as `#24 openStory 85.3 ms` (nil in figures from before they were kept).
        public var slowestKeys: [String]?
        /// Reading what ranking needs (each article's length) before the first search, as the reader does after opening.
        public var searchPreparationSeconds: Double
        public var searches: Summary
        /// The slowest queries, slowest first, as `offi* 140.2 ms` (nil in figures from before they were kept).
        public var slowestSearches: [String]?
        public var peakResidentBytes: Int
    }

    /// What updating the index after some files changed cost.
    public struct Reindex: Codable, Sendable {
        public var changedFiles: Int
        /// Files parsed and tagged (in the first run).
        public var analysed: Int
        /// Each run's seconds, in the order run.
        public var runs: [Double]

        /// The median run's seconds.
        public var seconds: Double { Summary(runs).median }

        /// The runs of `measured` as one, which parsed what the first did.
        public init(combining measured: [Reindex]) {
            changedFiles = measured.first?.changedFiles ?? 0
            analysed = measured.first?.analysed ?? 0
            runs = measured.flatMap(\.runs)
        }

        public init(changedFiles: Int, analysed: Int, runs: [Double]) {
            self.changedFiles = changedFiles
            self.analysed = analysed
            self.runs = runs
        }
    }

    static func analyser() throws -> ArticleAnalyser {
        ArticleAnalyser(extractor: MentionExtractor(tagger: try EntityTagger.shipped()))
    }

    /// Indexes `corpus` into a new index at `index`.
    public static func cold(corpus: String, index: String) throws -> Cold {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: index + suffix) }
        let analyser = try analyser()
        var linkingStarted: Double?
        let (collection, seconds) = try Stopwatch.time {
            try IndexedCollection.open([corpus], indexPath: index, analyser: analyser) { progress in
                if progress.isLinking, linkingStarted == nil { linkingStarted = progress.elapsed }
            }
        }
        let size = ["", "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: index + $0)[.size] as? Int }.reduce(0, +)
        return Cold(articles: collection.summaries.count, seconds: seconds, articlesPerSecond: Double(collection.summaries.count) / seconds,
                    peakResidentBytes: ProcessMemory.peakResidentBytes, databaseBytes: size, analysisSeconds: linkingStarted,
                    linkingSeconds: linkingStarted.map { collection.update.elapsed - $0 })
    }

    /// Opens the indexed `corpus` to a first frame, replays `keys` key steps through reduce and render, and runs
    /// `searches` full-text queries made of `words`.
    public static func warm(corpus: String, index: String, story: String, words: [String], keys: Int, searches: Int) throws -> Warm {
        let analyser = try analyser()
        // As the reader opens: the article list from the index at once, then the files checked and the entities
        // resolved (on its background thread).
        let start = ContinuousClock.now
        let (_, firstFrame) = try Stopwatch.time { () throws -> Grid in
            let articles = try OpenCollection.articlesOnly(name: "corpus", index: try CollectionIndex(path: index))
            return Screen.render(AppState(library: articles.library, size: Size(width: 120, height: 40)))
        }
        let collection = try IndexedCollection.open([corpus], indexPath: index, analyser: analyser)
        // Its site furniture counted, as the reader's indexing thread does before an article is read.
        _ = try collection.index.siteFurniture()
        // Keys go through the session, as in the reader: each key's effects (articles and pages read) are timed with it.
        var session = ReaderSession(collection: OpenCollection(name: "corpus", collection: collection), size: Size(width: 120, height: 40))
        _ = Screen.render(session.state)
        let entitiesReady = Stopwatch.seconds(ContinuousClock.now - start)
        var keyTimes: [Double] = []
        var storyTime = 0.0
        let storyID = session.collection.index.entities(named: story).first?.id
        for step in KeyScript.steps(keys) {
            let (_, seconds) = Stopwatch.time { () -> Grid in
                switch step {
                case .key(let key):
                    if let action = Keymap.action(for: .key(key), in: session.state) { session.send(action) }
                case .openStory:
                    if let storyID { session.send(.openEntity(storyID)) }
                case .showAll:
                    session.send(.showAllArticles)
                }
                return Screen.render(session.state)
            }
            keyTimes.append(seconds)
            if step == .openStory, storyTime == 0 { storyTime = seconds }
        }
        let steps = KeyScript.steps(keys)
        let slowest = keyTimes.indices.sorted { keyTimes[$0] > keyTimes[$1] }.prefix(12).map { number in
            "#\(number) \(steps[number]) \(String(format: "%.1f", keyTimes[number] * 1000)) ms"
        }
        let collectionIndex = try CollectionIndex(path: index)
        let (_, preparation) = try Stopwatch.time { try collectionIndex.prepareSearch() }
        var searchTimes: [Double] = []
        var searchTexts: [String] = []
        for number in 0..<searches {
            let text = number % 4 == 3 ? "\"\(words[number % words.count]) \(words[(number + 1) % words.count])\""
                : number % 4 == 2 ? String(words[number % words.count].prefix(4)) + "*" : words[number % words.count]
            let query = try SearchQuery(text)
            let (_, seconds) = try Stopwatch.time { try collectionIndex.search(query, limit: 20) }
            searchTimes.append(seconds)
            searchTexts.append(text)
        }
        let slowestSearches = searchTimes.indices.sorted { searchTimes[$0] > searchTimes[$1] }.prefix(5).map { number in
            "\(searchTexts[number]) \(String(format: "%.1f", searchTimes[number] * 1000)) ms"
        }
        let storyArticles = storyID.flatMap { session.state.library.index.entity($0) }?.articles.count ?? 0
        return Warm(articles: session.state.library.summaries.count, firstFrameSeconds: firstFrame, entitiesReadySeconds: entitiesReady,
                    keys: Summary(keyTimes),
                    storyPageSeconds: storyTime, storyArticles: storyArticles, slowestKeys: slowest, searchPreparationSeconds: preparation,
                    searches: Summary(searchTimes), slowestSearches: slowestSearches,
                    peakResidentBytes: ProcessMemory.peakResidentBytes)
    }

    /// Rewrites `files` (relative paths under `corpus`) with `contents`, then brings the index up to date: the
    /// changed files parsed and tagged, and the entities their names take part in resolved again and stored.
    public static func reindex(corpus: String, index: String, changes: [(path: String, contents: [UInt8])]) throws -> Reindex {
        for change in changes {
            try Data(change.contents).write(to: URL(fileURLWithPath: corpus).appendingPathComponent(change.path))
        }
        let analyser = try analyser()
        let (update, seconds) = try Stopwatch.time { try CollectionIndex(path: index).update([corpus], analyser: analyser) }
        return Reindex(changedFiles: changes.count, analysed: update.analysed, runs: [seconds])
    }
}
