import DossierCore
import Testing

/// The in-memory scan's answer to a collection search, as the reader's in-memory libraries use it.
@Suite("Article text scan: ranked search")
struct ArticleTextScanTests {
    let bridge = parse("Council closes bridge\n\nThe council closed the old bridge after engineers found cracks in the piers.\n")
    let budget = parse("Budget vote delayed\n\nThe council delayed the budget vote. Café owners protested outside the town hall.\n")
    let harbour = parse("Harbour works begin\n\nEngineers began dredging the harbour on Monday.\n")
    var scan: ArticleTextScan { ArticleTextScan(articles: [bridge, budget, harbour]) }

    func matching(_ text: String) throws -> [ArticleID] {
        try scan.rankedArticles(matching: SearchQuery(text))
    }

    @Test func everyWordMustOccurAndCollectionOrderIsKept() throws {
        #expect(try matching("council") == [bridge.id, budget.id])
        #expect(try matching("council bridge") == [bridge.id])
        #expect(try matching("ENGINEERS") == [bridge.id, harbour.id], "case is folded")
        #expect(try matching("cafe") == [budget.id], "accents are folded")
        #expect(try matching("zeppelin").isEmpty)
    }

    @Test func phrasesNeedTheirWordsTogetherInOrder() throws {
        #expect(try matching("\"town hall\"") == [budget.id])
        #expect(try matching("\"hall town\"").isEmpty)
        #expect(try matching("\"old bridge\" engineers") == [bridge.id])
    }

    @Test func prefixesOrAndExclusions() throws {
        #expect(try matching("dredg*") == [harbour.id])
        #expect(try matching("\"town h*\"") == [budget.id])
        #expect(try matching("harb*") == [harbour.id])
        #expect(try matching("bridge OR harbour") == [bridge.id, harbour.id])
        #expect(try matching("bridge OR harbour OR vote") == [bridge.id, budget.id, harbour.id])
        #expect(try matching("council -budget") == [bridge.id])
        #expect(try matching("engineers -\"old bridge\"") == [harbour.id])
        #expect(try matching("council -vot*") == [bridge.id])
    }
}

