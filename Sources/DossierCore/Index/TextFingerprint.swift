/// A 64-bit SimHash of a text's word three-shingles: texts that differ by a few words (a corrected typo, a changed
/// figure, a re-fetched page with a new line) have fingerprints a few bits apart, unrelated texts about half of them.
/// The index uses it to find the new place and text of an article that moved and changed at once.
struct TextFingerprint: Hashable, Sendable {
    var bits: UInt64

    /// Fingerprints at most this many bits apart are versions of one text: a changed word moves a short article's
    /// fingerprint more than a long one's, and distinct articles are about half of the 64 bits apart
    /// (`TextFingerprintTests` measures both on the project's own texts).
    static let nearThreshold = 12
    /// Texts of fewer shingles than this are too short to tell versions of one text from two texts.
    static let minimumShingles = 24

    /// The fingerprint of `text`; nil when it has fewer than `minimumShingles` shingles.
    init?(_ text: String) {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func feed(_ byte: UInt32) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            inWord = true
        }
        // Words are runs of letters and digits, in lower case; ASCII without a lookup of its properties.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                feed(value)
            } else if (0x41...0x5A).contains(value) {
                feed(value + 0x20)
            } else if value >= 0x80 && scalar.properties.isAlphabetic {
                for byte in scalar.properties.lowercaseMapping.utf8 { feed(UInt32(byte)) }
            } else if inWord {
                words.append(hash)
                (hash, inWord) = (0xcbf2_9ce4_8422_2325, false)
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= Self.minimumShingles + 2 else { return nil }
        // Each bit is set where more shingles have it set than not. The set bits are counted a byte at a time: eight
        // counters side by side gain that byte's bits, looked up, in one addition.
        var ones = [SIMD8<Int32>](repeating: .zero, count: 8)
        let shingles = words.count - 2
        for index in 0 ..< shingles {
            let shingle = Self.mix(words[index] &+ Self.mix(words[index + 1] &+ Self.mix(words[index + 2])))
            for byte in 0 ..< 8 { ones[byte] &+= Self.byteBits[Int(truncatingIfNeeded: shingle >> (8 * UInt64(byte))) & 0xFF] }
        }
        var bits: UInt64 = 0
        for bit in 0 ..< 64 where ones[bit / 8][bit % 8] * 2 > shingles { bits |= 1 << UInt64(bit) }
        self.bits = bits
    }

    /// For each byte value, its bits as eight counts of 0 or 1, lowest bit first.
    private static let byteBits: [SIMD8<Int32>] = (0 ..< 256).map { value in
        SIMD8<Int32>((0 ..< 8).map { Int32((value >> $0) & 1) })
    }

    init(bits: UInt64) { self.bits = bits }

    /// The fingerprint of an article's title and reading text.
    init?(of article: Article) {
        self.init(([article.title ?? ""] + article.readingTexts.filter { $0.part != .title }.map(\.text)).joined(separator: "\n"))
    }

    /// How many bits the two fingerprints differ in.
    func distance(to other: TextFingerprint) -> Int { (bits ^ other.bits).nonzeroBitCount }

    /// SplitMix64's finaliser: spreads a word hash over all 64 bits.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
