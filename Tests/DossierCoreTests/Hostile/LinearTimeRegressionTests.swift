@testable import DossierCore
import Foundation
import Testing

/// Inputs the hostile-input suite found taking quadratic time (blank-line padding, runs of closing brackets, long
/// lines, paragraphs with thousands of mentions), and the answers the faster code must still give.
@Suite struct LinearTimeRegressionTests {
    @Test func identityIgnoresBlankPaddingAndTrailingSpace() {
        let plain = ArticleID(normalising: ["Headline", "", "Body text."])
        #expect(ArticleID(normalising: Array(repeating: "", count: 49_000) + ["Headline", "", "Body text.  \t"] + ["  ", ""]) == plain)
        #expect(ArticleID(normalising: ["Headline ", " ", "Body text."]) == plain)
        #expect(ArticleID(normalising: [" Headline", "", "Body text."]) != plain, "leading space is kept")
        #expect(ArticleID(normalising: []) == ArticleID(normalising: ["", "  "]))
    }

    @Test func sentencesEndAfterClosersHoweverMany() {
        func count(_ text: String) -> Int { Tokenizer.sentenceTokens(text).count }
        #expect(count("She said \"Stop.\" He left.") == 2)
        #expect(count("She said \"No.\" He left.") == 1, "“No.” is read as the abbreviation of number")
        #expect(count("It was (“Yes.”) Then it was not.") == 2)
        #expect(count("x" + String(repeating: ")", count: 5_000) + ". The end.") == 2)
        #expect(count(String(repeating: ")", count: 3) + " The end.") == 1, "closers alone do not end a sentence")
        #expect(count("U.S. officials met. They agreed.") == 2)
    }

    @Test func wordCountsWithoutSplitting() {
        #expect(LineShape.wordCount("") == 0)
        #expect(LineShape.wordCount("  one\ttwo \u{A0}three\n") == 3)
        #expect(LineShape.wordCount(String(repeating: "word ", count: 100_000)) == 100_000)
    }

    @Test func wordCountsStopAtTheLimit() {
        #expect(LineShape.wordCount(String(repeating: "word ", count: 100_000), upTo: 20) == 21)
        #expect(LineShape.wordCount(" \u{2003}\n", upTo: 0) == 0)
        #expect(LineShape.wordCount("\u{2003}é", upTo: 0) == 1)
    }

    /// Trimming answers ASCII ends from their bytes, and any other end as a character's white space.
    @Test func trimmingAsCharactersDo() {
        func reference(_ text: Substring) -> Substring {
            var text = text
            while text.first?.isWhitespace == true { text = text.dropFirst() }
            while text.last?.isWhitespace == true { text = text.dropLast() }
            return text
        }
        for text in ["abc", " a b ", "\u{A0}x\u{2003}", "e\u{301}", "\tb\r\n", "x\u{301} ", "\u{2028}y", "", "   ", "\u{1F600}!", "!\u{1F600}"] {
            #expect(text[...].trimmingWhitespace() == reference(text[...]), "\(text.debugDescription)")
        }
    }

    @Test func furnitureWordsStartWords() {
        #expect(PageWords.furnitureReason("share this article") == "sharing")
        #expect(PageWords.furnitureReason("subscribe and share") == "subscription", "the earlier group wins")
        #expect(PageWords.furnitureReason("read more: the budget") == "related")
        #expect(PageWords.furnitureReason("the unsubscribed readers") == nil, "a prefix inside a word does not count")
        #expect(PageWords.furnitureReason("send by e-mail") == "sharing")
        #expect(PageWords.furnitureReason("© 2024 the paper") == "legal")
        #expect(PageWords.furnitureReason("x©2024") == nil)
        #expect(PageWords.furnitureReason("la publicité ici") == "advertisement")
        #expect(PageWords.furnitureReason("la publicite\u{301} ici") == "advertisement", "canonically equivalent text matches")
        #expect(PageWords.furnitureReason(String(repeating: "prose without any of them ", count: 20_000) + "menu") == "navigation")
    }

    @Test func mentionOffsetsStayOnTheirWordsInLongParagraphs() throws {
        let sentence = "Mayor Anna Lindqvist met Omar Haddad in Rotterdam on Monday. "
        let paragraph = String(repeating: sentence, count: 300)
        let article = ArticleParser().parse(lines: ["Council meeting report", "", paragraph])
        let found = MentionExtractor(tagger: try EntityTagger.shipped()).mentions(in: article).found
        #expect(found.count >= 300, "the tagger finds names in every sentence")
        let characters = Array(try #require(article.blocks.first).text)
        for item in found where item.mention.part == .block(0) {
            #expect(String(characters[item.mention.range]) == item.mention.surface)
        }
    }
}
