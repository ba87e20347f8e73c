import Testing
@testable import DossierCore

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("He called it ‘Israel’ twice.", ["He", "called", "it", "‘", "Israel", "’", "twice", "."]),
        ("NSO Group's spyware", ["NSO", "Group", "'s", "spyware"]),
        ("Israel’s defence ministry", ["Israel", "’s", "defence", "ministry"]),
        ("the U.S. and the U.K.", ["the", "U.S.", "and", "the", "U.K."]),
        ("a Tel Aviv-based firm", ["a", "Tel", "Aviv", "-", "based", "firm"]),
        ("Jean-Pierre and Coca-Cola", ["Jean-Pierre", "and", "Coca-Cola"]),
        ("pro-Russian rebels", ["pro", "-", "Russian", "rebels"]),
        ("they don't know", ["they", "do", "n't", "know"]),
        ("O'Brien paid $1,250.50 (about €1,000).", ["O'Brien", "paid", "$", "1,250.50", "(", "about", "€", "1,000", ")", "."]),
        ("Mr. Smith met Gen. Lee", ["Mr.", "Smith", "met", "Gen.", "Lee"]),
    ])
    func tokens(_ text: String, _ expected: [String]) {
        #expect(Tokenizer.tokenize(text).map(\.text) == expected)
    }

    @Test func rangesPointIntoTheSource() {
        let text = "“Pegasus” was sold by NSO Group’s unit in Tel Aviv-based offices."
        for token in Tokenizer.tokenize(text) {
            #expect(String(text[token.range]) == token.text)
        }
    }

    @Test func sentencesSplitAfterFullStopsButNotAbbreviations() {
        let text = "Mr. Smith went to Washington. He met Dr. Jones in the U.S. The talks ended! Did they? Yes."
        let sentences = Tokenizer.sentences(text).map { String(text[$0]) }
        #expect(sentences == [
            "Mr. Smith went to Washington.", "He met Dr. Jones in the U.S.", "The talks ended!", "Did they?", "Yes.",
        ])
    }

    @Test func acronymInsideASentenceDoesNotEndIt() {
        let text = "The U.S. Senate voted on Tuesday."
        #expect(Tokenizer.sentences(text).count == 1)
    }

    @Test func lineBreaksAndClosingQuotesEndSentences() {
        let text = "Photo: AFP\nHe said: “It is over.” Then he left."
        let sentences = Tokenizer.sentences(text).map { String(text[$0]) }
        #expect(sentences == ["Photo: AFP", "He said: “It is over.”", "Then he left."])
    }

    @Test func everyKindOfLineBreakEndsASentence() {
        for separator in ["\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(Tokenizer.sentences("no stop here" + separator + "next line").count == 2)
        }
        #expect(Tokenizer.sentences("no stop here\u{A0}\u{2003} same line").count == 1)
    }

    @Test func ellipsesAndAcronymsBeforeStarters() {
        let text = "He paused... Then he went. She said “so”… It ended in the U.S. The vote came in the U.S. today."
        let sentences = Tokenizer.sentences(text).map { String(text[$0]) }
        #expect(sentences == ["He paused...", "Then he went.", "She said “so”…", "It ended in the U.S.", "The vote came in the U.S. today."])
    }
}
