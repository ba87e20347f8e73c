import Foundation
import GRDB
import Synchronization

/// A collection's articles and what the tagger found in them, cached in SQLite so that opening a folder again
/// parses and tags only the files that are new or changed; also the FTS5 index behind search.
///
/// `update` brings the cache in line with the files under the opened paths: unchanged files (same size and
/// modification time, or same content) are skipped, new and changed ones are parsed and tagged on all cores,
/// deleted ones drop out. Marks live elsewhere (`MarkStore`) and are never touched.
public final class CollectionIndex: Sendable {
    /// The index file.
    public let path: String
    let pool: DatabasePool
    /// What is read of the whole index once and kept while it is unchanged (`kept(_:_:read:)`).
    private let keptReads = Mutex(KeptReads())

    /// Opens (creating if needed) the index at `path`; an index of another `IndexStamp` is rebuilt. Only a file
    /// Dossier made is ever changed: any other file at `path` (text, another program's database) is refused with
    /// `IndexError.notAnIndex` and left as it is, and a damaged Dossier index is moved aside (to a name no file has)
    /// and rebuilt, as it holds nothing that cannot be made again.
    public init(path: String) throws(IndexError) {
        self.path = path
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw .cannotOpen(path: path, reason: "its folder cannot be made")
        }
        if let reason = IndexFile.foreignReason(path) { throw .notAnIndex(path: path, reason: reason) }
        do {
            if FileManager.default.fileExists(atPath: IndexFile.damageNote(path)) {
                if FileManager.default.fileExists(atPath: path) { try IndexFile.moveAside(path) }
                try FileManager.default.removeItem(atPath: IndexFile.damageNote(path))
            }
        } catch {
            throw .cannotOpen(path: path, reason: "the index found damaged cannot be moved aside: \(error)")
        }
        do {
            pool = try Self.open(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            do {
                try IndexFile.moveAside(path)
                pool = try Self.open(path)
            } catch {
                throw .cannotOpen(path: path, reason: "\(error)")
            }
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    private static func open(_ path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "dossier index"
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try IndexSchema.prepare(db, stamp: .current)
                return .commit
            }
        }
        return pool
    }

    // MARK: Updating

