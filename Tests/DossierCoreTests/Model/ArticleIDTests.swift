import DossierCore
import Foundation
import Testing

/// An article's identity does not depend on how its text's characters are encoded.
@Suite struct ArticleIDTests {
    @Test func canonicallyEquivalentTextsShareAnID() {
        // Composed and decomposed accents, with curly quotes and a dash that need no normalising.
        let composed = ArticleID(normalising: ["Caf\u{E9} owner \u{2018}quits\u{2019} \u{2014} report"])
        #expect(ArticleID(normalising: ["Cafe\u{301} owner \u{2018}quits\u{2019} \u{2014} report"]) == composed)
        #expect(ArticleID(normalising: ["Cafe owner \u{2018}quits\u{2019} \u{2014} report"]) != composed)
        // A singleton (EN QUAD) becomes its canonical equivalent (EN SPACE); Hangul jamo compose.
        #expect(ArticleID(normalising: ["a\u{2000}b"]) == ArticleID(normalising: ["a\u{2002}b"]))
        #expect(ArticleID(normalising: ["\u{1100}\u{1161}"]) == ArticleID(normalising: ["\u{AC00}"]))
    }
}
