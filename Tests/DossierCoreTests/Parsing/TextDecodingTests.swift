import DossierCore
import Testing

/// Bytes to lines: encodings and line ends.
@Suite struct TextDecodingTests {
    @Test func utf8WithBOM() {
        let text = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Title\nBody".utf8))
        #expect(text.encoding == .utf8WithBOM)
        #expect(text.lines == ["Title", "Body"])
    }

    @Test func lineEnds() {
        #expect(TextDecoding.decode(Array("a\r\nb\r\n".utf8)).lineEnding == .crlf)
        #expect(TextDecoding.decode(Array("a\r\nb\r\n".utf8)).lines == ["a", "b"])
        #expect(TextDecoding.decode(Array("a\rb\r\rc".utf8)).lines == ["a", "b", "", "c"])
        #expect(TextDecoding.decode(Array("a\rb".utf8)).lineEnding == .cr)
        #expect(TextDecoding.decode(Array("a\nb\r\nc".utf8)).lineEnding == .mixed)
        #expect(TextDecoding.decode(Array("café\r\n\r\nü\u{2028}x\r".utf8)).lines == ["café", "", "ü\u{2028}x"])
        #expect(TextDecoding.decode(Array("a\r".utf8)).lineEnding == .cr)
        #expect(TextDecoding.decode(Array("\n".utf8)).lines == [""])
        #expect(TextDecoding.decode([]).lines == [])
        #expect(TextDecoding.decode([]).lineEnding == LineEnding.none)
    }

    @Test func windows1252Fallback() {
        // “Smart” quotes and an é as Windows-1252 bytes, which are not valid UTF-8.
        let text = TextDecoding.decode([0x93, 0x53, 0x6D, 0x61, 0x72, 0x74, 0x94, 0x20, 0x63, 0x61, 0x66, 0xE9])
        #expect(text.encoding == .windows1252)
        #expect(text.lines == ["“Smart” café"])
        #expect(text.notes.first?.contains("not valid UTF-8 at byte 0") == true)
    }

    @Test func utf16WithAndWithoutBOM() {
        let le: [UInt8] = [0xFF, 0xFE] + Array("Hi\nthere".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(TextDecoding.decode(le).lines == ["Hi", "there"])
        #expect(TextDecoding.decode(le).encoding == .utf16LE)
        let be: [UInt8] = Array("Plain text here".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(TextDecoding.decode(be).encoding == .utf16BE)
        #expect(TextDecoding.decode(be).lines == ["Plain text here"])
        #expect(TextDecoding.binaryMarker(be) == nil)
    }

    @Test func identityIgnoresLineEndsAndTrailingSpace() {
        let lf = ArticleParser().parse(TextDecoding.decode(Array("Title\n\nBody text.\n".utf8)), path: "a.txt")
        let crlf = ArticleParser().parse(TextDecoding.decode(Array("Title  \r\n\r\nBody text.\r\n\r\n".utf8)), path: "b.txt")
        let other = ArticleParser().parse(TextDecoding.decode(Array("Title\n\nBody text!\n".utf8)), path: "a.txt")
        #expect(lf.id == crlf.id)
        #expect(lf.id != other.id)
        #expect(lf.id.rawValue.count == 16)
    }
}
