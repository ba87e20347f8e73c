import DossierApp
import DossierCore
import DossierUI
import Foundation
import Testing

/// An entity in many articles: its page reads and shows a page of them at a time, with a line that shows more.
struct EntityPagePagingTests {
    /// Twenty articles, each mentioning one organisation once.
    static func state() throws -> (ReaderSession, EntityID) {
        let articles = (1...20).map { number in
            ArticleParser().parse(lines: ["Story number \(number)", "", "Officials at Harbour Board met on day \(number) to discuss fees."],
                                  path: "story\(number).txt")
        }
        let mentions = articles.map { article in
            let text = article.blocks[0].text
            let start = text.distance(from: text.startIndex, to: text.range(of: "Harbour Board")!.lowerBound)
            let mention = Mention(article: article.id, part: .block(0), range: start..<start + 13, surface: "Harbour Board")
            return FoundMention(mention: mention, kind: .organization)
        }
        let resolution = EntityResolver().resolve(mentions)
        let entity = try #require(resolution.entities.first)
        return (ReaderSession(collection: OpenCollection(name: "t", articles: articles, resolution: resolution), size: Size(width: 120, height: 40)), entity.id)
    }

    func headings(_ state: AppState) -> [String] {
        let document = state.document
        return (0..<document.lines.count).map(document.text(ofLine:)).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("▸ Story number") }
    }

    @Test func aLongPageShowsOnePageOfArticlesAndALineForMore() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        #expect(headings(session.state).count == ReaderPosition.articlesPerPage)
        let document = session.state.document
        let more = try #require(document.targets.first { $0.action == .showMoreArticles })
        #expect(document.text(ofLine: more.line).contains("(\(20 - ReaderPosition.articlesPerPage) not shown)"))
        session.send(.showMoreArticles)
        #expect(headings(session.state).count == 2 * ReaderPosition.articlesPerPage)
        session.send(.showMoreArticles)
        #expect(headings(session.state).count == 20)
        #expect(!session.state.document.targets.contains { $0.action == .showMoreArticles })
    }

    @Test func openingAnotherPageStartsAgainFromOnePage() throws {
        var (session, entity) = try Self.state()
        session.send(.openEntity(entity))
        session.send(.showMoreArticles)
        session.send(.back)
        session.send(.openEntity(entity))
        #expect(headings(session.state).count == ReaderPosition.articlesPerPage)
    }
}
