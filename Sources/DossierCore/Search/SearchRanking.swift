import Foundation
import GRDB
import GRDBSQLite
import Synchronization

extension CollectionIndex {
    /// Reads what ranking needs into memory now (each article's length), so that the first search does not wait for
    /// it.
    public func prepareSearch() throws(IndexError) {
        try run { try pool.read { db in _ = try DocumentLengths.current(db, path: pool.path) } }
    }

    /// The rows of `sql`, which ranks with `BM25.call`: its parameters are `arguments`, then the article lengths.
    static func ranked(_ db: Database, path: String, sql: String, arguments: StatementArguments) throws -> [Row] {
        try BM25.register(in: db)
        let lengths = try DocumentLengths.current(db, path: path)
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(arguments)
        let parameter = sqlite3_bind_parameter_count(statement.sqliteStatement)
        return try withExtendedLifetime(lengths) {
            _ = sqlite3_bind_pointer(statement.sqliteStatement, parameter, Unmanaged.passUnretained(lengths).toOpaque(),
                                     BM25.lengthsType, nil)
            defer { _ = sqlite3_bind_null(statement.sqliteStatement, parameter) }
            return try Row.fetchAll(statement)
        }
    }
}

/// FTS5's `bm25()` computed the same way, to the same bits (k1 1.2, b 0.75, a weight per column), but reading each
/// row's length from `DocumentLengths` in memory: `bm25()` looks each one up in `article_text_docsize` with a
/// statement of its own, most of its cost over tens of thousands of matches.
enum BM25 {
    /// The call ranking `article_text` with title matches weighing ten times body matches, the lengths bound to
    /// parameter number `lengths`.
    static func call(lengths: Int) -> String { "dossier_bm25(article_text, ?\(lengths), 10.0, 1.0)" }
    /// The type SQLite's pointer passing checks the lengths by (it compares the strings, not the pointers).
    static var lengthsType: UnsafePointer<CChar> {
        UnsafeRawPointer(StaticString("dossier.DocumentLengths").utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// Adds `dossier_bm25` to `db`'s connection unless it has it: a statement using it prepares only once it is
    /// there, and stays in the connection's cache.
    static func register(in db: Database) throws {
        if (try? db.cachedStatement(sql: "SELECT dossier_bm25(article_text) FROM article_text WHERE 0")) != nil { return }
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        let code = api.pointee.xCreateFunction(api, "dossier_bm25", nil, function, nil)
        guard code == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot add dossier_bm25") }
    }

    /// The statistics of one query: each phrase's inverse document frequency and the mean article length.
    private final class Statistics {
        var idf: [Double] = []
        var frequency: [Double] = []
        var meanLength = 0.0
    }

    private static let function: fts5_extension_function = { api, fts, context, count, values in
        guard let api, let fts, let values else { return }
        let code = score(api, fts, context, Int(count), values)
        if code != SQLITE_OK { sqlite3_result_error_code(context, code) }
    }

    private static func score(_ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer, _ context: OpaquePointer?,
                              _ count: Int, _ values: UnsafeMutablePointer<OpaquePointer?>) -> Int32 {
        let k1 = 1.2, b = 0.75
        guard count >= 1, let raw = sqlite3_value_pointer(values[0], lengthsType) else { return SQLITE_MISUSE }
        let lengths = Unmanaged<DocumentLengths>.fromOpaque(raw).takeUnretainedValue()
        let statistics: Statistics
        if let data = api.pointee.xGetAuxdata(fts, 0) {
            statistics = Unmanaged<Statistics>.fromOpaque(data).takeUnretainedValue()
        } else {
            statistics = Statistics()
            let code = collect(statistics, api, fts)
            guard code == SQLITE_OK else { return code }
            let stored = api.pointee.xSetAuxdata(fts, Unmanaged.passRetained(statistics).toOpaque()) {
                Unmanaged<Statistics>.fromOpaque($0!).release()
            }
            guard stored == SQLITE_OK else { return stored }
        }
        // Each phrase's instances in order, as `bm25()` adds them up, without the merged list of all instances.
        var code = SQLITE_OK
        for phrase in statistics.idf.indices {
            var instances = Fts5PhraseIter()
            var column: Int32 = 0, offset: Int32 = 0
            code = api.pointee.xPhraseFirst(fts, Int32(phrase), &instances, &column, &offset)
            guard code == SQLITE_OK else { return code }
            while column >= 0 {
                statistics.frequency[phrase] += count - 1 > Int(column) ? sqlite3_value_double(values[1 + Int(column)]) : 1.0
                api.pointee.xPhraseNext(fts, &instances, &column, &offset)
            }
        }
        let length: Double
        if let tokens = lengths.tokens(of: api.pointee.xRowid(fts)) {
            length = Double(tokens)
        } else {
            var tokens: Int32 = 0
            code = api.pointee.xColumnSize(fts, -1, &tokens)
            guard code == SQLITE_OK else { return code }
            length = Double(tokens)
        }
        var score = 0.0
        for phrase in statistics.idf.indices {
            let frequency = statistics.frequency[phrase]
            score += statistics.idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / statistics.meanLength)))
            statistics.frequency[phrase] = 0
        }
        sqlite3_result_double(context, -1.0 * score)
        return SQLITE_OK
    }

    /// The mean length and each phrase's IDF, as `bm25()` works them out.
    private static func collect(_ statistics: Statistics, _ api: UnsafePointer<Fts5ExtensionApi>, _ fts: OpaquePointer) -> Int32 {
        var rows: Int64 = 0, tokens: Int64 = 0
        var code = api.pointee.xRowCount(fts, &rows)
        if code == SQLITE_OK { code = api.pointee.xColumnTotalSize(fts, -1, &tokens) }
        statistics.meanLength = Double(tokens) / Double(rows)
        for phrase in 0..<api.pointee.xPhraseCount(fts) where code == SQLITE_OK {
            var hits: Int64 = 0
            code = api.pointee.xQueryPhrase(fts, phrase, &hits) { _, _, hits in
                hits!.assumingMemoryBound(to: Int64.self).pointee += 1
                return SQLITE_OK
            }
            let idf = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
            statistics.idf.append(idf <= 0 ? 1e-6 : idf)
        }
        statistics.frequency = Array(repeating: 0, count: statistics.idf.count)
        return code
    }
}

