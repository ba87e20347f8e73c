/// Cuts running text into tokens and sentences the way the entity tagger expects:
/// punctuation apart, possessives (`Israel’s` → `Israel` `’s`) split off, abbreviations
/// (`U.S.`, `Mr.`) kept whole, and a capitalised name split from a lower-case hyphen suffix
/// (`Tel Aviv-based` → `Tel` `Aviv` `-` `based`).
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [Token] {
        UTF8Bytes.with(text) { cut(text, $0).tokens }
    }

    /// The tokens of `text` grouped into sentences. A line break always ends a sentence.
    public static func sentenceTokens(_ text: String) -> [[Token]] {
        UTF8Bytes.with(text) { s in
            let (tokens, spans) = cut(text, s)
            var sentences: [[Token]] = []
            // The sentence so far is tokens[start ... n]; `end` indexes its last token that is not a closing quote or
            // bracket (its first when all are), kept as tokens come so that a run of thousands of closers is not
            // walked back over at each one.
            var start = 0, end = 0
            for n in tokens.indices {
                if n == start || !isCloser(tokens[n].text) { end = n }
                guard n + 1 < tokens.count else { break }
                if endsSentence(s, last: spans[n].upperBound, end: tokens[end].text, before: tokens[n + 1], at: spans[n + 1].lowerBound) {
                    sentences.append(Array(tokens[start ... n]))
                    start = n + 1
                }
            }
            if start < tokens.count { sentences.append(Array(tokens[start...])) }
            return sentences
        }
    }

    /// The tokens of `text` (whose bytes `s` holds) and the byte offsets of each.
    private static func cut(_ text: String, _ s: UTF8Bytes) -> (tokens: [Token], spans: [Range<Int>]) {
        var out = Cut(text: text, s: s)
        var i = 0
        while i < s.count {
            let c = s.scalar(at: i)
            if c.isWhitespaceASCIIFirst {
                i = s.after(i)
            } else if isWordScalar(c) {
                let end = wordEnd(s, from: i)
                appendWord(s, i ..< end, into: &out)
                i = end
            } else {
                var end = s.after(i)
                while end < s.count, s.scalar(at: end) == c, c == "." || c == "-" { end = s.after(end) }
                out.append(i ..< end)
                i = end
            }
        }
        return (out.tokens, out.spans)
    }

    /// The range of each sentence of `text`, from its first token to its last.
    public static func sentences(_ text: String) -> [Range<String.Index>] {
        sentenceTokens(text).map { $0.first!.range.lowerBound ..< $0.last!.range.upperBound }
    }

    // MARK: Sentence ends

    private static let starters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "But", "And", "This",
        "That", "There", "His", "Her", "Its", "Their", "Our", "As", "At", "For", "If", "When", "While",
    ]

    private static let terminals: Set<String> = [".", "!", "?", "...", "…"]
    private static let openers: Set<String> = ["\"", "“", "‘", "'", "("]

    /// Whether the sentence ends before `next`, which starts at byte `start`; the sentence's last token ends at byte
    /// `last`, and `end` is its last token that is not a closer.
    private static func endsSentence(_ s: UTF8Bytes, last: Int, end: String, before next: Token, at start: Int) -> Bool {
        // Only white space lies between tokens, and a line break is always a grapheme of its own (or `\r\n`),
        // so looking at scalars finds the same breaks as looking at characters.
        var i = last
        while i < start {
            if isLineBreak(s.scalar(at: i)) { return true }
            i = s.after(i)
        }
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
    /// Compared byte by byte: `"`, `'`, `)`, `]`, `»` (C2 BB), `’` (E2 80 99) or `”` (E2 80 9D).
    private static func isCloser(_ token: String) -> Bool {
        let u = token.utf8
        switch u.count {
        case 1:
            let b = u.first!
            return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
        case 2:
            return u.first == 0xC2 && u.last == 0xBB
        case 3:
            var bytes = u.makeIterator()
            guard bytes.next() == 0xE2, bytes.next() == 0x80, let last = bytes.next() else { return false }
            return last == 0x99 || last == 0x9D
        default:
            return false
        }
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

    /// `properties.numericType != nil`, answered for ASCII (where only the digits have one) without the lookup.
    @inline(__always)
    private static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return ("0"..."9").contains(c) }
        return c.properties.numericType != nil
    }

    private static func isNonASCIIWordScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    private static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "-" || c == "'" || c == "’" || c == "&" || c == "," || c == "/" || c == "‑"
    }

    /// End of a word run: word characters, joined by single joiners with word characters on both sides.
    /// Commas join only digits (`1,000`); a trailing period joins abbreviations and initials.
    private static func wordEnd(_ s: UTF8Bytes, from start: Int) -> Int {
        var i = start
        while i < s.count {
            let joiner = s.scalar(at: i)
            if isWordScalar(joiner) { i = s.after(i); continue }
            let after = s.after(i)
            guard isJoiner(joiner), after < s.count, isWordScalar(s.scalar(at: after)), i > start else { break }
            if joiner == "," || joiner == "/" {
                guard isNumeric(s.scalar(at: s.before(i))), isNumeric(s.scalar(at: after)) else { break }
            }
            i = after
        }
        if i < s.count, s[i] == UInt8(ascii: "."), takesPeriod(s, start ..< i) { i += 1 }
        return i
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep",
        "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "mt", "ft", "no", "vs", "etc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "ave",
        "dept", "univ", "pres", "supt", "cmdr", "messrs",
    ]

    /// The abbreviations' bytes packed into integers (each is ASCII and at most six bytes long).
    private static let packedAbbreviations = Set(abbreviations.map { packed($0.utf8, lowercased: false) })

    /// Up to eight ASCII bytes as one integer, the first in the lowest byte.
    private static func packed<Word: Collection<UInt8>>(_ bytes: Word, lowercased: Bool) -> UInt64 {
        var value: UInt64 = 0
        for (n, byte) in bytes.enumerated() {
            let b = lowercased && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            value |= UInt64(b) << (8 * UInt64(n))
        }
        return value
    }

    /// Whether the word run at `range` takes the period after it.
    private static func takesPeriod(_ s: UTF8Bytes, _ range: Range<Int>) -> Bool {
        let bytes = s.bytes[range]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return takesPeriod(s.string(range)) }
        // ASCII: lower-casing is a byte's, and strings are equal when their bytes are.
        if bytes.count <= 6, packedAbbreviations.contains(packed(bytes, lowercased: true)) { return true }
        if bytes.count == 1 { return (0x41...0x5A).contains(bytes.first!) }
        // An acronym with the period: letters, each followed by a period, at least two of them.
        guard bytes.count >= 3, bytes.count % 2 == 1 else { return false }
        for (n, byte) in bytes.enumerated() {
            let isLetter = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            guard n % 2 == 0 ? isLetter : byte == UInt8(ascii: ".") else { return false }
        }
        return true
    }

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
    private static func appendWord(_ s: UTF8Bytes, _ range: Range<Int>, into out: inout Cut) {
        // Most words have no hyphen or apostrophe, and so stay whole.
        guard s.hasHyphenOrApostrophe(range) else {
            out.append(range)
            return
        }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let c = s.scalar(at: i)
            if c == "-" || c == "‑", i > start {
                let left = s.string(start ..< i)
                let afterIndex = s.after(i)
                let rightEnd = segmentEnd(s, from: afterIndex, limit: range.upperBound)
                let right = s.string(afterIndex ..< rightEnd)
                if splitsAtHyphen(left: left, right: right) {
                    pieces.append(start ..< i)
                    pieces.append(i ..< afterIndex)
                    start = afterIndex
                }
            }
            i = s.after(i)
        }
        pieces.append(start ..< range.upperBound)
        for piece in pieces {
            for part in splitClitic(s, piece) { out.append(part) }
        }
    }

    private static func segmentEnd(_ s: UTF8Bytes, from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit, s.scalar(at: i) != "-", s.scalar(at: i) != "‑" { i = s.after(i) }
        return i
    }

    private static func splitsAtHyphen(left: String, right: String) -> Bool {
        guard let l = left.unicodeScalars.first, let r = right.unicodeScalars.first else { return false }
        if l.properties.isUppercase, right.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) { return true }
        return r.properties.isUppercase && hyphenPrefixes.contains(left.lowercased())
    }

    /// `Israel’s` → `Israel` `’s`; `don't` → `do` `n't`; `O'Brien` stays whole.
    private static func splitClitic(_ s: UTF8Bytes, _ range: Range<Int>) -> [Range<Int>] {
        var i = range.upperBound
        while i > range.lowerBound {
            let prev = s.before(i)
            if s.scalar(at: prev) == "'" || s.scalar(at: prev) == "’" { break }
            i = prev
        }
        guard i > range.lowerBound else { return [range] }
        let apostrophe = s.before(i)
        guard apostrophe > range.lowerBound else { return [range] }
        let tail = s.string(i ..< range.upperBound).lowercased()
        let n = s.before(apostrophe)
        if tail == "t", n > range.lowerBound, s.scalar(at: n) == "n" || s.scalar(at: n) == "N" {
            return [range.lowerBound ..< n, n ..< range.upperBound]
        }
        guard clitics.contains(tail) else { return [range] }
        return [range.lowerBound ..< apostrophe, apostrophe ..< range.upperBound]
    }
}

/// Tokens as they are cut, with their byte offsets, and the string indices found from those offsets.
private struct Cut {
    let text: String
    let s: UTF8Bytes
    var tokens: [Token] = []
    var spans: [Range<Int>] = []
    /// The last index found and its offset: tokens come in order, so each index is a short step from the last.
    private var index: String.Index
    private var offset = 0

    init(text: String, s: UTF8Bytes) {
        self.text = text
        self.s = s
        index = text.utf8.startIndex
    }

    private mutating func index(at target: Int) -> String.Index {
        index = text.utf8.index(index, offsetBy: target - offset)
        offset = target
        return index
    }

    mutating func append(_ span: Range<Int>) {
        let lower = index(at: span.lowerBound)
        let upper = index(at: span.upperBound)
        tokens.append(Token(text: s.string(span), range: lower ..< upper))
        spans.append(span)
    }
}
