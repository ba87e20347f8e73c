@testable import DossierText
import DossierUI
import Testing

@Suite struct TextWrapTests {
    @Test(arguments: [
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        ("abc def", 7, ["abc def"]),
        ("supercalifragilistic", 5, ["super", "calif", "ragil", "istic"]),
        ("a supercalifragilistic b", 5, ["a", "super", "calif", "ragil", "istic", "b"]),
        ("aaa   bbb", 4, ["aaa", "bbb"]),
        ("a  b", 10, ["a  b"]),
        ("  indented text", 20, ["  indented text"]),
        ("one\n\ntwo", 10, ["one", "", "two"]),
        ("a\r\nb\rc", 5, ["a", "b", "c"]),
        ("", 5, [""]),
        ("漢字漢字漢", 4, ["漢字", "漢字", "漢"]),
        ("漢字 漢字", 5, ["漢字", "漢字"]),
        ("漢", 1, ["漢"]),
        ("cafe\u{301} cafe\u{301}", 4, ["cafe\u{301}", "cafe\u{301}"]),
        ("שלום עולם", 5, ["שלום", "עולם"]),
        ("see \u{1B}[31mred\u{1B}[0m text", 7, ["see", "\u{1B}[31mred\u{1B}[0m", "text"]),
        ("word", 0, []),
    ])
    func wrapsByDisplayWidth(text: String, width: Int, lines: [String]) {
        #expect(wrap(text, width: width) == lines)
    }

    /// Narrow text (printable ASCII, accented Latin letters, dashes and quotes) is wrapped by counting scalars; the
    /// breaks are those the glyph walk finds.
    @Test(arguments: [1, 2, 3, 5, 8, 13, 40])
    func narrowTextIsWrappedAsGlyphsWrapIt(width: Int) {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "bb", "word", "supercalifragilistic", " ", "  ", "   ", "x,", "(y)", "~", "café", "Müller", "·", "—", "“quoted”",
                      "…", "▸", "ßø", "½"]
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let paragraph = Substring(text)
            #expect(paragraph.isNarrow)
            #expect(wrapNarrow(paragraph, width: width) == wrapGlyphs(paragraph, width: width), "\(text.debugDescription) at \(width)")
            #expect(paragraph.displayWidth == Glyphs(paragraph).reduce(0) { $0 + $1.width })
        }
        #expect("plain text".displayWidth == 10 && "caf\u{E9}".displayWidth == 4 && "\u{1B}[31m".displayWidth != 5)
    }

    /// Every narrow scalar is one character one column wide, alone and between letters; anything that could join or
    /// widen is not narrow.
    @Test func narrowScalarsAreOneColumnCharacters() {
        let narrow = (0x20...0x2FFF).compactMap(Unicode.Scalar.init).filter(String.isNarrow)
        #expect(narrow.count == 95 + 94 + 24 + 3, "ASCII, Latin-1, U+2010 to U+2027 and three marks")
        for scalar in narrow {
            let text = "a" + String(Character(scalar)) + "b"
            #expect(text.count == 3, "U+\(String(scalar.value, radix: 16)) joins a neighbour")
            #expect(Glyphs(String(Character(scalar))).map(\.width) == [1], "U+\(String(scalar.value, radix: 16)) is not one column")
        }
        for text in ["e\u{301}", "a\u{AD}b", "a\u{A0}b", "\u{200D}", "\u{1B}[0m", "漢", "\u{2028}"] {
            #expect(!Substring(text).isNarrow, "\(text.debugDescription)")
        }
    }

    @Test(arguments: 1...14)
    func wrappedLinesFitAndLoseNothing(width: Int) {
        let text = "Le président a dit: «漢字テキスト» — 👩\u{200D}👩\u{200D}👧 family, naïve cafe\u{301}s, שָׁלוֹם, "
            + "internationalisation\u{1B}[2J and a\tb.\nSecond paragraph here."
        let lines = wrap(text, width: width)
        for line in lines {
            let singleWideGlyph = line.displayWidth == 2 && Array(line).count == 1
            #expect(line.displayWidth <= width || singleWideGlyph, "\(line)")
        }
        let collapsed: (String) -> String = { String($0.filter { !$0.isWhitespace }) }
        #expect(collapsed(lines.joined()) == collapsed(text))
    }

    @Test(arguments: [
        ("hello world", 8, "hello w…"),
        ("hello", 5, "hello"),
        ("hello", 9, "hello"),
        ("漢字漢字", 5, "漢字…"),
        ("漢字漢字", 4, "漢…"),
        ("hello", 1, "…"),
        ("hello", 0, ""),
        ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
    ])
    func truncatesByDisplayWidth(text: String, width: Int, result: String) {
        let truncated = truncate(text, width: width)
        #expect(truncated == result)
        #expect(truncated.displayWidth <= width)
    }

    @Test func truncationUsesTheGivenEllipsis() {
        #expect(truncate("abcdefgh", width: 6, ellipsis: "...") == "abc...")
    }
}
