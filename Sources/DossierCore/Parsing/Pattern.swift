import Foundation

/// A compiled regular expression, matched case-insensitively against whole lines.
struct Pattern: Sendable {
    private let regex: NSRegularExpression
    /// Words (UTF-8, no upper-case ASCII letter), one of which every match contains; empty when there are none to name.
    private let required: [[UInt8]]
    /// More words, one of which every match contains too (besides one of `required`); empty when there are none.
    private let alsoRequired: [[UInt8]]
    /// Whether the text must start with one of the required words (the pattern is anchored with `^`).
    private let requiredAtStart: Bool

    /// A pattern from `source`. When every match must contain one of `required` (words with no upper-case ASCII
    /// letter, matched ignoring ASCII case: `comment`, `(c`, `©`, `0`), or when `atStart` start with one, the
    /// text is first searched for them, which is much cheaper than running the expression; so it is for
    /// `alsoRequired`, a second list of words of which every match holds one as well (anywhere).
    init(_ source: String, caseSensitive: Bool = false, required: [String] = [], alsoRequired: [String] = [], atStart: Bool = false) {
        // The patterns are literals in this module; a bad one is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: source, options: caseSensitive ? [] : [.caseInsensitive])
        precondition(!caseSensitive || required.isEmpty, "required words are matched ignoring case")
        precondition(!required.isEmpty || alsoRequired.isEmpty, "the second list of words comes with a first")
        precondition((required + alsoRequired).allSatisfy { !$0.isEmpty && !$0.utf8.contains { (0x41 ... 0x5A).contains($0) } })
        self.required = required.map { Array($0.utf8) }
        self.alsoRequired = alsoRequired.map { Array($0.utf8) }
        requiredAtStart = atStart
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        if !required.isEmpty, !mayMatch(text) { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The capture groups of the first match (nil for groups that did not take part), or nil when there is none.
    func captures(_ text: String) -> [String?]? {
        guard required.isEmpty || mayMatch(text), let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The range of the first match.
    func firstRange(in text: String) -> Range<String.Index>? {
        guard required.isEmpty || mayMatch(text) else { return nil }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }

    /// False when `text` cannot match: it holds (or starts with) none of the required words, or none of the words also
    /// required, ignoring ASCII case, and no non-ASCII letter (`K`, `ﬁ`, `ß`), which case-insensitive matching might
    /// fold to the words' letters, or digit (`٣`), which `\d` matches.
    private func mayMatch(_ text: String) -> Bool {
        var text = text
        // Nil when the words are absent but the text is not all ASCII.
        let verdict: Bool? = text.withUTF8 { bytes in
            if required.contains(where: { requiredAtStart ? Self.starts(bytes, at: 0, with: $0) : Self.contains(bytes, $0) }),
               alsoRequired.isEmpty || alsoRequired.contains(where: { Self.contains(bytes, $0) }) { return true }
            return Self.isASCII(bytes) ? false : nil
        }
        return verdict ?? text.unicodeScalars.contains { !$0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
    }

    /// Whether `bytes` contains `word` (no upper-case ASCII letter), ignoring ASCII case.
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard bytes.count >= word.count else { return false }
        // The rest of the word is compared only where its first byte is.
        let first = word[0], upper = (0x61 ... 0x7A).contains(first) ? first - 0x20 : first
        for start in 0 ... bytes.count - word.count where bytes[start] == first || bytes[start] == upper {
            if starts(bytes, at: start, with: word) { return true }
        }
        return false
    }

    /// Whether every byte is ASCII, read eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var start = 0
        while start + 8 <= raw.count {
            if raw.loadUnaligned(fromByteOffset: start, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            start += 8
        }
        return !bytes[start...].contains { $0 >= 0x80 }
    }

    /// Whether `word` (no upper-case ASCII letter) is in `bytes` at `start`, ignoring ASCII case.
    @inline(__always)
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, with word: [UInt8]) -> Bool {
        guard bytes.count - start >= word.count else { return false }
        var k = 0
        while k < word.count {
            let byte = bytes[start + k]
            guard (0x41 ... 0x5A).contains(byte) ? byte | 0x20 == word[k] : byte == word[k] else { break }
            k += 1
        }
        return k == word.count
    }
}
