import DossierCore

/// Bytes that are not the UTF-8 text they claim to be: NULs, every class of invalid UTF-8, UTF-16, Windows-1252
/// and every way of ending lines.
extension HostileCorpus {
    static var nulBytes: [HostileCase] {
        let family = "NUL bytes"
        let body = Array("Headline\n\nBody with text.\n".utf8)
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        return [
            file(family, "NUL first", [0] + body, .problem(.binary(nulAt: 0))),
            file(family, "NUL in the body", Array(body[..<14]) + [0] + Array(body[14...]), .problem(.binary(nulAt: 14))),
            file(family, "NUL last", body + [0], .problem(.binary(nulAt: body.count))),
            file(family, "4 KB of NULs", [UInt8](repeating: 0, count: 4096), .problem(.binary(nulAt: 0))),
            file(family, "NUL after a UTF-8 BOM", bom + Array(body[..<10]) + [0], .problem(.binary(nulAt: 13))),
            file(family, "a PNG header named .txt", png + body, .problem(.binary(nulAt: 8))),
            file(family, "NUL-padded ASCII reads as UTF-16", utf16("Headline\n\nBody with text.\n", littleEndian: true),
                 .article(shows: ["Body with text."], check: ArticleChecks.encoding(.utf16LE))),
        ]
    }

