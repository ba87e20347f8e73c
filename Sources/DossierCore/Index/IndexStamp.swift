import Crypto
import Foundation
import GRDB

/// What made an index: the schema of its tables, the version of the analysis that filled them and a digest of the
/// shipped resources that analysis reads (the tagger model, the page-dump weights, the word lists). An index stamped
/// otherwise is dropped and rebuilt, so a retrained model rebuilds every index without a number bumped by hand.
struct IndexStamp: Equatable, Sendable, CustomStringConvertible {
    /// Bumped whenever what parsing, tagging, mention extraction or entity resolution make of a text changes;
    /// `IndexStampTests` records what they make of a few texts and fails when that changes under the same stamp.
    static let parserVersion = 6

    /// `IndexSchema.version` when the index was made.
    var schema: Int
    /// `parserVersion` when the index was made.
    var parser: Int
    /// The hexadecimal SHA-256 (first 16 bytes) of the shipped resources.
    var models: String

    var description: String { "schema \(schema), parser \(parser), models \(models)" }

    /// The stamp of this build.
    static let current = IndexStamp(schema: IndexSchema.version, parser: parserVersion, models: resourcesDigest())

    /// The digest of every file in the module's `Resources` folder but its README, in byte order of their paths,
    /// each by its path, length and bytes.
    private static func resourcesDigest() -> String {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) ?? Bundle.module.resourceURL,
              let paths = FileManager.default.subpaths(atPath: folder.path) else { return "none" }
        var hash = SHA256()
        for path in paths.sorted() where !path.hasSuffix(".md") {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            hash.update(data: Data(path.utf8) + [0])
            withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hash.update(bufferPointer: $0) }
            hash.update(data: bytes)
        }
        return hash.finalize().prefix(16).lowercaseHex
    }

    /// The stamp `db` holds; nil when it has none or one this build cannot read.
    static func stored(_ db: Database) -> IndexStamp? {
        guard let row = try? Row.fetchOne(db, sql: "SELECT schema, parser, models FROM stamp") else { return nil }
        return IndexStamp(schema: row[0], parser: row[1], models: row[2])
    }

    /// Writes this stamp as the one row of `db`'s new `stamp` table.
    func store(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO stamp (schema, parser, models) VALUES (?, ?, ?)", arguments: [schema, parser, models])
    }
}
