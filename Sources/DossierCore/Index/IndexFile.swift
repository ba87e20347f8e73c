import Foundation
import GRDB

/// Tells an index file Dossier made from any other file at the index's path, before anything writes to it. An index
/// carries `applicationID` in its SQLite header (`PRAGMA application_id`); one made before that has the `stamp` table
/// alone of its kind.
enum IndexFile {
    /// "Doss", in the header of every index.
    static let applicationID: Int32 = 0x446F_7373

    /// Why the file at `path` is not an index Dossier may write, or nil when it is one, or empty, or absent.
    static func foreignReason(_ path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return FileManager.default.fileExists(atPath: path) ? "it cannot be read" : nil
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        guard !header.isEmpty else { return nil }
        guard header.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return "not an SQLite database" }
        if header.count >= 72, header[68..<72].reduce(0, { $0 << 8 | Int32($1) }) == applicationID { return nil }
        // No id in the header (a new file, an index from before ids, or one whose header is still in its
        // write-ahead log): SQLite, reading only, says what it holds.
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                if id == applicationID { return nil }
                guard id == 0 else { return "another program's SQLite database (application id \(id))" }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return nil }
                let stampColumns = try db.tableExists("stamp") ? try db.columns(in: "stamp").map(\.name) : []
                return stampColumns == ["schema", "parser", "models"] ? nil : "another program's SQLite database"
            }
        } catch {
            return "an SQLite database that cannot be read (\(error))"
        }
    }

    /// The file whose presence beside the index at `path` says that a read found the index damaged: the next
    /// `CollectionIndex(path:)` moves the index aside and rebuilds it (a damaged database is not written to).
    static func damageNote(_ path: String) -> String { path + ".rebuild" }

    /// Leaves the note that the index at `path` was found damaged; it cannot fail louder than the damage it reports.
    static func noteDamage(_ path: String) {
        _ = FileManager.default.createFile(atPath: damageNote(path), contents: Data("found damaged; rebuilt when next opened\n".utf8))
    }

    /// Moves the damaged index at `path` (with its write-ahead log and shared memory) to `PATH.damaged`, or
    /// `PATH.damaged-2` and so on: never over a file that exists.
    static func moveAside(_ path: String) throws {
        var aside = path + ".damaged"
        var number = 2
        while ["", "-wal", "-shm"].contains(where: { FileManager.default.fileExists(atPath: aside + $0) }) {
            aside = path + ".damaged-\(number)"
            number += 1
        }
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
    }
}
