import Testing
@testable import DossierCore

/// Required words let a pattern skip its regular expression; the answers must be the expression's own.
@Suite struct PatternTests {
    static let texts = [
        "We use cookies to improve this site", "WE USE COOKIES", "We use coo\u{212A}ies on this site", "no biscuits here",
        "Read more: the full story", "READ MORE >", "ﬁnd us", "Follow Ynetnews on Facebook", "follow", "",
        "Comments are moderated under our policy", "Café culture — read more: later", "ſee also: more", "see also: more",
    ]

    @Test(arguments: texts)
    func requiredWordsGiveTheExpressionsAnswer(_ text: String) {
        let source = #"\bcookies?\b|^(?:read more|see also|find)\b|\bcomments\b.*\bpolicy\b"#
        let plain = Pattern(source)
        #expect(Pattern(source, required: ["cookie", "read", "see", "find", "comments"]).matches(text) == plain.matches(text))
        let anchored = #"^(?:read more|see also|follow)\s*[:>]"#
        #expect(Pattern(anchored, required: ["read", "see", "follow"], atStart: true).matches(text) == Pattern(anchored).matches(text))
    }

    static let markedTexts = [
        "© 2024 Reuters", "(C) Example Press", "(c)", "Copyright 2023 AP", "copy that", "12 photos", "٣ photos", "3 / 12",
        "View gallery", "photos", "Example News |", "Source: wires", "no marks here", "|", "Ⓒ 2024",
    ]

    @Test(arguments: markedTexts)
    func marksAndDigitsGiveTheExpressionsAnswer(_ text: String) {
        let anchored = #"^(?:©|\(c\)|copyright\b)\s*(.*)$|^\d+\s+photos$|^\d+\s*/\s*\d+$|^view gallery$"#
        let required = ["©", "(c", "copyright", "view"] + (0...9).map(String.init)
        #expect(Pattern(anchored, required: required, atStart: true).matches(text) == Pattern(anchored).matches(text))
        #expect(Pattern(anchored, required: required, atStart: true).captures(text) == Pattern(anchored).captures(text))
        let ending = #"^(\w[\w ]{0,30}?)\s*\|$|^source:\s*(.+)$"#
        #expect(Pattern(ending, required: ["|", "source"]).captures(text) == Pattern(ending).captures(text))
    }

    @Test func missingWordsRuleOutAMatch() {
        let pattern = Pattern(#"newsletter|inbox"#, required: ["newsletter", "inbox"])
        #expect(pattern.matches("Sign up for our NEWSLETTER"))
        #expect(!pattern.matches("Nothing to see here"))
        #expect(!Pattern(#"^read\b"#, required: ["read"], atStart: true).matches("Please read this"))
    }
}