    /// Brings the index in line with the article files under `roots`, analysing new and changed files with
    /// `workers` threads (each batch while the one before is written), then resolves the entities of the names
    /// that changed; `progress` is called from the calling thread after each batch. Once `cancellation` is
    /// cancelled the update stops at the next batch with `IndexError.cancelled`: what it committed stays, what it
    /// had not finished (names not yet resolved) is left marked for the next update.
    public func update(_ roots: [String], analyser: ArticleAnalyser, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                       cancellation: Cancellation? = nil, progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexUpdate {
        try update(roots, analyser: analyser, workers: workers, progress: progress, resolutionBatch: IndexResolution.batchTallies,
                   cancellation: cancellation)
    }

    /// The articles of a container tagged and written at a time: a 100,000-record export is written while it is
    /// tagged, and never held tagged all at once.
    static let recordChunk = 2_048

    /// `update`, resolving entities in batches of about `resolutionBatch` tallies and tagging containers `recordChunk`
    /// articles at a time (tests make both small, so that a small collection takes the paths a large one does).
    func update(_ roots: [String], analyser: ArticleAnalyser, workers: Int, progress: ((IndexProgress) -> Void)?,
                resolutionBatch: Int, recordChunk: Int = recordChunk, cancellation: Cancellation? = nil) throws(IndexError) -> IndexUpdate {
        let started = Date()
        let (walked, walkProblems) = FileWalker().entries(under: roots)
        let files = walked.map(\.path)
        var update = IndexUpdate(files: files, problems: walkProblems)
        // Unchanged size and time, as the walk saw them: skipped. The rest are read (and stat'd again as they are)
        // by the analyser.
        let changes = try run { try pool.read { db in try FileChanges(walked: walked, db) } }
        let candidates = changes.candidates
        update.unchanged = files.count - candidates.count
        var report = IndexProgress(done: update.unchanged, total: files.count, analysed: 0, elapsed: 0)
        progress?(report)
        // Mostly new files (a first index): the writer does not wait for the disk until the update ends, when
        // `synchronous = NORMAL` comes back and a checkpoint makes the whole file durable.
        // Until then an OS crash or power loss, not a killed process, can damage the index, a cache that is rebuilt.
        // Its batches write all over the growing tables too, with the bulk writes' page cache.
        let bulk = candidates.count > update.unchanged
        if bulk {
            try run { try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = OFF")
                try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)")
            } }
        }
        defer {
            if bulk {
                try? pool.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA cache_size = -2000")
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                    try db.checkpoint(.full)
                }
            }
        }
        // Batches of 512 files a worker: fewer, larger transactions (and FTS5 segments) than 128.
        let batchSize = 512 * max(1, workers)
        // Files vanished: the articles at new paths are noted, so that one that moved and changed at once is found.
        let recordArrivals = !changes.vanished.isEmpty
        if recordArrivals { try write { db in try db.execute(sql: "DELETE FROM arrival") } }
        // A large update resolves its names whole, which counts them again: it keeps no counts by difference, and
        // until its resolution stores the names' decisions no update resolves by difference.
        if bulk { try write { db in try db.execute(sql: "DELETE FROM name_decision") } }
        let writer = BatchWriter(index: self, recordArrivals: recordArrivals, counting: !bulk)
        for start in stride(from: 0, to: candidates.count, by: batchSize) {
            if cancellation?.isCancelled == true {
                try writer.finish()
                throw .cancelled
            }
            let batch = Array(candidates[start..<min(start + batchSize, candidates.count)])
            // A large container's first chunks are written while the rest are tagged; they come before the batch's
            // own outcomes, which hold the last chunk.
            let results = analyser.analyse(batch, workers: workers, recordChunk: recordChunk) { chunk in try? writer.write([chunk]) }
            try writer.write(results)
            for result in results {
                switch result {
                case .analysed(_, _, _, _, let problems, _), .continued(_, _, (let problems, _)?):
                    update.analysed += 1
                    update.problems += problems
                case .continued: break
                case .touched: update.touched += 1
                case .failed(let problem): update.problems.append(problem)
                }
            }
            report.done += batch.count
            report.analysed = update.analysed
            report.elapsed = Date().timeIntervalSince(started)
            progress?(report)
        }
        try writer.finish()
        if !changes.vanished.isEmpty {
            try write { db in
                var gone: [Succession.Gone] = []
                for path in changes.vanished { gone += try IndexRows.forget(path, counting: !bulk, db) }
                try Succession.match(gone: gone, db)
            }
        }
        update.removed = changes.vanished.count
        report.isLinking = true
        report.elapsed = Date().timeIntervalSince(started)
        progress?(report)
        // Committed before resolution, whose readers must see the tallies. Tallies an interrupted update staged are
        // settled here too: their keys were marked dirty with them.
        try bulkWrite { db in try IndexRows.settleTallies(db) }
        try bulkWrite { db in
            update.resolvedByDifference = try IndexResolution.run(files: files, workers: workers, batchTallies: resolutionBatch,
                                                                  cancellation: cancellation, db, reader: pool)
        }
        update.elapsed = Date().timeIntervalSince(started)
        return update
    }

    // MARK: Reading

    /// Which article each article became through edits and moves (old id to new), as `Succession` recorded them.
    public func successions() throws(IndexError) -> [ArticleID: ArticleID] {
        try run { try pool.read { db in try Succession.all(db) } }
    }

    /// The summaries of the indexed articles, in the order of `files` (the walk order of the last update), a
    /// container's records in their order; copies (one text in several files) are one summary, and versions of one
    /// text are grouped (`ArticleVersions`).
    public func summaries(order files: [String]) throws(IndexError) -> [ArticleSummary] {
        let position = Dictionary(files.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        var unordered = ArticleVersions.Prints()
        let rows = try run { try pool.read { db in
            var rows: [(place: (Int, Int), summary: ArticleSummary)] = []
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, path, title, date, credit, publisher, fingerprint, paragraphs, file, record FROM article")
            while let row = try cursor.next() {
                guard let place = position[row[8] as String] else { continue }
                rows.append(((place, row[9]), ArticleSummary(row: row)))
                try unordered.append(row: row, at: 6)
            }
            return rows
        } }
        let order = rows.indices.sorted { rows[$0].place < rows[$1].place }
        return ArticleVersions.listing(order.map { rows[$0].summary }, prints: unordered.selecting(order))
    }

    /// The summaries of the indexed articles, ordered by path (byte order), read in one pass over the path index;
    /// copies are one summary. Versions are not grouped (`groupingVersions(_:)` does that): a reader shows these at
    /// once.
    public func summariesByPath() throws(IndexError) -> [ArticleSummary] {
        try run { try pool.read { db in
            var summaries: [ArticleSummary] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, title, date, credit, publisher FROM article ORDER BY path")
            while let row = try rows.next() { summaries.append(ArticleSummary(row: row)) }
            // Merged only when the index of ids says a text has several files: a map of 100,000 ids cost more.
            let hasCopies = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article GROUP BY id HAVING count(*) > 1)") ?? true
            return hasCopies ? ArticleSummary.mergingCopies(summaries) : summaries
        } }
    }

    /// `summaries` of this index's articles with the versions of each text grouped (`ArticleVersions`), from the
    /// fingerprints the index keeps.
    public func groupingVersions(_ summaries: [ArticleSummary]) throws(IndexError) -> [ArticleSummary] {
        let place = Dictionary(summaries.enumerated().map { ($0.element.id.rawValue, $0.offset) }) { first, _ in first }
        var read = ArticleVersions.Prints()
        var rowOf = [Int](repeating: -1, count: summaries.count)
        try run { try pool.read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT fingerprint, paragraphs, id FROM article")
            while let row = try rows.next() {
                guard let at = place[row[2] as String], rowOf[at] < 0 else { continue }
                rowOf[at] = read.count
                try read.append(row: row, at: 0)
            }
        } }
        // A summary the index no longer holds has no print, and stays alone.
        let none = read.count
        read.append(nil, paragraphs: [])
        return ArticleVersions.grouping(summaries, prints: read.selecting(rowOf.map { $0 < 0 ? none : $0 }))
    }

    /// Runs `body` in an immediate transaction, so that a second process updating the same index waits its turn.
    fileprivate func write(_ body: (Database) throws -> Void) throws(IndexError) {
        try run {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try body(db)
                    try Self.nextGeneration(db)
                    return .commit
                }
            }
        }
    }

    /// Page cache, in KiB, of the transactions that write all over the key-ordered tables (settling tallies, resolving
    /// entities): with the default 2 MiB, pages are let go and read back again many times (the sizes tried are in
    /// docs/benchmarks.md).
    static let bulkCacheKiB = 131_072

    /// `write` with a page cache of `bulkCacheKiB` and without foreign-key checks, both set back after. Settling
    /// writes a table with no foreign key, and resolution writes occurrences only of the articles it read in the same
    /// transaction, so checking each occurrence would only cost time.
    fileprivate func bulkWrite(_ body: (Database) throws -> Void) throws(IndexError) {
        try run {
            try pool.writeWithoutTransaction { db in
                // Outside a transaction, where SQLite takes this pragma.
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
                try db.inTransaction(.immediate) {
                    let previous = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                    try db.execute(sql: "PRAGMA cache_size = -\(Self.bulkCacheKiB)")
                    defer { try? db.execute(sql: "PRAGMA cache_size = \(previous)") }
                    try body(db)
                    try Self.nextGeneration(db)
                    return .commit
                }
            }
        }
    }

    /// The id of each article row, read in `db` once and kept while the index is unchanged: queries over many
    /// occurrences return article rows, and joining each to its id cost more than reading them.
    func articleIDs(_ db: Database) throws -> [Int64: ArticleID] {
        try kept(\.articles, db) { try Self.ids(of: "article", db, ArticleID.init(rawValue:)) }
    }

    /// The id of each entity row, kept as `articleIDs(_:)` are.
    func entityIDs(_ db: Database) throws -> [Int64: EntityID] {
        try kept(\.entities, db) { try Self.ids(of: "entity", db, EntityID.init(rawValue:)) }
    }

    /// The paragraphs each site of the indexed collection repeats (`SiteFurniture`), counted from what the index
    /// kept of every article (a reader of the index folds what `show` folds), and kept as `articleIDs(_:)` are.
    public func siteFurniture() throws(IndexError) -> SiteFurniture {
        try run { try pool.read { db in
            try kept(\.furniture, db) {
                var furniture = SiteFurniture()
                var paragraphs: [UInt64] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT site, paragraphs FROM article")
                while let row = try rows.next() {
                    paragraphs.removeAll(keepingCapacity: true)
                    try row.withUnsafeData(atIndex: 1) { SiteFurniture.decode($0, into: &paragraphs) }
                    furniture.add((row[0], paragraphs))
                }
                return furniture
            }
        } }
    }

    /// What `read` gives, kept for the index's generation when it was read: another write since (by any process)
    /// may have numbered rows anew or changed what was read.
    private func kept<Value: Sendable>(_ path: WritableKeyPath<KeptReads, Value?>, _ db: Database, read: () throws -> Value) throws -> Value {
        let generation = try Int64.fetchOne(db.cachedStatement(sql: "SELECT value FROM generation")) ?? 0
        if let known = keptReads.withLock({ $0.generation == generation ? $0[keyPath: path] : nil }) { return known }
        let value = try read()
        keptReads.withLock { kept in
            if kept.generation != generation { kept = KeptReads(generation: generation) }
            kept[keyPath: path] = value
        }
        return value
    }

    /// The id of each row of `table`.
    private static func ids<ID>(of table: String, _ db: Database, _ make: (String) -> ID) throws -> [Int64: ID] {
        var ids: [Int64: ID] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, id FROM \(table)")
        while let row = try rows.next() { ids[row[0]] = make(row[1]) }
        return ids
    }

    /// Counts a committed write, so that row ids kept by any process are read again (`ids`).
    private static func nextGeneration(_ db: Database) throws {
        try db.execute(sql: "UPDATE generation SET value = value + 1")
    }

    /// Runs `body`, its failures as `IndexError`s; a damaged database is noted, so that the next open rebuilds it.
    func run<T>(_ body: () throws -> T) throws(IndexError) -> T {
        do { return try body() } catch let error as IndexError { throw error } catch let error as DatabaseError
            where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            IndexFile.noteDamage(path)
            throw .damaged(path: path, reason: error.message ?? "\(error)")
        } catch {
            throw .database(path: path, reason: (error as? DatabaseError)?.message ?? "\(error)")
        }
    }
}

