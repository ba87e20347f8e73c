import DossierCore
import Foundation
import Testing
@testable import DossierBench

/// Where bad files go and what they hold.
@Suite struct CorpusBadFileTests {
    @Test(arguments: [(100, 3), (999, 3), (1_000, 3), (5_000, 5), (100_000, 100)])
    func aboutOneInAThousandAndEveryKind(count: Int, expected: Int) {
        let plan = CorpusGenerator(seed: 6).badFiles(inCorpusOf: count)
        #expect(plan.count == expected)
        #expect(Set(plan.values) == Set(BadFileKind.allCases))
        #expect(plan.keys.allSatisfy { (0..<count).contains($0) })
    }

    @Test func smallCorporaHaveNone() {
        #expect(CorpusGenerator(seed: 6).badFiles(inCorpusOf: 99).isEmpty)
    }

    @Test func bytesAreBadInTheirOwnWay() throws {
        let generator = CorpusGenerator(seed: 6)
        let count = 30_000
        for (index, kind) in generator.badFiles(inCorpusOf: count) {
            let bytes = generator.contents(ofFile: index, inCorpusOf: count)
            switch kind {
            case .binary:
                #expect(TextDecoding.binaryMarker(bytes) != nil)
            case .empty:
                #expect(bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A })
            case .invalidUTF8:
                #expect(String(validating: bytes, as: UTF8.self) == nil)
                // Read back as Windows-1252, the article is whole again.
                let decoded = TextDecoding.decode(bytes).lines.joined(separator: "\n") + "\n"
                #expect(decoded.hasPrefix(generator.article(at: index).text))
            }
        }
    }

    @Test func windows1252WritesQuotesDashesAndAccents() {
        #expect(CorpusBadFiles.windows1252("“Zoë” – café •€") == [0x93, 0x5A, 0x6F, 0xEB, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x95, 0x80])
        #expect(CorpusBadFiles.windows1252("Łódź") == [0x3F, 0xF3, 0x64, 0x3F])
    }
}
