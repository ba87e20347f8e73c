import DossierCore
import Testing

@Suite("Query evaluator")
struct QueryEvaluatorTests {
    let bridge = parse("Council closes bridge\nSource: Reuters\n2022-03-04\n\nThe council closed the old bridge after engineers found cracks in the piers.\n")
    let budget = parse("Budget vote delayed - The Example Times\n\n2021-11-02\n\nThe council delayed the budget vote. Café owners protested outside.\n")
    var articles: [Article] { [bridge, budget] }

    var marks: [ArticleID: ArticleMarks] {
        [
            bridge.id: ArticleMarks(isRead: true, isStarred: true, tags: ["roads"], note: "check",
                                    highlights: [Highlight(id: 1, article: bridge.id, lines: LineRange(line: 5), text: "cracks", created: .now)]),
            budget.id: ArticleMarks(isArchived: true, tags: ["money", "roads"]),
        ]
    }

    var index: MentionIndex {
        let mention = Mention(article: budget.id, part: .block(0), range: 4 ..< 11, surface: "council")
        let council = Entity(canonicalName: "City Council", kind: .organization, aliases: ["council"], mentions: [mention])
        return MentionIndex(entities: [council], articleOrder: articles.map(\.id), mentions: MentionTable([(council.id, [mention])]))
    }

    func matching(_ text: String) throws -> [ArticleID] {
        let evaluator = QueryEvaluator(query: try Query(parsing: text), marks: marks, index: index, search: ArticleTextScan(articles: articles))
        return evaluator.filter(articles).map(\.id)
    }

    @Test func sanityOfTheFixture() {
        #expect(bridge.date == "2022-03-04" && budget.date == "2021-11-02")
        #expect(bridge.source == "Reuters" && budget.source == "The Example Times")
    }

    @Test func marksTerms() throws {
        #expect(try matching("is:read") == [bridge.id])
        #expect(try matching("is:unread") == [budget.id])
        #expect(try matching("is:starred") == [bridge.id])
        #expect(try matching("is:archived") == [budget.id])
        #expect(try matching("-is:archived") == [bridge.id])
        #expect(try matching("has:note") == [bridge.id])
        #expect(try matching("has:highlight") == [bridge.id])
        #expect(try matching("tag:ROADS") == [bridge.id, budget.id])
        #expect(try matching("tag:roads -tag:money") == [bridge.id])
    }

    @Test func textTermsMatchWholeWordsAndPhrasesIgnoringCaseAndAccents() throws {
        #expect(try matching("council") == [bridge.id, budget.id])
        #expect(try matching("CRACKS") == [bridge.id])
        #expect(try matching("crack") == [])
        #expect(try matching("cafe") == [budget.id])
        #expect(try matching(#""budget vote""#) == [budget.id])
        #expect(try matching(#""vote budget""#) == [])
        #expect(try matching("council -bridge") == [budget.id])
    }

    @Test func sourceDateAndEntityTerms() throws {
        #expect(try matching("source:reuters") == [bridge.id])
        #expect(try matching("source:example") == [budget.id])
        #expect(try matching("after:2022-01-01") == [bridge.id])
        #expect(try matching("before:2022-01-01") == [budget.id])
        #expect(try matching("after:2022-03-04") == [])
        #expect(try matching(#"entity:"City Council""#) == [budget.id])
        #expect(try matching("entity:council") == [budget.id])
        #expect(try matching("-entity:council") == [bridge.id])
        #expect(try matching("entity:nobody") == [])
    }
}
