import Foundation
import Testing
@testable import DossierCore

/// Digests are spelled in lower-case hexadecimal, as `String(format: "%02x")` spells each byte.
struct HexTests {
    @Test func everyByteIsSpelledAsFormatSpellsIt() {
        let bytes = (0...255).map(UInt8.init)
        #expect(bytes.lowercaseHex == bytes.map { String(format: "%02x", $0) }.joined())
        #expect([UInt8]().lowercaseHex == "")
        #expect([0x0f, 0xa5].lowercaseHex == "0fa5")
    }
}
