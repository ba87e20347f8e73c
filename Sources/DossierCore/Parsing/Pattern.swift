import Foundation

/// A compiled regular expression, matched case-insensitively against whole lines.
struct Pattern: @unchecked Sendable {  // NSRegularExpression is immutable once made.
    private let regex: NSRegularExpression

    init(_ source: String, caseSensitive: Bool = false) {
        // The patterns are literals in this module; a bad one is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: source, options: caseSensitive ? [] : [.caseInsensitive])
    }

    /// Whether the pattern matches somewhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The capture groups of the first match (nil for groups that did not take part), or nil when there is none.
    func captures(_ text: String) -> [String?]? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    /// The range of the first match.
    func firstRange(in text: String) -> Range<String.Index>? {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)).flatMap { Range($0.range, in: text) }
    }
}
