import DossierCore
import Foundation
import Testing

/// Marks shared between a reader in a real terminal and `dossier mark` run beside it (issue 21): the reader shows
/// what the script wrote without a key being pressed, its note prompt starts from the script's note, and its undo
/// takes back only what the reader did.
@Suite(.serialized) struct SharedMarksEndToEndTests {
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func aReaderTakesInAScriptsMarksAndItsUndoKeepsThem() throws {
        let binary = Products.dossier!.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("marks.sqlite").path
        let listed = try Products.run(["list", "seeds", "--json"]).output
        let rows = try #require(try JSONSerialization.jsonObject(with: listed) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        try #require(ids.count == 2)
        func script(_ arguments: String...) throws {
            let result = try Products.run(["mark"] + arguments + ["seeds", "--db", database, "--index", Products.index])
            #expect(result.status == 0, "dossier mark \(arguments): \(result.errors)")
        }
        func stars(_ screen: String) -> Int { screen.split(separator: "\n").filter { $0.hasPrefix("●★") || $0.hasPrefix(" ★") }.count }

        let command = "sh -c '\(binary) seeds --db \(database) --create --index \(Products.index); echo exit=$?; sleep 30'"
        let session = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
        try session.waitFor("the list", seconds: 20) { $0.contains("2 unread / 2 articles") }

        // The reader stars the first article; a script then tags it and stars the second.
        try session.send("s")
        try session.waitFor("the reader's star") { stars($0) == 1 }
        try script(ids[0], "--tag", "lobbying")
        try script(ids[1], "--star")
        let clock = ContinuousClock()
        let started = clock.now
        try session.waitFor("the script's star, with no key pressed", seconds: 5) { stars($0) == 2 }
        let seen = clock.now - started
        #expect(seen < .seconds(1.5), "taken in after \(seen)")

        // A note written by the script is what the reader's note prompt starts from.
        try script(ids[0], "--note", "from the script")
        try session.waitFor("the script's note taken in", seconds: 5) { _ in
            (try? MarkStore(path: database).allArticleMarks()[ArticleID(rawValue: ids[0])]?.note) == "from the script"
        }
        Thread.sleep(forTimeInterval: 1)
        try session.send("e")
        try session.waitFor("the note prompt, prefilled") { $0.contains("from the script") }
        try session.send("Escape")

        // Undo takes back the reader's star only: the script's tag and star stay, and the status line says so.
        try session.send("U")
        try session.waitFor("the undo") { $0.contains("Undone") && stars($0) == 1 }
        let marks = try MarkStore(path: database).allArticleMarks()
        #expect(marks[ArticleID(rawValue: ids[0])]?.isStarred == false)
        #expect(marks[ArticleID(rawValue: ids[0])]?.tags == ["lobbying"])
        #expect(marks[ArticleID(rawValue: ids[0])]?.note == "from the script")
        #expect(marks[ArticleID(rawValue: ids[1])]?.isStarred == true)

        try session.send("q")
        let after = try session.waitFor("the exit") { $0.contains("exit=") }
        #expect(after.contains("exit=0"))
    }
}