/// What was read of the whole index at one generation of it: the ids of its article and entity rows, and its site
/// furniture, each once asked for.
private struct KeptReads {
    var generation: Int64 = -1
    var articles: [Int64: ArticleID]?
    var entities: [Int64: EntityID]?
    var furniture: SiteFurniture?
}

/// Writes analysed batches on a thread of its own, one at a time, so that the next batch is analysed meanwhile.
private final class BatchWriter: Sendable {
    private struct State {
        var keys = NameKey.Memo()
        var continuing: [String: IndexRows.Continuing] = [:]
        var failure: IndexError?
    }

    private let index: CollectionIndex
    private let recordArrivals: Bool
    private let counting: Bool
    private let queue = DispatchQueue(label: "dossier index writer")
    private let state = Mutex(State())

    /// A writer for `index`; `counting` when it keeps the names' and entities' counts by difference (`IndexRows.store`).
    init(index: CollectionIndex, recordArrivals: Bool, counting: Bool) {
        self.index = index
        self.recordArrivals = recordArrivals
        self.counting = counting
    }

    /// Waits for the batch being written, then starts writing `outcomes`; throws an earlier batch's failure.
    func write(_ outcomes: [ArticleAnalyser.Outcome]) throws(IndexError) {
        try finish()
        queue.async { [self] in
            state.withLock { state in
                do throws(IndexError) {
                    try index.write { db in
                        try IndexRows.store(outcomes, keys: &state.keys, continuing: &state.continuing, recordArrivals: recordArrivals,
                                            counting: counting, db)
                    }
                } catch {
                    state.failure = error
                }
            }
        }
    }

