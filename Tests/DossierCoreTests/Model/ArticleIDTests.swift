import DossierCore
import Foundation
import Testing

/// An article's identity does not depend on how its text's characters are encoded.
@Suite struct ArticleIDTests {
    /// Ids are what marks are keyed by: the hash of a text must never change. These were computed outside Swift
    /// (Python's hashlib over the NFC lines, trailing white space and outer blank lines dropped, joined by line feeds).
    @Test func idsAreTheFirstBytesOfTheTextsSHA256() {
        #expect(ArticleID(normalising: ["", "Title line  ", "", "Body text."]).rawValue == "e2bfffc79cdfc42d")
        #expect(ArticleID(normalising: [String(repeating: "word ", count: 20_000), "tail"]).rawValue == "7c756e20f0935cb3")
        #expect(ArticleID(normalising: (0..<10_000).map { "line \($0) of many" }).rawValue == "9d53033f954f82c0")
    }

    @Test func canonicallyEquivalentTextsShareAnID() {
        // Composed and decomposed accents, with curly quotes and a dash that need no normalising.
        let composed = ArticleID(normalising: ["Caf\u{E9} owner \u{2018}quits\u{2019} \u{2014} report"])
        #expect(ArticleID(normalising: ["Cafe\u{301} owner \u{2018}quits\u{2019} \u{2014} report"]) == composed)
        #expect(ArticleID(normalising: ["Cafe owner \u{2018}quits\u{2019} \u{2014} report"]) != composed)
        // A singleton (EN QUAD) becomes its canonical equivalent (EN SPACE); Hangul jamo compose.
        #expect(ArticleID(normalising: ["a\u{2000}b"]) == ArticleID(normalising: ["a\u{2002}b"]))
        #expect(ArticleID(normalising: ["a\u{2001}b \u{2126}"]) == ArticleID(normalising: ["a\u{2003}b \u{3A9}"]))
        #expect(ArticleID(normalising: ["\u{1100}\u{1161}"]) == ArticleID(normalising: ["\u{AC00}"]))
    }

    @Test func linesAreNormalisedAloneOrTogetherAlike() {
        // Lines that need normalising among lines that do not, trailing white space (ASCII or not) trimmed, and the
        // same text given as one string with its line breaks.
        let composed = ["Caf\u{E9} \u{2192} r\u{E9}sum\u{E9}", "plain line", "\u{AC00} \u{1F600}", "na\u{EF}ve"]
        let decomposed = ["Cafe\u{301} \u{2192} re\u{301}sume\u{301}  \t", "plain line\u{3000}", "\u{1100}\u{1161} \u{1F600}", "nai\u{308}ve"]
        #expect(ArticleID(normalising: decomposed) == ArticleID(normalising: composed))
        let untrimmed = ["Cafe\u{301} \u{2192} re\u{301}sume\u{301}", "plain line", "\u{1100}\u{1161} \u{1F600}", "nai\u{308}ve"]
        #expect(ArticleID(normalising: [untrimmed.joined(separator: "\n")]) == ArticleID(normalising: composed))
        #expect(ArticleID(normalising: Array(composed.reversed())) != ArticleID(normalising: composed))
    }
}
