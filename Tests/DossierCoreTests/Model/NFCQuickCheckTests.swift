import Foundation
import Testing
@testable import DossierCore

/// The scalars an article id hashes without asking Foundation for NFC are ones NFC leaves as they are: not
/// reordered (combining class 0) and not decomposed or replaced.
struct NFCQuickCheckTests {
    @Test func everyStableScalarIsItsOwnNFCAndNotReordered() {
        var checked = 0
        for value in UInt32(0x80)...0x1FAFF where ArticleID.stable(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if text.precomposedStringWithCanonicalMapping != text || scalar.properties.canonicalCombiningClass != .notReordered {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) changes under NFC")
            }
            checked += 1
        }
        #expect(checked > 40_000)
    }
}