    /// Waits for the batch being written; throws the failure of any batch.
    func finish() throws(IndexError) {
        queue.sync {}
        if let failed = state.withLock({ $0.failure }) { throw failed }
    }
}

extension ArticleSummary {
    /// The summary in a row of `id, path, title, date, credit, publisher`.
    init(row: Row) {
        self.init(id: ArticleID(rawValue: row[0]), path: row[1], title: row[2], date: row[3], credit: row[4], publisher: row[5])
    }
}

extension ArticleVersions.Prints {
    /// Adds the print in columns `column` and the next of `row` (the article's fingerprint and paragraphs), the
    /// paragraphs read in place.
    mutating func append(row: Row, at column: Int) throws {
        let fingerprint = (row[column] as Int64?).map { TextFingerprint(bits: UInt64(bitPattern: $0)) }
        try row.withUnsafeData(atIndex: column + 1) { append(fingerprint, encodedParagraphs: $0) }
    }
}

/// What an index update did.
public struct IndexUpdate: Sendable {
    /// The article files under the opened paths, in walk order.
    public var files: [String]
    /// Files that could not be read, and paths that could not be walked.
    public var problems: [LoadProblem]
    /// Files left as they were indexed.
    public var unchanged = 0
    /// Files parsed and tagged (new or changed).
    public var analysed = 0
    /// Files whose time changed but whose bytes did not.
    public var touched = 0
    /// Files gone since the last update.
    public var removed = 0
    /// Seconds the update took.
    public var elapsed = 0.0
    /// Whether the entities were brought in line from the new and changed articles alone, because they changed no
    /// name's decision (`IndexResolution`), rather than by resolving their names again.
    public var resolvedByDifference = false
    /// The files the index holds articles of after the update.
    public var indexed: Int { unchanged + analysed + touched }

