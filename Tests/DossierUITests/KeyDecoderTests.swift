import DossierUI
import Testing

@Suite struct KeyDecoderTests {
    /// Arbitrary codes: the decoder must use whatever table the backend gives it.
    static let decoder = KeyDecoder(
        keyCodes: .init(
            up: 1001, down: 1002, left: 1003, right: 1004, pageUp: 1005, pageDown: 1006,
            home: 1007, end: 1008, enter: 1009, backspace: 1010, delete: 1011, insert: 1012,
            backTab: 1013, f0: 2000),
        mouseMasks: .init(click: 0b0001, wheelUp: 0b0100, wheelDown: 0b1000))

    @Test(arguments: [
        (UInt32(0x0D), Key.enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace),
        (0x08, .backspace), (0x04, .control("d")), (0x01, .control("a")), (0x1A, .control("z")),
        (0x71, .character("q")), (0xE9, .character("é")), (0x6F22, .character("漢")), (0x1F600, .character("😀")),
    ])
    func decodesCharacters(value: UInt32, key: Key) {
        #expect(Self.decoder.decode(.character(value)) == .key(key))
    }

    @Test(arguments: [UInt32(0x00), 0x1C, 0x9B, 0x85, 0x202E, 0x200B, 0x2028, 0xD800, 0x110000, 0xFFFF_FFFF])
    func ignoresControlsAndInvalidCharacters(value: UInt32) {
        #expect(Self.decoder.decode(.character(value)) == nil)
    }

    @Test(arguments: [
        (Int32(1001), Key.up), (1002, .down), (1003, .left), (1004, .right), (1005, .pageUp), (1006, .pageDown),
        (1007, .home), (1008, .end), (1009, .enter), (1010, .backspace), (1011, .delete), (1012, .insert),
        (1013, .backTab), (2001, .function(1)), (2012, .function(12)),
    ])
    func decodesKeyCodes(code: Int32, key: Key) {
        #expect(Self.decoder.decode(.keyCode(code)) == .key(key))
    }

    @Test func ignoresUnknownKeyCodes() {
        #expect(Self.decoder.decode(.keyCode(2000)) == nil)
        #expect(Self.decoder.decode(.keyCode(999)) == nil)
    }

    @Test func decodesMouseAndResize() {
        #expect(Self.decoder.decode(.mouse(x: 3, y: 4, buttons: 0b0001)) == .mouse(.click(Point(x: 3, y: 4))))
        #expect(Self.decoder.decode(.mouse(x: 0, y: 1, buttons: 0b0100)) == .mouse(.wheelUp(Point(x: 0, y: 1))))
        #expect(Self.decoder.decode(.mouse(x: 0, y: 1, buttons: 0b1000)) == .mouse(.wheelDown(Point(x: 0, y: 1))))
        #expect(Self.decoder.decode(.mouse(x: 0, y: 1, buttons: 0b0010)) == nil)
        #expect(Self.decoder.decode(.resize(Size(width: 80, height: 24))) == .resize(Size(width: 80, height: 24)))
    }

    @Test func fuzzedInputNeverYieldsAControlCharacter() {
        var random = SplitMix(seed: 42)
        var inputs: [UInt32] = Array(0..<0x3_0000)
        for _ in 0..<100_000 { inputs.append(UInt32(truncatingIfNeeded: random.next())) }
        var decoded = 0
        for value in inputs {
            guard case .key(let key)? = Self.decoder.decode(.character(value)) else { continue }
            decoded += 1
            if case .character(let character) = key {
                let scalar = character.unicodeScalars.first!
                #expect(character.unicodeScalars.count == 1 && scalar.value == value)
                #expect(!SanitizationTests.isUnsafe(scalar) && scalar.properties.generalCategory != .format)
            }
        }
        #expect(decoded > 100_000)
        for _ in 0..<100_000 {
            let code = Int32(truncatingIfNeeded: random.next())
            if let event = Self.decoder.decode(.keyCode(code)), case .key(.function(let n)) = event {
                #expect((1...63).contains(n))
            }
        }
    }
}
