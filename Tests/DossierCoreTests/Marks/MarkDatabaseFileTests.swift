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
             try ["articleMark", "articleTag", "highlight", "entityMark", "articleHistory"].filter { try db.tableExists($0) })
        }
        #expect(mode == "wal")
        #expect(migrations == ["v1 article and entity marks", "v2 entity ids without kind", "v3 detached aliases", "v4 article history and detached highlights"])
        #expect(tables.count == 5)
    }

    @Test func entityMarksUnderIdsWithAKindMoveToTheNameAlone() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        // A database as the first schema left it, with ids that held the tagger's kind.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1 article and entity marks');
                CREATE TABLE articleMark (articleID TEXT PRIMARY KEY, isRead BOOLEAN NOT NULL DEFAULT 0,
                    isStarred BOOLEAN NOT NULL DEFAULT 0, isArchived BOOLEAN NOT NULL DEFAULT 0, note TEXT);
                CREATE TABLE articleTag (articleID TEXT, tag TEXT, PRIMARY KEY (articleID, tag));
                CREATE TABLE highlight (id INTEGER PRIMARY KEY AUTOINCREMENT, articleID TEXT NOT NULL, firstLine INTEGER NOT NULL,
                    lastLine INTEGER NOT NULL, text TEXT NOT NULL, createdAt DATETIME NOT NULL);
                CREATE TABLE entityMark (entityID TEXT PRIMARY KEY, isStarred BOOLEAN NOT NULL DEFAULT 0,
                    isHidden BOOLEAN NOT NULL DEFAULT 0, name TEXT, mergedInto TEXT);
                INSERT INTO entityMark VALUES ('person:rovers', 1, 0, NULL, NULL);
                INSERT INTO entityMark VALUES ('organization:rovers', 0, 0, 'Harbour Rovers', NULL);
                INSERT INTO entityMark VALUES ('organization:acme', 0, 0, NULL, 'organization:acme holdings');
                INSERT INTO entityMark VALUES ('place:nowhere', 0, 1, NULL, NULL);
                """)
        }
        try queue.close()
        let marks = try MarkStore(path: path).allEntityMarks()
        #expect(marks.count == 3)
        #expect(marks[EntityID(rawValue: "rovers")] == EntityMarks(isStarred: true, name: "Harbour Rovers"))
        #expect(marks[EntityID(rawValue: "acme")]?.mergedInto == EntityID(rawValue: "acme holdings"))
        #expect(marks[EntityID(rawValue: "nowhere")]?.isHidden == true)
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
