import DossierCore
import Foundation
import Testing

/// Marks through edits in a real terminal (issue 19): a reader stars and tags two articles and quits; one file is
/// edited, the other deleted; the next reader shows the star on the edited article, and `I` lists the deleted one's
/// marks as orphaned.
@Suite(.serialized) struct EditedArticlesEndToEndTests {
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func marksFollowAnEditedFileAndADeletedOnesAreListed() throws {
        let binary = Products.dossier!.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-edited-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["000_60547e2e5f7a7922.txt", "001_eb7e6b817fb86c01.txt"] {
            try FileManager.default.copyItem(at: Products.repository.appendingPathComponent("seeds/\(name)"), to: articles.appendingPathComponent(name))
        }
        let (database, index) = (folder.appendingPathComponent("marks.sqlite").path, folder.appendingPathComponent("index.sqlite").path)
        let listed = try Products.run(["list", articles.path, "--json", "--index", index])
        let rows = try #require(try JSONSerialization.jsonObject(with: listed.output) as? [[String: Any]])
        let (titles, paths) = (rows.compactMap { $0["title"] as? String }, rows.compactMap { $0["path"] as? String })
        try #require(titles.count == 2 && paths.count == 2)
        let command = "sh -c '\(binary) \(articles.path) --db \(database) --create --index \(index); echo exit=$?; sleep 30'"
        func starredRows(_ screen: String) -> [Substring] { screen.split(separator: "\n").filter { $0.hasPrefix("●★") || $0.hasPrefix(" ★") } }

        // Both listed articles starred (the first, then the second), and the reader quit.
        let first = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
        try first.waitFor("the list", seconds: 20) { screen in titles.allSatisfy { screen.contains($0) } }
        try first.send("s")
        try first.send("j")
        try first.send("s")
        try first.waitFor("two stars") { starredRows($0).count == 2 }
        try first.send("q")
        try first.waitFor("the exit") { $0.contains("exit=0") }

        // The first file edited in place (one word), the second deleted.
        let edited = try String(contentsOfFile: paths[0], encoding: .utf8)
        let word = try #require(edited.split(separator: " ").dropFirst(40).first { $0.count > 4 && $0.allSatisfy(\.isLetter) })
        try edited.replacingOccurrences(of: " \(word) ", with: " \(word)s ").write(toFile: paths[0], atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: paths[1])

        let second = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
        let list = try second.waitFor("the edited article, still starred", seconds: 20) { screen in
            starredRows(screen).contains { $0.contains(titles[0]) }
        }
        #expect(!list.contains(titles[1]))
        try second.send("I")
        let orphans = try second.waitFor("the orphaned marks") { $0.contains("Orphaned marks") && $0.contains("starred") }
        #expect(orphans.contains("attach them to “") && orphans.contains("delete them"), "\(orphans)")
        try second.send("q")
        try second.send("q")
        try second.waitFor("the exit") { $0.contains("exit=0") }
    }
}