/// Each article's length in tokens, title and text together, as FTS5 keeps it in `article_text_docsize`; loaded
/// once per version of the index, in an array by rowid (rowids are given in order, so they are dense unless
/// something else wrote the table: then nothing is kept, and ranking reads each length from FTS5).
final class DocumentLengths: Sendable {
    let version: [Data]
    /// The length of each rowid, -1 for none.
    private let byRowid: [Int32]

    private init(version: [Data], byRowid: [Int32]) {
        self.version = version
        self.byRowid = byRowid
    }

    /// The length of the article with rowid `rowid`, if known.
    func tokens(of rowid: Int64) -> Int32? {
        guard rowid >= 0, rowid < byRowid.count, byRowid[Int(rowid)] >= 0 else { return nil }
        return byRowid[Int(rowid)]
    }

    private static let cache = Mutex<[String: DocumentLengths]>([:])

    /// The lengths in the index at `path` as `db` sees it, from the cache when FTS5's totals record (rowid 1: rows
    /// and tokens per column) and structure record (rowid 10, rewritten with a new write count by every change) are
    /// as they were when it was loaded.
    static func current(_ db: Database, path: String) throws -> DocumentLengths {
        let version = try Data.fetchAll(db, sql: "SELECT block FROM article_text_data WHERE id IN (1, 10) ORDER BY id")
        if let cached = cache.withLock({ $0[path] }), cached.version == version { return cached }
        var byRowid: [Int32] = []
        let range = try Row.fetchOne(db, sql: "SELECT count(*), min(id), max(id) FROM article_text_docsize")
        if let range, let smallest = range[1] as Int64?, let largest = range[2] as Int64?, smallest >= 0,
           largest < 64 * (range[0] as Int64) + 1_000_000 {
            byRowid = Array(repeating: -1, count: Int(largest) + 1)
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT id, sz FROM article_text_docsize")
        while !byRowid.isEmpty, let row = try rows.next() {
            byRowid[Int(row[0] as Int64)] = try row.withUnsafeData(atIndex: 1) { sizes in
                // One SQLite varint per column: seven bits a byte, most significant first.
                var total: Int32 = 0, value: Int32 = 0
                for byte in sizes ?? Data() {
                    value = value << 7 | Int32(byte & 0x7F)
                    if byte & 0x80 == 0 { total += value; value = 0 }
                }
                return total
            }
        }
        let lengths = DocumentLengths(version: version, byRowid: byRowid)
        cache.withLock { $0[path] = lengths }
        return lengths
    }
}
