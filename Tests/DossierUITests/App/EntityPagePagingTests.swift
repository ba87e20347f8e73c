import DossierApp
import DossierCore
import DossierUI
import Foundation
import Testing

/// An entity in many articles: its page reads and shows a page of them at a time, with a line that shows more.
struct EntityPagePagingTests {
    /// Twenty articles, each mentioning one organisation once, except story 5, which mentions it twice.
    static func state() throws -> (ReaderSession, EntityID) {
        try session((1...20).map { number in
            let again = number == 5 ? " Harbour Board said so." : ""
            return ArticleParser().parse(lines: ["Story number \(number)", "", "Officials at Harbour Board met on day \(number) to discuss fees.\(again)"],
                                         path: "story\(number).txt")
        })
    }

    /// A reader of `articles`, each `Harbour Board` of their first paragraphs a mention of one organisation.
    static func session(_ articles: [Article]) throws -> (ReaderSession, EntityID) {
        let mentions = articles.flatMap { article in
            let text = article.blocks[0].text
            var found: [FoundMention] = []
            var from = text.startIndex
            while let range = text.range(of: "Harbour Board", range: from..<text.endIndex) {
                let start = text.distance(from: text.startIndex, to: range.lowerBound)
                found.append(FoundMention(mention: Mention(article: article.id, part: .block(0), range: start..<start + 13, surface: "Harbour Board"),
                                          kind: .organization))
                from = range.upperBound
            }
            return found
        }
        let resolution = EntityResolver().resolve(mentions)
        let entity = try #require(resolution.entities.first)
        return (ReaderSession(collection: OpenCollection(name: "t", articles: articles, resolution: resolution), size: Size(width: 120, height: 40)), entity.id)
    }

    func headings(_ state: AppState) -> [String] {
        let document = state.document
        return (0..<document.lines.count).map(document.text(ofLine:)).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("▸ Story number") }
    }

    @Test func aLongPageShowsAScreenOfArticlesAndLinesForMoreAndAll() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        let page = session.state.entityPageSize
        #expect(page == 9, "a screenful at 120x40: 39 rows, four an article")
        #expect(headings(session.state).count == page)
        let document = session.state.document
        let more = try #require(document.targets.first { $0.action == .showMoreArticles })
        #expect(document.text(ofLine: more.line).contains("Show 9 more (\(20 - page) not shown)"))
        #expect(document.targets.contains { $0.action == .showAllArticles })
        session.send(.showMoreArticles)
        #expect(headings(session.state).count == 2 * page)
        session.send(.showMoreArticles)
        #expect(headings(session.state).count == 20)
        #expect(!session.state.document.targets.contains { $0.action == .showMoreArticles })
        session.send(.back)
        session.send(.openEntity(entity))
        session.send(.showAllArticles)
        #expect(headings(session.state).count == 20)
    }

    @Test func articlesAreRankedWithTheirMentionCounts() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        let shown = headings(session.state)
        #expect(shown.first?.contains("Story number 5") == true, "the article that mentions it twice leads")
        let document = session.state.document
        let lines = (0..<document.lines.count).map(document.text(ofLine:))
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("2 mentions") })
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("1 mention") })
    }

    @Test func nContinuesFromWhatIsOnScreen() throws {
        var (session, _) = try Self.state()
        let entity = try #require(session.state.library.index.entities.first)
        session.send(.openEntity(entity.id))
        session.send(.showAllArticles)
        session.send(.nextTarget)
        let first = try #require(session.state.reader.target)
        session.send(.focus(.reader))
        session.send(.pageDown)
        session.send(.pageDown)
        session.send(.nextTarget)
        let target = try #require(session.state.reader.target)
        let line = session.state.document.targets[target].line
        #expect(target > first + 1, "not the target after the old one")
        #expect(line >= session.state.reader.scroll, "the first target on screen")
    }

    /// Story 1 names the organisation in `sentences` sentences of one paragraph; the others once.
    static func session(sentences: Int) throws -> (ReaderSession, EntityID) {
        let many = (1...sentences).map { "Harbour Board met on day \($0)." }.joined(separator: " ")
        return try session((1...3).map { number in
            ArticleParser().parse(lines: ["Story number \(number)", "", number == 1 ? many : "Officials at Harbour Board met."], path: "story\(number).txt")
        })
    }

    /// The page of the organisation of `session(sentences:)`, and its lines without their margins.
    static func page(sentences: Int) throws -> (ReadingDocument, [String]) {
        var (session, entity) = try session(sentences: sentences)
        session.send(.openEntity(entity))
        let document = session.state.document
        return (document, (0..<document.lines.count).map { document.text(ofLine: $0).trimmingCharacters(in: .whitespaces) })
    }

    @Test func anArticleShowsItsFirstSentencesAndATargetToTheRest() throws {
        let (document, lines) = try Self.page(sentences: 6)
        #expect(lines.contains("Harbour Board met on day 3."))
        #expect(!lines.contains("Harbour Board met on day 4."), "three sentences of an article, not all six")
        let rest = try #require(document.targets.first { document.text(ofLine: $0.line).contains("3 more mentions in the article") })
        guard case .openArticle(_, let at?) = rest.action else {
            Issue.record("the line opens the article")
            return
        }
        #expect(lines.contains("6 mentions"))
        #expect(at.range.lowerBound == "Harbour Board met on day 1. Harbour Board met on day 2. Harbour Board met on day 3. ".count,
                "at the first mention not shown")
    }

    @Test func oneSentenceMoreIsShownRatherThanALineSayingSo() throws {
        let (_, lines) = try Self.page(sentences: 4)
        #expect(lines.contains("Harbour Board met on day 4."))
        #expect(!lines.contains { $0.contains("more mention") })
    }

    @Test func showAllListsTheRestALineEachAndTheArticleListBeyondTheLimit() throws {
        let count = EntityPageRow.limit + 12
        var (session, entity) = try Self.session((1...count).map { number in
            ArticleParser().parse(lines: ["Story number \(number)", "", "Officials at Harbour Board met on day \(number)."], path: "story\(number).txt")
        })
        session.send(.openEntity(entity))
        let shown = session.state.entityPageSize
        session.send(.showAllArticles)
        guard case .entity(_, let articles, let rest, _)? = session.state.content?.content else {
            Issue.record("no entity page")
            return
        }
        #expect(articles.count == shown, "the articles shown with their sentences stay as they were")
        #expect(rest.count == EntityPageRow.limit)
        let document = session.state.document
        let lines = (0..<document.lines.count).map { document.text(ofLine: $0).trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("Its other articles, by relevance"))
        let row = try #require(document.targets.first { document.text(ofLine: $0.line).contains(" · 1 mention") })
        #expect(document.text(ofLine: row.line).trimmingCharacters(in: .whitespaces).hasPrefix("▸ Story number"))
        guard case .openArticle = row.action else {
            Issue.record("a row opens its article")
            return
        }
        let unlisted = count - shown - EntityPageRow.limit
        let all = try #require(document.targets.last)
        #expect(document.text(ofLine: all.line).contains("All \(count) in the article list (\(unlisted) not listed here)"))
        #expect(!document.targets.contains { $0.action == .showMoreArticles || $0.action == .showAllArticles })
        session.send(all.action)
        #expect(session.state.focus == .list)
        #expect(session.state.listOrder.count == count)
    }

    @Test func openingAnotherPageStartsAgainFromOnePage() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        session.send(.showMoreArticles)
        session.send(.back)
        session.send(.openEntity(entity))
        #expect(headings(session.state).count == session.state.entityPageSize)
    }
}
