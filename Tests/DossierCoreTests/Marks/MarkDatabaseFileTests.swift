import DossierCore
import Foundation
import GRDB
import Testing

@Suite("Mark database file")
struct MarkDatabaseFileTests {
    @Test func aNewDatabaseIsMigratedWalAndPrivate() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("sub/folder/dossier.sqlite")
        _ = try MarkStore(path: path)
        let permissions = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(permissions & 0o777 == 0o600)
        let queue = try DatabaseQueue(path: path)
        let (mode, migrations, tables) = try queue.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try ["articleMark", "articleTag", "highlight", "entityMark"].filter { try db.tableExists($0) })
        }
        #expect(mode == "wal")
        #expect(migrations == ["v1 article and entity marks"])
        #expect(tables.count == 4)
    }

    @Test func anEmptyFileIsMigrated() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("empty.sqlite", [])
        let store = try MarkStore(path: path)
        try store.apply(.setRead(true, [ArticleID(rawValue: "0123456789abcdef")]))
        #expect(try MarkStore(path: path).marks(for: ArticleID(rawValue: "0123456789abcdef")).isRead)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let bytes = Array("These are my notes, not a database.\n".utf8) + (0 ..< 4000).map { UInt8($0 % 251) }
        let path = try folder.write("dossier.sqlite", bytes)
        #expect {
            _ = try MarkStore(path: path)
        } throws: { error in
            guard case .corrupt(let named, _) = error as? MarkStoreError else { return false }
            return named == path && "\(error)".contains(path)
        }
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func aDatabaseWithDamagedPagesIsReportedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("dossier.sqlite")
        do {
            let store = try MarkStore(path: path)
            let ids = (0 ..< 300).map { ArticleID(rawValue: String(format: "%016x", $0)) }
            try store.apply(.addTag("a-fairly-long-tag-to-fill-some-pages", ids))
        }
        var bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count > 4 * 4096)
        for offset in 4096 ..< bytes.count where offset % 4096 < 64 { bytes[offset] = 0xA5 }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try MarkStore(path: path)
        } throws: { error in
            if case .corrupt(path, _) = error as? MarkStoreError { true } else { false }
        }
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
    }

    @Test func aDatabaseFromANewerVersionIsReportedAndLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("dossier.sqlite")
        _ = try MarkStore(path: path)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2 from the future')")
            }
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: MarkStoreError.newerSchema(path: path, unknownMigrations: ["v2 from the future"])) {
            _ = try MarkStore(path: path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func theLocationFollowsFlagThenEnvironmentThenXDG() {
        #expect(DatabaseLocation.path(explicit: "/x/m.sqlite", environment: ["DOSSIER_DB": "/y"]) == "/x/m.sqlite")
        #expect(DatabaseLocation.path(environment: ["DOSSIER_DB": "/y/m.sqlite", "XDG_DATA_HOME": "/d"]) == "/y/m.sqlite")
        #expect(DatabaseLocation.path(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/dossier/dossier.sqlite")
        #expect(DatabaseLocation.path(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/dossier/dossier.sqlite")
        #expect(DatabaseLocation.path(environment: ["HOME": "/h"]) == "/h/.local/share/dossier/dossier.sqlite")
    }
}
