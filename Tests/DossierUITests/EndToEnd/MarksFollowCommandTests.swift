import DossierCore
import Foundation
import Testing

/// Marks following edited articles through the command line, a process killed while they move, and the orphaned
/// marks a reader lists, attaches and deletes by hand.
@Suite(.serialized) struct MarksFollowCommandTests {
    static var available: Bool { Products.dossier != nil }

    /// `count` distinct short articles in a new folder; each file's text and path.
    func newsroom(_ count: Int) throws -> (folder: URL, files: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("news"), withIntermediateDirectories: true)
        var files: [String] = []
        let places = ["Harbour", "Valley", "Ridge", "Delta", "Summit", "Bay", "Forest", "Plain"]
        for number in 0 ..< count {
            let place = places[number % places.count]
            let text = """
                \(place) council report number \(number) published

                The \(place) council published report number \(number) on Monday, setting out how the budget of \(number * 37 % 1000) thousand would be spent over the coming year.

                Councillors said the plan for item \(number) followed a long consultation with residents, businesses and the regional transport authority about roads and schools.

                A final vote on report \(number) is expected next month, after a second round of hearings in the \(place) town hall.
                """
            let path = folder.appendingPathComponent("news/\(number).txt").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            files.append(path)
        }
        return (folder, files)
    }

    func run(_ arguments: [String], in folder: URL) throws -> Products.Outcome {
        try Products.run(arguments, environment: ["DOSSIER_INDEX": folder.appendingPathComponent("index.sqlite").path])
    }

    @Test(.enabled(if: available)) func editedArticlesKeepTheirMarksAndOrphansAreListedAttachedAndDeleted() throws {
        let (folder, files) = try newsroom(4)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("marks.sqlite").path
        for file in files.prefix(3) { #expect(try run(["mark", file, "--star", "--tag", "budget", "--db", db], in: folder).status == 0) }
        #expect(try run(["list", folder.path, "--db", db], in: folder).status == 0)
        // Article 0 edited in place; article 1 deleted with nothing like it arriving; article 2 untouched.
        try (try String(contentsOfFile: files[0], encoding: .utf8)).replacingOccurrences(of: "Monday", with: "Tuesday")
            .write(toFile: files[0], atomically: true, encoding: .utf8)
        let orphan = try CollectionLoader().read(files[1]).get().id
        try FileManager.default.removeItem(atPath: files[1])
        let listed = try run(["list", folder.path, "--db", db, "--json"], in: folder)
        #expect(listed.errors.contains("the marks of 1 changed article moved to the new text"))
        let rows = try #require(try JSONSerialization.jsonObject(with: listed.output) as? [[String: Any]])
        let starred = rows.filter { $0["starred"] as? Bool == true }.compactMap { $0["path"] as? String }
        #expect(Set(starred.map { URL(fileURLWithPath: $0).lastPathComponent }) == ["0.txt", "2.txt"])
        // The deleted article's marks: listed, then attached to article 3 by hand.
        let orphans = try run(["marks", folder.path, "--db", db, "--orphaned", "--json"], in: folder)
        let orphanRows = try #require(try JSONSerialization.jsonObject(with: orphans.output) as? [[String: Any]])
        #expect(orphanRows.map { $0["id"] as? String } == [orphan.rawValue])
        let attached = try run(["marks", folder.path, "--db", db, "--attach", String(orphan.rawValue.prefix(8)), "--to", files[3]], in: folder)
        #expect(attached.status == 0, "\(attached.errors)")
        let after = try #require(try JSONSerialization.jsonObject(with: try run(["list", folder.path, "--db", db, "--json"], in: folder).output) as? [[String: Any]])
        #expect(after.first { ($0["path"] as? String)?.hasSuffix("3.txt") == true }?["starred"] as? Bool == true)
        #expect(try run(["marks", folder.path, "--db", db, "--orphaned"], in: folder).errors.contains("no orphaned marks"))
        // A mark made on an id no article has, then deleted on purpose.
        let store = try MarkStore(path: db)
        try store.apply(.setStarred(true, [ArticleID(rawValue: "feedfacefeedface")]))
        #expect(try run(["marks", folder.path, "--db", db, "--delete", "feedface"], in: folder).status == 0)
        #expect(try store.marks(for: ArticleID(rawValue: "feedfacefeedface")).isEmpty)
    }

    @Test(.enabled(if: available)) func anImportSaysHowManyArticlesItCouldNotAttachAndKeepsTheirMarks() throws {
        let (folder, files) = try newsroom(3)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (db, restored) = (folder.appendingPathComponent("marks.sqlite").path, folder.appendingPathComponent("restored.sqlite").path)
        for file in files { #expect(try run(["mark", file, "--tag", "budget", "--db", db], in: folder).status == 0) }
        let exported = try run(["export", folder.path, "--db", db, "--format", "json"], in: folder)
        #expect(exported.status == 0, "\(exported.errors)")
        let archive = folder.appendingPathComponent("marks.json").path
        try exported.output.write(to: URL(fileURLWithPath: archive))
        try FileManager.default.removeItem(atPath: files[2])
        let dry = try run(["import", archive, folder.path, "--db", restored, "--create", "--dry-run", "--json"], in: folder)
        #expect((try JSONSerialization.jsonObject(with: dry.output) as? [String: Any])?["unattached"] as? Int == 1, "\(dry.errors)")
        let imported = try run(["import", archive, folder.path, "--db", restored, "--create"], in: folder)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(String(decoding: imported.output, as: UTF8.self).contains("1 of the articles is not in the collection: its marks are kept"))
        let orphans = try #require(try JSONSerialization.jsonObject(
            with: try run(["marks", folder.path, "--db", restored, "--orphaned", "--json"], in: folder).output) as? [[String: Any]])
        #expect(orphans.count == 1)
        // Without the collection, nothing is said about it.
        let plain = try run(["import", archive, "--db", restored], in: folder)
        #expect(!String(decoding: plain.output, as: UTF8.self).contains("not in the collection"))
    }

    /// `dossier list` killed with SIGKILL at moments spread over the update and the moving of marks: each article's
    /// marks are on its old id or its new one, never both and never neither; the run that finishes moves them all.
    @Test(.enabled(if: available)) func aProcessKilledWhileMarksMoveLosesNoneAndDoublesNone() throws {
        let (folder, files) = try newsroom(160)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("marks.sqlite").path
        #expect(try run(["list", folder.path, "--db", db, "--create"], in: folder).status == 0)
        let store = try MarkStore(path: db)
        let old = try files.map { try CollectionLoader().read($0).get().id }
        try store.apply(.setStarred(true, old))
        try store.apply(.addTag("kept", old))
        for file in files {
            try (try String(contentsOfFile: file, encoding: .utf8)).replacingOccurrences(of: "next month", with: "in the spring")
                .write(toFile: file, atomically: true, encoding: .utf8)
        }
        let new = try files.map { try CollectionLoader().read($0).get().id }
        var kills = 0
        for delay in stride(from: 0.3, through: 4.0, by: 0.3) {
            let process = Process()
            process.executableURL = Products.dossier!
            process.arguments = ["list", folder.path, "--db", db]
            process.environment = ProcessInfo.processInfo.environment.merging(["DOSSIER_INDEX": folder.appendingPathComponent("index.sqlite").path]) { _, new in new }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                kills += 1
            }
            process.waitUntilExit()
            let marks = try store.allArticleMarks()
            for (before, after) in zip(old, new) {
                let holders = [before, after].filter { marks[$0]?.isStarred == true && marks[$0]?.tags == ["kept"] }
                #expect(holders.count == 1, "article \(before.rawValue): marks on \(holders.count) ids")
            }
            if !process.isRunning && process.terminationReason == .exit { break }
        }
        print("marks follow: \(kills) runs of dossier list killed with SIGKILL, no mark lost or doubled")
        #expect(try run(["list", folder.path, "--db", db], in: folder).status == 0)
        let marks = try store.allArticleMarks()
        #expect(new.allSatisfy { marks[$0]?.isStarred == true } && old.allSatisfy { marks[$0] == nil })
    }
}
