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

    @Test func shortTextsHaveNone() {
        #expect(TextFingerprint("Breaking: markets fall sharply on Monday morning") == nil)
        #expect(TextFingerprint(String(repeating: "word ", count: 40)) != nil)
    }
}
