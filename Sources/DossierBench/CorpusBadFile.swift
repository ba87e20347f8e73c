/// The kinds of bad file a generated corpus holds, as scrapers leave them: a picture or compressed page saved
/// under a text name, an empty page, and an article saved in Windows-1252 so that it is not valid UTF-8.
public enum BadFileKind: String, Codable, Sendable, CaseIterable {
    case binary
    case empty
    case invalidUTF8 = "invalid-utf8"

    /// Whether the file still holds an article: Dossier's loader reads text that is not valid UTF-8 as
    /// Windows-1252 (with a note), while binary and empty files become load problems.
    public var holdsArticle: Bool { self == .invalidUTF8 }
}

/// Where the bad files of a corpus go and what bytes they hold.
enum CorpusBadFiles {
    /// The bad files of a corpus of `count` files: about one in a thousand, and at least one of each kind once a
    /// corpus has 100 files; none in a smaller one. Each sits at a random place in its own stretch of the corpus.
    static func plan(count: Int, seed: UInt64) -> [Int: BadFileKind] {
        guard count >= 100 else { return [:] }
        let kinds = BadFileKind.allCases
        let bad = max(kinds.count, count / 1_000)
        var random = CorpusRandom(seed: seed, stream: .max - 1)
        var plan: [Int: BadFileKind] = [:]
        let stretch = count / bad
        for slot in 0..<bad {
            plan[slot * stretch + random.below(stretch)] = kinds[slot % kinds.count]
        }
        return plan
    }

    /// The bytes of a bad file. `article` is the article the file would otherwise hold.
    static func bytes(_ kind: BadFileKind, article: GeneratedArticle, _ random: inout CorpusRandom) -> [UInt8] {
        switch kind {
        case .binary:
            // A JPEG or a gzip stream under a .txt name; both headers hold NUL bytes.
            var bytes: [UInt8] = random.chance(0.5)
                ? [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48]
                : [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]
            let count = random.int(in: 1_024...8_192)
            bytes.reserveCapacity(bytes.count + count)
            for _ in 0..<count { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
            return bytes
        case .empty:
            return random.chance(0.5) ? [] : Array("\n\n   \n".utf8)
        case .invalidUTF8:
            var bytes = windows1252(article.text)
            // A page with nothing but ASCII would still be valid UTF-8: end it with a copyright sign.
            if !bytes.contains(where: { $0 >= 0x80 }) { bytes += windows1252("\n\n© \(article.outlet)\n") }
            return bytes
        }
    }

    /// `text` in Windows-1252; characters it cannot write become `?`.
    static func windows1252(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 || (0xA0...0xFF).contains(value) {
                bytes.append(UInt8(value))
            } else {
                bytes.append(high[value] ?? UInt8(ascii: "?"))
            }
        }
        return bytes
    }

    /// The characters Windows-1252 writes at 0x80–0x9F.
    private static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x201E: 0x84, 0x2026: 0x85, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
    ]
}
