import DossierCore
import DossierUI
import Foundation
import Testing

/// An entity in many articles: its page reads and shows a page of them at a time, with a line that shows more.
struct EntityPagePagingTests {
    /// Twenty articles, each mentioning one organisation once.
    static func state() throws -> (AppState, EntityID) {
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
        return (AppState(library: Library(name: "t", articles: articles, resolution: resolution), size: Size(width: 120, height: 40)), entity.id)
    }

    func headings(_ state: AppState) -> [String] {
        let document = state.document
        return (0..<document.lines.count).map(document.text(ofLine:)).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("▸ Story number") }
    }

    @Test func aLongPageShowsOnePageOfArticlesAndALineForMore() throws {
        var (state, entity) = try Self.state()
        _ = reduce(&state, .openEntity(entity))
        #expect(headings(state).count == ReaderPosition.articlesPerPage)
        let document = state.document
        let more = try #require(document.targets.first { $0.action == .showMoreArticles })
        #expect(document.text(ofLine: more.line).contains("(\(20 - ReaderPosition.articlesPerPage) not shown)"))
        _ = reduce(&state, .showMoreArticles)
        #expect(headings(state).count == 2 * ReaderPosition.articlesPerPage)
        _ = reduce(&state, .showMoreArticles)
        #expect(headings(state).count == 20)
        #expect(!state.document.targets.contains { $0.action == .showMoreArticles })
    }

    @Test func openingAnotherPageStartsAgainFromOnePage() throws {
        var (state, entity) = try Self.state()
        _ = reduce(&state, .openEntity(entity))
        _ = reduce(&state, .showMoreArticles)
        _ = reduce(&state, .back)
        _ = reduce(&state, .openEntity(entity))
        #expect(headings(state).count == ReaderPosition.articlesPerPage)
    }
}
