import DossierCore
import Foundation
import Testing

/// Marks through edits, moves, copies and restores in a real terminal (issue 19), each change made between two
/// readers of the same collection and marks database.
@Suite(.serialized) struct EditedArticlesEndToEndTests {
    /// The two seeds in a folder of their own, listed once, with a marks database and an index beside them; readers
    /// of it run in tmux.
    final class Collection {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-edited-\(UUID().uuidString)")
        var articles: URL { folder.appendingPathComponent("articles") }
        /// The listed titles and paths, in list order.
        let titles: [String]
        let paths: [String]
        private let command: String

        init() throws {
            let articles = folder.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: articles.appendingPathComponent("moved"), withIntermediateDirectories: true)
            for name in ["000_60547e2e5f7a7922.txt", "001_eb7e6b817fb86c01.txt"] {
                try FileManager.default.copyItem(at: Products.repository.appendingPathComponent("seeds/\(name)"), to: articles.appendingPathComponent(name))
            }
            let (database, index) = (folder.appendingPathComponent("marks.sqlite").path, folder.appendingPathComponent("index.sqlite").path)
            let listed = try Products.run(["list", articles.path, "--json", "--index", index])
            let rows = try #require(try JSONSerialization.jsonObject(with: listed.output) as? [[String: Any]])
            (titles, paths) = (rows.compactMap { $0["title"] as? String }, rows.compactMap { $0["path"] as? String })
            try #require(titles.count == 2 && paths.count == 2)
            command = "sh -c '\(Products.dossier!.path) \(articles.path) --db \(database) --create --index \(index); echo exit=$?; sleep 30'"
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// The list rows with a star.
        static func starredRows(_ screen: String) -> [Substring] {
            screen.split(separator: "\n").filter { $0.hasPrefix("●★") || $0.hasPrefix(" ★") }
        }

        /// A reader of the collection, once its screen is `ready`, and that screen.
        func reader(until what: String, _ ready: (String) -> Bool) throws -> (TmuxSession, String) {
            let session = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
            return (session, try session.waitFor(what, seconds: 20, ready))
        }

        /// Stars both listed articles in a reader, and quits it.
        func starBoth() throws {
            let (reader, _) = try reader(until: "the list") { screen in titles.allSatisfy { screen.contains($0) } }
            try reader.send("s")
            try reader.send("j")
            try reader.send("s")
            try reader.waitFor("two stars") { Self.starredRows($0).count == 2 }
            try quit(reader)
        }

        func quit(_ reader: TmuxSession) throws {
            try reader.send("q")
            try reader.waitFor("the exit") { $0.contains("exit=0") }
        }

        /// The text of the first listed file with one word changed.
        func firstEdited() throws -> String {
            let text = try String(contentsOfFile: paths[0], encoding: .utf8)
            let word = try #require(text.split(separator: " ").dropFirst(40).first { $0.count > 4 && $0.allSatisfy(\.isLetter) })
            return text.replacingOccurrences(of: " \(word) ", with: " \(word)s ")
        }
    }

    /// An edit keeps the star; a deleted file's star is listed by `I` as orphaned.
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func marksFollowAnEditedFileAndADeletedOnesAreListed() throws {
        let collection = try Collection()
        let (titles, paths) = (collection.titles, collection.paths)
        try collection.starBoth()

        // The first file edited in place (one word), the second deleted.
        try collection.firstEdited().write(toFile: paths[0], atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: paths[1])

        let (second, list) = try collection.reader(until: "the edited article, still starred") { screen in
            Collection.starredRows(screen).contains { $0.contains(titles[0]) }
        }
        #expect(!list.contains(titles[1]))
        try second.send("I")
        let orphans = try second.waitFor("the orphaned marks") { $0.contains("Orphaned marks") && $0.contains("starred") }
        #expect(orphans.contains("attach them to “") && orphans.contains("delete them"), "\(orphans)")
        try second.send("q")
        try collection.quit(second)
    }

    /// A file moved to another folder and edited at once keeps its star (its near-duplicate predecessor is found), a
    /// copy of the other makes no second row but `×2`, deleting both its files lists its star as orphaned, and
    /// putting the file back shows the star again.
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func marksFollowAMovedAndEditedFileACopyAndARestore() throws {
        let collection = try Collection()
        let (titles, paths, articles) = (collection.titles, collection.paths, collection.articles)
        try collection.starBoth()

        // The first file moved to another folder and edited there (one word); the second copied.
        try collection.firstEdited().write(to: articles.appendingPathComponent("moved/moved.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: paths[0])
        let original = try Data(contentsOf: URL(fileURLWithPath: paths[1]))
        try original.write(to: articles.appendingPathComponent("moved/copy.txt"))

        // The first frame lists what the index held; the rows wait for the files to be indexed again.
        let (second, moved) = try collection.reader(until: "the moved article starred, and the copies as one starred row") { screen in
            let starred = Collection.starredRows(screen)
            return starred.contains { $0.contains(titles[1]) && $0.contains("×2") } && starred.contains { $0.contains(titles[0]) }
        }
        #expect(Collection.starredRows(moved).count == 2, "two rows, both starred: \(moved)")
        try collection.quit(second)

        // Both files of the second text deleted: its star is orphaned; then the file is put back.
        try FileManager.default.removeItem(atPath: paths[1])
        try FileManager.default.removeItem(at: articles.appendingPathComponent("moved/copy.txt"))
        let (third, _) = try collection.reader(until: "one article left") { screen in screen.contains(titles[0]) && !screen.contains(titles[1]) }
        try third.send("I")
        try third.waitFor("the orphaned star") { $0.contains("Orphaned marks") && $0.contains("starred") }
        try third.send("q")
        try collection.quit(third)

        try original.write(to: URL(fileURLWithPath: paths[1]))
        let (fourth, restored) = try collection.reader(until: "the restored article, starred again") { screen in
            Collection.starredRows(screen).contains { $0.contains(titles[1]) }
        }
        #expect(Collection.starredRows(restored).count == 2)
        try collection.quit(fourth)
    }
}