    /// Every byte that cannot stand alone in UTF-8 (continuations, leads missing their tail, bytes never valid),
    /// then the structured classes: overlong forms, surrogates, values past U+10FFFF, old 5- and 6-byte forms,
    /// truncation, stray continuations.
    static var invalidUTF8: [HostileCase] {
        let family = "invalid UTF-8"
        var cases = (0x80...0xFF).map { value -> HostileCase in
            let byte = UInt8(value)
            let (bytes, offset) = article(bytes: [byte])
            return file(family, "lone byte 0x\(String(value, radix: 16, uppercase: true))", bytes,
                        .article(shows: [shownAfterFallback(byte)], check: ArticleChecks.fallback(at: offset)))
        }
        let classes: [(String, [UInt8], Int)] = [
            ("overlong 2-byte “/”", [0xC0, 0xAF], 0),
            ("overlong 3-byte “/”", [0xE0, 0x80, 0xAF], 0),
            ("overlong 4-byte “/”", [0xF0, 0x80, 0x80, 0xAF], 0),
            ("encoded UTF-16 surrogate", [0xED, 0xA0, 0x80], 0),
            ("CESU-8 surrogate pair", [0xED, 0xA0, 0xBD, 0xED, 0xB2, 0xA9], 0),
            ("code point above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 0),
            ("5-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80], 0),
            ("6-byte form", [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80], 0),
            ("3-byte lead before ASCII", [0xE2, 0x82, 0x41], 0),
            ("4-byte lead missing its last byte", [0xF0, 0x9F, 0x98], 0),
            ("stray continuation after é", [0xC3, 0xA9, 0xA9], 2),
            ("FE FF inside text", [0xFE, 0xFF], 0),
            ("run of continuation bytes", [0x80, 0x80, 0x80, 0x80], 0),
            ("valid € then a truncated €", [0xE2, 0x82, 0xAC, 0xE2, 0x82], 3),
        ]
        cases += classes.map { name, payload, inner in
            let (bytes, offset) = article(bytes: payload)
            return file(family, name, bytes, .article(shows: ["Body with"], check: ArticleChecks.fallback(at: offset + inner)))
        }
        let valid = Array("Headline\n\n".utf8) + Array(String(repeating: "Café société. ", count: 400).utf8)
        cases.append(file(family, "truncated sequence at the end of the file", valid + [0xE2, 0x82],
                          .article(check: ArticleChecks.fallback(at: valid.count))))
        cases.append(file(family, "first bad byte past 5,000 valid bytes", valid + Array(" ok ".utf8) + [0xFF] + Array(" end.\n".utf8),
                          .article(check: ArticleChecks.fallback(at: valid.count + 4))))
        return cases
    }

    /// How `Body with X inside` shows once the byte X is read as Windows-1252.
    private static func shownAfterFallback(_ byte: UInt8) -> String {
        switch byte {
        case 0x81, 0x8D, 0x8F: "Body with \u{FFFD} inside"  // C1 controls, shown as placeholders
        case 0x90, 0x9D: "Body with \u{241B}"  // DCS and OSC introducers: the rest of the line is their string
        case 0xAD: "Body with  inside"  // a soft hyphen is invisible
        default: "Body with \(windows1252Character(byte)) inside"
        }
    }

    /// The WHATWG Windows-1252 character of a byte at or above 0x80.
    static func windows1252Character(_ byte: UInt8) -> Character {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Character(Unicode.Scalar(byte < 0xA0 ? high[Int(byte) - 0x80] : UInt32(byte))!)
    }

    static var utf16: [HostileCase] {
        let family = "UTF-16"
        let text = "Headline in UTF-16\n\nBody with é and 🙂 inside.\n"
        let le = utf16(text, littleEndian: true), be = utf16(text, littleEndian: false)
        let shows = ["Body with é and 🙂 inside."]
        let split = utf16("Headline\n\nBody with ", littleEndian: true)
        let tail = utf16(" inside.\n", littleEndian: true)
        let hostile = utf16("Headline\n\nBody with \u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J inside.\n", littleEndian: true)
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { scalar -> [UInt8] in
            (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
        return [
            file(family, "little-endian with BOM", [0xFF, 0xFE] + le, .article(shows: shows, check: ArticleChecks.encoding(.utf16LE))),
            file(family, "big-endian with BOM", [0xFE, 0xFF] + be, .article(shows: shows, check: ArticleChecks.encoding(.utf16BE))),
            file(family, "little-endian without BOM", le, .article(shows: shows, check: ArticleChecks.encoding(.utf16LE))),
            file(family, "big-endian without BOM", be, .article(shows: shows, check: ArticleChecks.encoding(.utf16BE))),
            file(family, "unpaired high surrogate", [0xFF, 0xFE] + split + [0x00, 0xD8] + tail,
                 .article(shows: ["Body with \u{FFFD} inside."], check: ArticleChecks.encoding(.utf16LE))),
            file(family, "unpaired low surrogate, big-endian", [0xFE, 0xFF] + utf16("Headline\n\nBody with ", littleEndian: false)
                 + [0xDC, 0x00] + utf16(" inside.\n", littleEndian: false),
                 .article(shows: ["Body with \u{FFFD} inside."], check: ArticleChecks.encoding(.utf16BE))),
            file(family, "odd length with BOM", [0xFF, 0xFE] + le + [0x41], .article(shows: shows, check: ArticleChecks.encoding(.utf16LE))),
            file(family, "odd length without BOM", le + [0x41], .problem(.binary(nulAt: 1))),
            file(family, "escape sequences in UTF-16", [0xFF, 0xFE] + hostile,
                 .article(shows: ["Body with \u{241B}\u{241B} inside."], check: ArticleChecks.encoding(.utf16LE))),
            file(family, "U+0000 characters", [0xFF, 0xFE] + split + [0, 0, 0, 0] + tail,
                 .article(shows: ["Body with \u{2400}\u{2400} inside."], check: ArticleChecks.encoding(.utf16LE))),
            file(family, "UTF-32 read as UTF-16", utf32, .article(shows: ["\u{2400}"], check: ArticleChecks.encoding(.utf16LE))),
            file(family, "BOM and nothing else", [0xFF, 0xFE], .problem(.empty)),
        ]
    }

    static var windows1252: [HostileCase] {
        let family = "Windows-1252"
        /// Text pieces and raw bytes joined; the expectation is the fallback at the first raw bytes.
        func cp(_ name: String, _ parts: [Piece], shows: [String]) -> HostileCase {
            let offset = parts.prefix { !$0.isRaw }.reduce(0) { $0 + $1.bytes.count }
            return file(family, name, parts.flatMap(\.bytes), .article(shows: shows, check: ArticleChecks.fallback(at: offset)))
        }
        return [
            cp("smart quotes and dashes", [[0x93], "Quoted", [0x94], " headline ", [0x96], " dashes\n\nIt", [0x92], "s a body ", [0x85], " inside.\n"],
               shows: ["It’s a body … inside."]),
            cp("euro and trademark", ["Prices headline\n\nBody with 100", [0x80], " and Brand", [0x99], " inside.\n"],
               shows: ["Body with 100€ and Brand™ inside."]),
            cp("Latin-1 accents", ["Caf", [0xE9], " cr", [0xE8], "me headline\n\nBody with br", [0xFB], "l", [0xE9], "e inside.\n"],
               shows: ["Body with brûlée inside."]),
            cp("undefined bytes that map to C1 controls", ["Holes headline\n\nBody with ", [0x81, 0x8D, 0x8F], " inside.\n\nThen ", [0x9D], "0;title", [0x07], " after.\n"],
               shows: ["Body with \u{FFFD}\u{FFFD}\u{FFFD} inside.", "Then \u{241B} after."]),
            cp("UTF-8 and Windows-1252 mixed", ["Café headline\n\nBody with caf", [0xE9], " inside.\n"],
               shows: ["CafÃ©", "Body with café inside."]),
        ]
    }

    static var lineEnds: [HostileCase] {
        let family = "line ends"
        let body = ["Headline", "", "Body one.", "", "Body two."]
        return [
            text(family, "CRLF", body.joined(separator: "\r\n") + "\r\n",
                 .article(shows: ["Body two."], check: all(ArticleChecks.lineEnding(.crlf), ArticleChecks.lineCount(5)))),
            text(family, "CR only", body.joined(separator: "\r") + "\r",
                 .article(shows: ["Body two."], check: all(ArticleChecks.lineEnding(.cr), ArticleChecks.lineCount(5)))),
            text(family, "LF, CRLF and CR mixed", "Headline\n\r\nBody one.\r\rBody two.\n",
                 .article(shows: ["Body two."], check: all(ArticleChecks.lineEnding(.mixed), ArticleChecks.lineCount(5)))),
            text(family, "CR CR LF", "Headline\r\r\nBody one.\r\r\n",
                 .article(shows: ["Body one."], check: all(ArticleChecks.lineEnding(.mixed), ArticleChecks.lineCount(4)))),
            text(family, "LF CR", "Headline\n\rBody one.\n\r",
                 .article(shows: ["Body one."], check: all(ArticleChecks.lineEnding(.mixed), ArticleChecks.lineCount(4)))),
            text(family, "10,000 CRs before the text", String(repeating: "\r", count: 10_000) + "Headline\r\rBody one.\r",
                 .article(shows: ["Body one."], check: ArticleChecks.lineCount(10_003))),
            text(family, "form feed and vertical tab", "Headline\u{0C}page\n\nBody with \u{0B} inside.\n",
                 .article(shows: ["Body with", "inside."])),
            text(family, "Unicode line and paragraph separators", "Headline\u{2028}two\n\nBody with \u{2029} inside.\n",
                 .article(shows: ["Body with", "inside."])),
            text(family, "next-line character U+0085", "Headline\n\nBody with \u{85} inside.\n", .article(shows: ["Body with", "inside."])),
            text(family, "no final line end", "Headline\n\nBody one.", .article(shows: ["Body one."], check: ArticleChecks.lineCount(3))),
            text(family, "a lone CR at the very end", "Headline\n\nBody one.\r",
                 .article(shows: ["Body one."], check: all(ArticleChecks.lineEnding(.mixed), ArticleChecks.lineCount(3)))),
        ]
    }

    /// Every check in turn; the first failure.
    static func all(_ checks: (@Sendable (Article) -> String?)...) -> @Sendable (Article) -> String? {
        { article in checks.lazy.compactMap { $0(article) }.first }
    }
}

/// A piece of a Windows-1252 test file: ASCII text, or raw bytes.
private enum Piece: ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    case text(String)
    case raw([UInt8])

    init(stringLiteral value: String) { self = .text(value) }
    init(arrayLiteral elements: UInt8...) { self = .raw(elements) }

    var bytes: [UInt8] {
        switch self {
        case .text(let text): Array(text.utf8)
        case .raw(let bytes): bytes
        }
    }

    var isRaw: Bool { if case .raw = self { true } else { false } }
}
