import Crypto
import Foundation

/// An article's identity: the first 16 hex digits of the SHA-256 of its normalised text.
///
/// It is stable across renames and moves, and across line-ending or encoding changes that leave the text the same.
public struct ArticleID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The hexadecimal form, as shown to users and accepted as a prefix by commands.
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The identity of a text: lines are trimmed of trailing white space, leading and trailing blank lines dropped,
    /// and the result put in Unicode NFC before hashing.
    public init(normalising lines: [String]) {
        let trimmed = lines.map { line in line.lastIndex { !$0.isWhitespace }.map { line[...$0] } ?? "" }
        // Slicing, not removing one by one: a file of many blank lines must not cost quadratic time.
        let first = trimmed.firstIndex { !$0.isEmpty } ?? trimmed.endIndex
        let last = trimmed.lastIndex { !$0.isEmpty } ?? first
        let kept = first < trimmed.endIndex ? trimmed[first...last] : []
        let joined = kept.joined(separator: "\n")
        // Text without combining marks or singletons (all below U+0300, or general punctuation but the two spaces
        // that decompose, superscripts and currency signs) is already in NFC: Latin letters, curly quotes, dashes
        // and prices need no work.
        let isNFC = joined.utf8.allSatisfy { $0 < 0x80 }
            || joined.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x20CF).contains($0.value) }
        let text = isNFC ? joined : joined.precomposedStringWithCanonicalMapping
        let digest = SHA256.hash(data: Data(text.utf8))
        rawValue = digest.prefix(8).lowercaseHex
    }

    public var description: String { rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
