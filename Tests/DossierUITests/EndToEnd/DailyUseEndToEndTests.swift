import DossierCore
import Foundation
import Testing

/// The reader for daily use in a real terminal (issue 18): a config file that rebinds a key, full titles, a prompt
/// edited with readline keys, a filter, a search hit marked in the reading view, `:q`, and the terminal restored.
@Suite(.serialized) struct DailyUseEndToEndTests {
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func configFullTitlesPromptsFiltersSearchHitsAndColonQ() throws {
        let binary = Products.dossier!.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-daily-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("config/dossier"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[keys]\nstar = \"S\"\n".write(to: folder.appendingPathComponent("config/dossier/config.toml"), atomically: true, encoding: .utf8)
        let database = folder.appendingPathComponent("marks.sqlite").path

        // The titles as `dossier list` gives them, newest (listed first by the reader) first.
        let listed = try Products.run(["list", "seeds", "--json"]).output
        let rows = try #require(try JSONSerialization.jsonObject(with: listed) as? [[String: Any]])
        let titles = rows.compactMap { $0["title"] as? String }
        #expect(titles.count == 2)

        let command = "sh -c 'XDG_CONFIG_HOME=\(folder.path)/config \(binary) seeds --db \(database) --create --index \(Products.index); echo exit=$?; stty -a; echo end-of-report; sleep 30'"
        let session = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
        let list = try session.waitFor("both full titles", seconds: 20) { screen in titles.allSatisfy { screen.contains($0) } }
        #expect(list.split(separator: "\n").last?.contains("2 unread / 2 articles") == true)

        // The rebound key stars the selected article; s no longer does.
        try session.send("s")
        try session.send("S")
        let starred = try session.waitFor("the star") { $0.split(separator: "\n").first?.hasPrefix("●★") == true }
        #expect(starred.split(separator: "\n").filter { $0.contains("★") }.count == 1)

        // A filter prompt edited with Ctrl-u: what was typed before it is gone.
        try session.send("f")
        try session.send("nonsense words", literal: true)
        try session.send("C-u")
        try session.send("is:starred", literal: true)
        try session.send("Enter")
        let filtered = try session.waitFor("the filtered list") { $0.contains("filter is:starred: 1 shown") }
        let starredTitle = try #require(titles.first { filtered.contains($0) })
        #expect(titles.filter { filtered.contains($0) }.count == 1)
        try session.send("Escape")
        try session.waitFor("the whole list again") { screen in titles.allSatisfy { screen.contains($0) } }

        // Search the collection for the starred title's longest word and open the hit: the word is marked.
        let words = starredTitle.split(whereSeparator: { (character: Character) in !character.isLetter }).map(String.init)
        let word = try #require(words.max { $0.count < $1.count })
        try session.send("/")
        try session.send(word, literal: true)
        try session.send("Enter")
        try session.waitFor("the search results") { $0.contains("match “\(word)”") }
        try session.send("Enter")
        try session.waitFor("the hit in the reading view") { $0.contains("/\(word) (n/N, Esc)") }
        let styled = try session.styledScreen()
        let marked = styled.split(separator: "\n").contains { line in
            // The word drawn in the search-match style: reverse video on yellow (tmux writes 7 and 43 in its SGR).
            guard let range = line.range(of: word) else { return false }
            let before = line[..<range.lowerBound]
            guard let sgr = before.range(of: "\u{1B}[", options: .backwards) else { return false }
            let codes = before[sgr.upperBound...].prefix { $0 != "m" }.split(separator: ";")
            return codes.contains("7") || codes.contains("43")
        }
        #expect(marked, "the hit is marked:\n\(styled)")

        // :q quits, and the terminal is back in cooked mode.
        try session.send(":")
        try session.send("q", literal: true)
        try session.send("Enter")
        let after = try session.waitFor("stty output after exit") { $0.contains("end-of-report") }
        #expect(after.contains("exit=0"))
        #expect(after.contains(" icanon") && after.contains(" echo"), "the terminal is restored")
        let marks = try MarkStore(path: database).allArticleMarks()
        #expect(marks.values.filter(\.isStarred).count == 1)
    }
}
