import DossierApp
import DossierCore
import DossierUI
import Foundation
import Testing

/// An entity in many articles: its page reads and shows a page of them at a time, with a line that shows more.
struct EntityPagePagingTests {
    /// Twenty articles, each mentioning one organisation once, except story 5, which mentions it twice.
    static func state() throws -> (ReaderSession, EntityID) {
        let articles = (1...20).map { number in
            let again = number == 5 ? " Harbour Board said so." : ""
            return ArticleParser().parse(lines: ["Story number \(number)", "", "Officials at Harbour Board met on day \(number) to discuss fees.\(again)"],
                                         path: "story\(number).txt")
        }
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
        #expect(page == 13, "a screenful at 120x40: 39 rows, three a article")
        #expect(headings(session.state).count == page)
        let document = session.state.document
        let more = try #require(document.targets.first { $0.action == .showMoreArticles })
        #expect(document.text(ofLine: more.line).contains("Show 7 more (\(20 - page) not shown)"))
        #expect(document.targets.contains { $0.action == .showAllArticles })
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

    @Test func openingAnotherPageStartsAgainFromOnePage() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        session.send(.showMoreArticles)
        session.send(.back)
        session.send(.openEntity(entity))
        #expect(headings(session.state).count == session.state.entityPageSize)
    }
}
