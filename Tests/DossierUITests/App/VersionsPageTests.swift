import DossierApp
import DossierCore
import DossierUI
import Testing

/// Versions of one text (near-duplicates) in the reader: one row in the list, found by a filter on any version, and
/// `V` shows each version with what changed.
struct VersionsPageTests {
    static func story(date: String, votes: String) -> String {
        """
        date \(date) Tram depot plan goes ahead

        The mayor said on Tuesday that the plan to rebuild the old tram depot would go ahead despite the objections raised at the last public meeting.

        The council's transport committee approved the budget of four million pounds by \(votes) after a debate that lasted most of the evening.

        Opponents said they would take the decision to the regional planning inspector, and a petition against the scheme had gathered two thousand names.
        """
    }

    static let other = """
    Cyclists welcome new lanes

    Cycling groups welcomed the new lanes opened on the ring road on Saturday, saying they would make the morning ride far safer for children.
    """

    static func article(_ text: String, _ path: String) -> Article {
        ArticleParser().parse(TextDecoding.decode(Array(text.utf8)), path: path)
    }

    static let old = article(story(date: "2024-05-01", votes: "six votes to three"), "old.txt")
    static let new = article(story(date: "2024-05-02", votes: "seven votes to two"), "new.txt")

    static func session(_ articles: [Article] = [old, new, article(other, "other.txt")]) -> ReaderSession {
        let collection = OpenCollection(name: "versions", articles: articles, resolution: EntityResolver().resolve([]))
        return ReaderSession(state: AppState(library: collection.library, size: Size(width: 120, height: 40)), collection: collection)
    }

    static func press(_ session: inout ReaderSession, _ keys: Key...) {
        for key in keys { _ = Keymap.action(for: .key(key), in: session.state).map { session.send($0) } }
    }

    static func documentText(_ state: AppState) -> [String] {
        let document = ReadingDocument.make(for: state, width: 110)
        return document.lines.indices.map(document.text(ofLine:))
    }

    @Test func versionsAreOneRowOfTheNewest() {
        let session = Self.session()
        #expect(session.state.listOrder.count == 2)
        #expect(session.state.listOrder.first == Self.new.id)
        #expect(!session.state.listOrder.contains(Self.old.id))
        #expect(Screen.render(session.state).text.contains("Tram depot plan goes ahead 2 versions"))
    }

    @Test func aFilterOrSearchThatFindsAnOlderVersionListsItsRow() {
        var session = Self.session()
        _ = session.send(.startFilter)
        for character in "six" { _ = session.send(.promptInput(character)) }
        _ = session.send(.promptSubmit)
        #expect(session.state.listOrder == [Self.new.id])
    }

    @Test func theVersionsPageShowsWhatChangedWordByWord() {
        var session = Self.session()
        Self.press(&session, .character("V"))
        #expect(session.state.reader.page == .versions(Self.new.id))
        let lines = Self.documentText(session.state)
        #expect(lines.contains { $0.contains("2 versions of one text") })
        #expect(lines.contains { $0.contains("The listed version removed 2 words and added 2:") })
        #expect(lines.contains { $0.contains("by [-six-] {+seven+} votes to [-three-] {+two+} after") })
        #expect(lines.contains { $0.contains("· 2 paragraphs the same ·") })
        // Enter on the older version's title opens it.
        for _ in 0..<3 where session.state.reader.target.map({ session.state.document.targets[$0].action }) != .openArticle(Self.old.id, at: nil) {
            _ = session.send(.nextTarget)
        }
        _ = session.send(.activate)
        #expect(session.state.reader.page == .article(Self.old.id))
        #expect(session.state.openArticle?.id == Self.old.id)
        // V from the older version's page shows the same versions page.
        Self.press(&session, .character("V"))
        #expect(session.state.reader.page == .versions(Self.new.id))
    }

    @Test func anArticleWithoutVersionsSaysSo() {
        var session = Self.session()
        Self.press(&session, .character("j"), .character("V"))
        #expect(session.state.reader.page == nil)
        #expect(session.state.message == "“Cyclists welcome new lanes” has no other version in the collection")
    }
}
