/// Cuts running text into tokens and sentences the way the entity tagger expects:
/// punctuation apart, possessives (`Israel’s` → `Israel` `’s`) split off, abbreviations
/// (`U.S.`, `Mr.`) kept whole, and a capitalised name split from a lower-case hyphen suffix
/// (`Tel Aviv-based` → `Tel` `Aviv` `-` `based`).
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c.isWhitespaceASCIIFirst {
                i = scalars.index(after: i)
            } else if isWordScalar(c) {
                let end = wordEnd(scalars, from: i)
                appendWord(text, i ..< end, into: &tokens)
                i = end
            } else {
                var end = scalars.index(after: i)
                while end < scalars.endIndex, scalars[end] == c, c == "." || c == "-" { end = scalars.index(after: end) }
                tokens.append(Token(text: String(scalars[i ..< end]), range: i ..< end))
                i = end
            }
        }
        return tokens
    }

    /// The tokens of `text` grouped into sentences. A line break always ends a sentence.
    public static func sentenceTokens(_ text: String) -> [[Token]] {
        let tokens = tokenize(text)
        var sentences: [[Token]] = []
        var current: [Token] = []
        // The last token of the sentence so far that is not a closing quote or bracket (the first when all are),
        // kept as tokens come so that a run of thousands of closers is not walked back over at each one.
        var end = 0
        for (n, token) in tokens.enumerated() {
            current.append(token)
            if current.count == 1 || !isCloser(token.text) { end = current.count - 1 }
            let next = n + 1 < tokens.count ? tokens[n + 1] : nil
            if let next, endsSentence(text, current, end: end, before: next) {
                sentences.append(current)
                current = []
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The range of each sentence of `text`, from its first token to its last.
    public static func sentences(_ text: String) -> [Range<String.Index>] {
        sentenceTokens(text).map { $0.first!.range.lowerBound ..< $0.last!.range.upperBound }
    }

    // MARK: Sentence ends

    private static let closers: Set<String> = ["\"", "'", "”", "’", ")", "]", "»"]
    private static let starters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "But", "And", "This",
        "That", "There", "His", "Her", "Its", "Their", "Our", "As", "At", "For", "If", "When", "While",
    ]

    private static let terminals: Set<String> = [".", "!", "?", "...", "…"]
    private static let openers: Set<String> = ["\"", "“", "‘", "'", "("]

    /// Whether the sentence ends before `next`; `end` indexes its last token that is not a closer.
    private static func endsSentence(_ text: String, _ sentence: [Token], end: Int, before next: Token) -> Bool {
        let last = sentence[sentence.count - 1]
        // Only white space lies between tokens, and a line break is always a grapheme of its own (or `\r\n`),
        // so looking at scalars finds the same breaks as looking at characters.
        if text.unicodeScalars[last.range.upperBound ..< next.range.lowerBound].contains(where: isLineBreak) { return true }
        let end = sentence[end].text
        if isTerminal(end) {
            guard let first = next.text.unicodeScalars.first else { return false }
            return first.properties.isUppercase || first.properties.numericType != nil || openers.contains(next.text)
        }
        // An acronym ends with a period; most tokens are words that do not.
        if end.utf8.last == UInt8(ascii: "."), isAcronym(end) { return starters.contains(next.text) }
        return false
    }

    /// `.`, `!`, `?`, `…` or a run of periods.
    private static func isTerminal(_ token: String) -> Bool {
        // Every terminal starts with one of these bytes: testing it first spares words the set lookup.
        guard let first = token.utf8.first, first == UInt8(ascii: ".") || first == UInt8(ascii: "!")
            || first == UInt8(ascii: "?") || first == 0xE2 else { return false }
        return terminals.contains(token) || token.hasPrefix("..")
    }

    /// A closing quote or bracket. Each is one scalar of at most three UTF-8 bytes, equivalent to no other string.
    private static func isCloser(_ token: String) -> Bool {
        token.utf8.count <= 3 && closers.contains(token)
    }

    /// The scalars that `Character.isNewline` looks for.
    private static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        (0x0A ... 0x0D).contains(c.value) || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029
    }

    // MARK: Words

    @inline(__always)
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
        return isNonASCIIWordScalar(c)
    }

    private static func isNonASCIIWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "-" || c == "'" || c == "’" || c == "&" || c == "," || c == "/" || c == "‑"
    }

    /// End of a word run: word characters, joined by single joiners with word characters on both sides.
    /// Commas join only digits (`1,000`); a trailing period joins abbreviations and initials.
    private static func wordEnd(_ s: String.UnicodeScalarView, from start: String.Index) -> String.Index {
        var i = start
        while i < s.endIndex {
            if isWordScalar(s[i]) { i = s.index(after: i); continue }
            let joiner = s[i]
            let after = s.index(after: i)
            guard isJoiner(joiner), after < s.endIndex, isWordScalar(s[after]), i > start else { break }
            let before = s[s.index(before: i)]
            if joiner == "," || joiner == "/" {
                guard before.properties.numericType != nil, s[after].properties.numericType != nil else { break }
            }
            i = after
        }
        if i < s.endIndex, s[i] == ".", takesPeriod(String(s[start ..< i])) { i = s.index(after: i) }
        return i
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "mt", "ft", "no", "vs", "etc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "ave",
        "dept", "univ", "pres", "supt", "cmdr", "messrs",
    ]

    private static func takesPeriod(_ word: String) -> Bool {
        if abbreviations.contains(word.lowercased()) { return true }
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        return isAcronym(word + ".")
    }

    /// `U.S.`, `U.N.`, `a.m.`: single letters each followed by a period.
    static func isAcronym(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.last == "" else { return false }
        return parts.dropLast().allSatisfy { $0.unicodeScalars.count == 1 && $0.unicodeScalars.first!.properties.isAlphabetic }
    }

    private static let hyphenPrefixes: Set<String> = ["anti", "pro", "ex", "non", "post", "pre", "mid", "neo", "pan", "trans", "un"]
    private static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]

    /// Splits a word run into tokens: clitics and possessives, and hyphens between a name and a lower-case part.
    private static func appendWord(_ text: String, _ range: Range<String.Index>, into tokens: inout [Token]) {
        let s = text.unicodeScalars
        // Most words have no hyphen or apostrophe, and so stay whole.
        guard s[range].contains(where: { $0 == "-" || $0 == "‑" || $0 == "'" || $0 == "’" }) else {
            tokens.append(Token(text: String(s[range]), range: range))
            return
        }
        var pieces: [Range<String.Index>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s[i]
            if c == "-" || c == "‑", i > start {
                let left = String(s[start ..< i])
                let afterIndex = s.index(after: i)
                let rightEnd = segmentEnd(s, from: afterIndex, limit: range.upperBound)
                let right = String(s[afterIndex ..< rightEnd])
                if splitsAtHyphen(left: left, right: right) {
                    pieces.append(start ..< i)
                    pieces.append(i ..< afterIndex)
                    start = afterIndex
                }
            }
            i = s.index(after: i)
        }
        pieces.append(start ..< range.upperBound)
        for piece in pieces {
            for part in splitClitic(s, piece) {
                tokens.append(Token(text: String(s[part]), range: part))
            }
        }
    }

    private static func segmentEnd(_ s: String.UnicodeScalarView, from start: String.Index, limit: String.Index) -> String.Index {
        var i = start
        while i < limit, s[i] != "-", s[i] != "‑" { i = s.index(after: i) }
        return i
    }

    private static func splitsAtHyphen(left: String, right: String) -> Bool {
        guard let l = left.unicodeScalars.first, let r = right.unicodeScalars.first else { return false }
        if l.properties.isUppercase, right.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) { return true }
        return r.properties.isUppercase && hyphenPrefixes.contains(left.lowercased())
    }

    /// `Israel’s` → `Israel` `’s`; `don't` → `do` `n't`; `O'Brien` stays whole.
    private static func splitClitic(_ s: String.UnicodeScalarView, _ range: Range<String.Index>) -> [Range<String.Index>] {
        var i = range.upperBound
        while i > range.lowerBound {
            let prev = s.index(before: i)
            if s[prev] == "'" || s[prev] == "’" { break }
            i = prev
        }
        guard i > range.lowerBound else { return [range] }
        let apostrophe = s.index(before: i)
        guard apostrophe > range.lowerBound else { return [range] }
        let tail = String(s[i ..< range.upperBound]).lowercased()
        if tail == "t", s.index(before: apostrophe) > range.lowerBound, s[s.index(before: apostrophe)] == "n" || s[s.index(before: apostrophe)] == "N" {
            let n = s.index(before: apostrophe)
            return [range.lowerBound ..< n, n ..< range.upperBound]
        }
        guard clitics.contains(tail) else { return [range] }
        return [range.lowerBound ..< apostrophe, apostrophe ..< range.upperBound]
    }
}
