/// Plain measurements of a line of scraped text, shared by the header, furniture and paragraph rules.
enum LineShape {
    /// Bullet characters that scrapers leave in front of list items.
    static let bullets: Set<Character> = ["•", "·", "▪", "►", "▸", "‣", "◦", "*", "-", "–", "—", "●", "■"]

    /// The line without surrounding white space (including no-break spaces) and without a leading bullet marker.
    static func clean(_ line: String) -> String {
        var text = Substring(line).trimmingWhitespace()
        if let first = text.first, bullets.contains(first) {
            let rest = text.dropFirst()
            // A bullet is a marker only when a space follows it: `-5%` and `—` alone are text.
            if rest.first?.isWhitespace == true { text = rest.trimmingWhitespace() }
        }
        return String(text)
    }

    /// How the raw line marks a list item: a bullet (`- `, `• `, `* `, …) or a number (`1. `, `2) `), or nil for
    /// a line that is no list item.
    static func listMarker(_ line: String) -> ListMarker? {
        let text = Substring(line).trimmingWhitespace()
        guard let first = text.first else { return nil }
        if bullets.contains(first) { return text.dropFirst().first?.isWhitespace == true ? .bullet : nil }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
              text.dropFirst(digits.count + 1).first?.isWhitespace == true else { return nil }
        return .number
    }

    /// What a list item starts with.
    enum ListMarker { case bullet, number }

    /// Whether the line has nothing but white space.
    static func isBlank(_ line: String) -> Bool { line.allSatisfy(\.isWhitespace) }

    /// The number of white-space separated words.
    static func wordCount(_ text: String) -> Int { wordCount(text, upTo: .max) }

    /// The number of white-space separated words, but no more than `limit` + 1: enough to compare with `limit`,
    /// without reading the rest of a long line.
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        // Counted in one pass over the bytes without making substrings: a line may be megabytes long.
        UTF8Bytes.with(text) { s in
            var count = 0
            var inWord = false
            var i = 0
            while i < s.count {
                let byte = s[i]
                // ASCII answers from the byte; any other scalar is read whole.
                let isWhitespace = byte < 0x80 ? byte.isASCIIWhitespace : s.scalar(at: i).properties.isWhitespace
                if isWhitespace {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { break }
                }
                i = byte < 0x80 ? i + 1 : s.after(i)
            }
            return count
        }
    }

    /// Whether the text ends a sentence: `.`, `!`, `?`, `…`, or a closing quote or bracket after one of them.
    static func endsSentence(_ text: String) -> Bool {
        var tail = Substring(text)
        while let last = tail.last, closers.contains(last) { tail = tail.dropLast() }
        guard let last = tail.last else { return false }
        if terminals.contains(last) { return true }
        // A quotation closing a paragraph (`…he said "no"`) ends it too.
        return tail.count < text.count && (text.last == "\"" || text.last == "”")
    }

    /// Whether the first letter of the text is lower-case.
    static func startsLowercase(_ text: String) -> Bool {
        text.first(where: \.isLetter)?.isLowercase ?? false
    }

    /// Whether the text has any letter or digit.
    static func hasWords(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }

    private static let terminals: Set<Character> = [".", "!", "?", "…"]
    private static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»"]
}

extension Substring {
    /// The substring without leading and trailing white space.
    func trimmingWhitespace() -> Substring {
        // Most lines start and end with printable ASCII: nothing to trim, and no character to decode.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
