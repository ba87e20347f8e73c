import DossierCore
@testable import DossierUI
import Testing

/// The order of an entity page: articles by relevance, companions by association, and pairs that list the
/// articles mentioning both.
@Suite struct EntityPageOrderTests {
    func entity(_ name: String, articles: Int) -> Entity {
        Entity(id: EntityID(rawValue: name.lowercased()), canonicalName: name, kind: .organization, aliases: [],
               articles: (0..<articles).map { ArticleID(rawValue: String(format: "%016x", $0)) }, mentionCount: articles)
    }

    @Test func companionsAreRankedByAssociationWithAMinimumOfSharedArticles() {
        let candidates = [
            CoMention(entity: entity("Everywhere", articles: 5_000), articles: 12),
            CoMention(entity: entity("Rare Partner", articles: 4), articles: 3),
            CoMention(entity: entity("Once", articles: 1), articles: 1),
        ]
        let ranked = EntityPageOrder.companions(candidates, articles: 20, total: 10_000)
        #expect(ranked.map(\.entity.canonicalName) == ["Rare Partner", "Everywhere"], "a single shared article is chance")
        #expect(ranked[0].association > ranked[1].association)
        #expect(EntityPageOrder.companions(candidates, articles: 3, total: 10_000).count == 3, "a rare entity keeps single pairs")
    }

    @Test func articlesNamedInTheTitleThenMentionedMostThenNewest() {
        let subject = entity("Harbour Board", articles: 0)
        let ids = (0..<4).map { ArticleID(rawValue: "a\($0)") }
        let summaries: [ArticleID: ArticleSummary] = [
            ids[0]: ArticleSummary(id: ids[0], path: "0", title: "Old news", date: "2020-01-01", credit: nil, publisher: nil),
            ids[1]: ArticleSummary(id: ids[1], path: "1", title: "New news", date: "2024-01-01", credit: nil, publisher: nil),
            ids[2]: ArticleSummary(id: ids[2], path: "2", title: "HARBOUR BOARD resigns", date: "2019-01-01", credit: nil, publisher: nil),
            ids[3]: ArticleSummary(id: ids[3], path: "3", title: "Many mentions", date: "2018-01-01", credit: nil, publisher: nil),
        ]
        let ranked = EntityPageOrder.articles(ids, of: subject, summaries: { summaries[$0] }, mentions: [ids[3]: 4, ids[0]: 1, ids[1]: 1])
        #expect(ranked == [ids[2], ids[3], ids[1], ids[0]])
    }

    @Test func titlesMatchWhateverTheirCaseAndScript() {
        let names = ["Élise Müller", "Harbour Board"].map { Array($0.lowercased().utf8) }
        #expect(EntityPageOrder.titleNames(names, "ÉLISE MÜLLER wins"), "lowered beyond ASCII")
        #expect(EntityPageOrder.titleNames(names, "Port news: the HARBOUR board meets"))
        #expect(EntityPageOrder.titleNames(names, "Harbour boards meet"), "a name inside a longer word counts, as before")
        #expect(!EntityPageOrder.titleNames(names, "Harbour news"))
        #expect(!EntityPageOrder.titleNames(names, nil))
    }

    @Test func undatedArticlesComeAfterDatedOnesOfTheSameCounts() {
        let subject = entity("Harbour Board", articles: 0)
        let ids = (0..<3).map { ArticleID(rawValue: "a\($0)") }
        let summaries: [ArticleID: ArticleSummary] = [
            ids[0]: ArticleSummary(id: ids[0], path: "0", title: "Undated", date: nil, credit: nil, publisher: nil),
            ids[1]: ArticleSummary(id: ids[1], path: "1", title: "Older", date: "2021-05-01", credit: nil, publisher: nil),
            ids[2]: ArticleSummary(id: ids[2], path: "2", title: "Newer", date: "2023-05-01", credit: nil, publisher: nil),
        ]
        #expect(EntityPageOrder.articles(ids, of: subject, summaries: { summaries[$0] }, mentions: [:]) == [ids[2], ids[1], ids[0]])
    }

    @Test func aPairListsTheArticlesMentioningBoth() throws {
        var state = FixtureLibrary.state()
        let index = state.library.index
        let acme = try #require(index.entities.first { $0.canonicalName == "Acme Corp" })
        let place = try #require(index.entities.first { $0.canonicalName == "Springfield" })
        send(&state, .openEntity(acme.id))
        let pair = try #require(state.document.targets.first { $0.action == .showArticlesMentioning([acme.id, place.id]) })
        #expect(state.document.text(ofLine: pair.line).contains("with both"))
        send(&state, pair.action)
        #expect(state.focus == .list)
        #expect(state.filter?.text == "entity:\"Acme Corp\" entity:\"Springfield\"")
        #expect(Set(state.listOrder) == Set(acme.articles).intersection(place.articles))
    }
}