    init(files: [String], problems: [LoadProblem]) {
        self.files = files
        self.problems = problems
    }
}

/// Why the index could not be opened or used; every case names the file.
public enum IndexError: Error, CustomStringConvertible, Hashable, Sendable {
    case cannotOpen(path: String, reason: String)
    /// The file at the index's path is not an index Dossier made; it was left as it is.
    case notAnIndex(path: String, reason: String)
    case database(path: String, reason: String)
    /// A read found the index damaged; the next open moves it aside and rebuilds it.
    case damaged(path: String, reason: String)
    /// The update was cancelled (`Cancellation`).
    case cancelled

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open the index: \(reason)"
        case .notAnIndex(let path, let reason):
            "\(path): not a Dossier index (\(reason)); it was left untouched: choose another --index or DOSSIER_INDEX, or move the file away"
        case .database(let path, let reason): "\(path): index: \(reason)"
        case .damaged(let path, let reason): "\(path): the index is damaged (\(reason)); it is rebuilt when dossier next opens the collection"
        case .cancelled: "the index update was cancelled"
        }
    }
}

/// Asks work on other threads (an index update) to stop at its next step.
public final class Cancellation: Sendable {
    private let flag = Mutex(false)

    public init() {}

    /// Asks the work to stop.
    public func cancel() { flag.withLock { $0 = true } }

    /// Whether the work was asked to stop.
    public var isCancelled: Bool { flag.withLock { $0 } }
}
