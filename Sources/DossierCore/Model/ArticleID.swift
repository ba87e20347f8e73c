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
        let trimmed = lines.map(Self.trimmingTrailingWhitespace)
        // Slicing, not removing one by one: a file of many blank lines must not cost quadratic time.
        let first = trimmed.firstIndex { !$0.isEmpty } ?? trimmed.endIndex
        let last = trimmed.lastIndex { !$0.isEmpty } ?? first
        let kept = first < trimmed.endIndex ? trimmed[first...last] : []
        // A line break composes with nothing, so the NFC of the joined text is the lines' NFC joined: only the lines
        // that may change are normalised, all in one call to Foundation (one arrow or emoji no longer sends a whole
        // page there, and a page of many such lines does not pay the bridging once a line).
        let changing = kept.indices.filter { !Self.isNFC(kept[$0]) }
        var normalised: [Int: Substring] = [:]
        if !changing.isEmpty {
            let text = changing.map { kept[$0] }.joined(separator: "\n").precomposedStringWithCanonicalMapping
            // Split by bytes: a line feed is one byte, and splitting by characters would break graphemes again.
            let pieces = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
            if pieces.count == changing.count {
                for (index, line) in zip(changing, pieces) { normalised[index] = line }
            } else {
                // A line given with line breaks of its own: each normalised alone.
                for index in changing { normalised[index] = Substring(String(kept[index]).precomposedStringWithCanonicalMapping) }
            }
        }
        // The lines go to the hash in chunks of about `chunk` bytes: a call for each line cost more than hashing it.
        var hasher = SHA256()
        let chunk = 65_536
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk + 1)
        for index in kept.indices {
            if index > kept.startIndex { buffer.append(0x0A) }
            var line = normalised[index] ?? kept[index]
            line.withUTF8 { bytes in
                if buffer.count + bytes.count > chunk {
                    buffer.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                    buffer.removeAll(keepingCapacity: true)
                }
                if bytes.count > chunk { hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes)) } else { buffer.append(contentsOf: bytes) }
            }
        }
        buffer.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        rawValue = hasher.finalize().prefix(8).lowercaseHex
    }

    /// Whether a line is already in NFC by a quick look at its scalars: each must be one NFC leaves alone whatever
    /// stands beside it (`stable`). Other lines go to Foundation.
    private static func isNFC(_ line: Substring) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                // Valid UTF-8 (a Swift string): the lead byte gives the length.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
                guard stable(scalar) else { return false }
                index += length
            }
            return true
        }
    }

    /// Scalars that NFC neither decomposes, reorders nor composes with what comes before them: combining class 0,
    /// no singleton or excluded decomposition, never the second of a composed pair. Latin up to U+02FF, Cyrillic and
    /// Hebrew and Arabic letters, general punctuation, letter-like signs, arrows and symbols, CJK, kana, Hangul
    /// syllables, the private use area (icon fonts), emoji; combining marks and the scripts with composing vowel
    /// signs are left to Foundation. `NFCQuickCheckTests` checks every one against Foundation.
    static func stable(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0...0x2FF, 0x400...0x482, 0x48A...0x4FF, 0x5D0...0x5EA, 0x600...0x60F, 0x61B...0x64A, 0x660...0x66F,
             0x2002...0x20CF, 0x2100...0x2125, 0x2127...0x2129, 0x212C...0x214F, 0x2190...0x2328, 0x232B...0x23FF,
             0x2500...0x27BF, 0x2B00...0x2BFF, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xF8FF, 0xFE00...0xFE0F, 0xFF00...0xFFEF, 0x1F000...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// The line without trailing white space; the bytes tell where it ends when the line ends in ASCII.
    private static func trimmingTrailingWhitespace(_ line: String) -> Substring {
        let utf8 = line.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let byte = utf8[utf8.index(before: end)]
            if byte >= 0x80 { return line[..<end].lastIndex { !$0.isWhitespace }.map { line[...$0] } ?? "" }
            // Space, tab, line feed, vertical tab, form feed, carriage return.
            guard byte == 0x20 || (0x09...0x0D).contains(byte) else { break }
            end = utf8.index(before: end)
        }
        return line[..<end]
    }

    public var description: String { rawValue }
    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
