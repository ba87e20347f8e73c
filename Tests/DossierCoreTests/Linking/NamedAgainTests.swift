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
        let title = "Colts beat Chiefs as Promises Treatment Center opens"
        let body = "The Indianapolis Colts beat the Kansas City Chiefs. Promises Treatment Center said the center would open."
        let tagged = [found(.block(0), body, "Indianapolis Colts", .organization), found(.block(0), body, "Kansas City Chiefs", .organization),
                      found(.block(0), body, "Promises Treatment Center", .organization)]
        let again = MentionExtractor.namedAgain(in: [(.title, title), (.block(0), body)], found: tagged, article: article)
        #expect(again.map(\.mention.surface) == ["Colts", "Chiefs", "Promises Treatment Center"])
        #expect(again.allSatisfy { $0.mention.part == .title && $0.kind == .organization })
        let first = again[0].mention.range
        #expect(Array(title)[first].map(String.init).joined() == "Colts")
    }

    @Test func commonWordsLowerCaseUsesAndPlacesLastWordsAreNot() {
        let body = "Harbour Recovery Center grew. The center said New York was near. York fans and the Center agreed; harbour views."
        let tagged = [found(.block(0), body, "Harbour Recovery Center", .organization), found(.block(0), body, "New York", .place)]
        let again = MentionExtractor.namedAgain(in: [(.block(0), body)], found: tagged, article: article)
        #expect(again.isEmpty, "\(again.map(\.mention.surface))")
    }
}
