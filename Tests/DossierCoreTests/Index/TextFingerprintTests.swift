@testable import DossierCore
import Foundation
import Testing

/// The SimHash that finds an article's new file when it moved and changed at once: versions of one text are a few
/// bits apart, different articles far more than `TextFingerprint.nearThreshold`.
struct TextFingerprintTests {
    /// Distinct news texts: the seeds, the wire story and the page-dump fixtures' bodies.
    static func texts() throws -> [String] {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repository.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOfFile: Repository.seed($0), encoding: .utf8) }
        let bodies = try FileManager.default.contentsOfDirectory(atPath: Repository.fixture("PageDump")).filter { $0.hasSuffix(".body.txt") }.sorted()
            .map { try String(contentsOfFile: Repository.fixture("PageDump/" + $0), encoding: .utf8) }
        return seeds + [try String(contentsOfFile: Repository.fixture("wire-story.txt"), encoding: .utf8)] + bodies
    }

    /// `text` with its `n`th word (counting from the middle) replaced.
    static func edited(_ text: String, word: String, at n: Int = 0) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        words[words.count / 2 + n] = word
        return words.joined(separator: " ")
    }

    @Test func versionsOfOneTextAreNearAndDifferentTextsFar() throws {
        let texts = try Self.texts()
        #expect(texts.count >= 6)
        let prints = texts.map { TextFingerprint($0)! }
        var nearest = Int.max
        for i in prints.indices { for j in prints.indices where j > i { nearest = min(nearest, prints[i].distance(to: prints[j])) } }
        var farthestEdit = 0
        for text in texts {
            for (n, word) in [(0, "zebra"), (7, "2,417"), (-11, "Reuters")] {
                farthestEdit = max(farthestEdit, TextFingerprint(Self.edited(text, word: word, at: n))!.distance(to: TextFingerprint(text)!))
            }
        }
        print("fingerprints: nearest of \(prints.count) distinct texts \(nearest) bits apart; farthest one-word edit \(farthestEdit) bits")
        #expect(farthestEdit <= TextFingerprint.nearThreshold)
        #expect(nearest >= TextFingerprint.nearThreshold + 8)
    }

    /// The fingerprint as first written (a count per bit, a shingle's bit at a time), which the faster one must equal:
    /// indexes keep fingerprints.
    static func referenceBits(_ words: [UInt64]) -> UInt64 {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value &+ 0x9e37_79b9_7f4a_7c15
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        var weights = [Int32](repeating: 0, count: 64)
        for index in 0 ..< words.count - 2 {
            var shingle = mix(words[index] &+ mix(words[index + 1] &+ mix(words[index + 2])))
            for bit in 0 ..< 64 {
                weights[bit] += Int32(truncatingIfNeeded: Int64(shingle & 1) * 2 - 1)
                shingle >>= 1
            }
        }
        return weights.enumerated().reduce(0) { $0 | ($1.element > 0 ? 1 << UInt64($1.offset) : 0) }
    }

    /// The word hashes `TextFingerprint` takes from an ASCII text.
    static func wordHashes(_ text: String) -> [UInt64] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map { word in
            word.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
    }

    @Test func fingerprintsEqualTheFirstDefinition() throws {
        for text in try Self.texts() where text.unicodeScalars.allSatisfy(\.isASCII) {
            #expect(TextFingerprint(text)?.bits == Self.referenceBits(Self.wordHashes(text)))
        }
        var random = SplitMix64(seed: 5)
        for _ in 0 ..< 50 {
            let text = (0 ..< 40 + Int(random.next() % 400)).map { _ in ["tram", "depot", "council", "votes", "2,417", "Mayor"][Int(random.next() % 6)] }.joined(separator: " ")
            #expect(TextFingerprint(text)?.bits == Self.referenceBits(Self.wordHashes(text)))
        }
    }

    @Test func shortTextsHaveNone() {
        #expect(TextFingerprint("Breaking: markets fall sharply on Monday morning") == nil)
        #expect(TextFingerprint(String(repeating: "word ", count: 40)) != nil)
    }
}
