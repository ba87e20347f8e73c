@testable import DossierCore
import Testing

/// Names the tagger found in an article, found again where it missed them in the same article.
@Suite struct NamedAgainTests {
    let article = ArticleID(rawValue: "a")

    func found(_ part: TextPart, _ text: String, _ surface: String, _ kind: EntityKind) -> FoundMention {
        let start = text.distance(from: text.startIndex, to: text.range(of: surface)!.lowerBound)
        return FoundMention(mention: Mention(article: article, part: part, range: start..<start + surface.count, surface: surface), kind: kind)
    }

    @Test func wholeNamesAndLastWordsAreFoundAgain() {
        let title = "Colts beat Okonkwos as Promises Treatment Center opens"
        let body = "The Indianapolis Colts beat the Kansas City Okonkwos. Promises Treatment Center said the center would open."
        let tagged = [found(.block(0), body, "Indianapolis Colts", .organization), found(.block(0), body, "Kansas City Okonkwos", .organization),
                      found(.block(0), body, "Promises Treatment Center", .organization)]
        let again = MentionExtractor.namedAgain(in: [(.title, title), (.block(0), body)], found: tagged, article: article)
        #expect(again.map(\.mention.surface) == ["Okonkwos", "Promises Treatment Center"], "Colts is a common word")
        #expect(again.allSatisfy { $0.mention.part == .title && $0.kind == .organization })
        let first = again[0].mention.range
        #expect(Array(title)[first].map(String.init).joined() == "Okonkwos")
    }

    @Test func commonWordsLowerCaseUsesAndPlacesLastWordsAreNot() {
        let title = "Center and York fans agree on harbour views"
        let body = "Harbour Recovery Center grew. The center said New York was near. Harbour Recovery Center staff agreed."
        let tagged = [found(.block(0), body, "Harbour Recovery Center", .organization), found(.block(0), body, "New York", .place)]
        let again = MentionExtractor.namedAgain(in: [(.title, title), (.block(0), body)], found: tagged, article: article)
        #expect(again.isEmpty, "only headlines are read again; \(again.map(\.mention.surface))")
    }
}
