import DossierCore

/// Files hostile by their size or their name: empty or blank, huge, very many lines, names that hold line breaks,
/// escape sequences or bytes that are not UTF-8.
extension HostileCorpus {
    static var emptiness: [HostileCase] {
        let family = "empty and blank"
        let blanks: [(String, [UInt8])] = [
            ("empty file", []), ("one space", [0x20]), ("spaces and tabs", Array(" \t \t  \n\t".utf8)),
            ("1,000 line feeds", [UInt8](repeating: 0x0A, count: 1000)), ("CRLFs only", Array(String(repeating: "\r\n", count: 50).utf8)),
            ("no-break spaces", Array("\u{A0}\u{A0}\n\u{A0}".utf8)), ("ideographic spaces", Array("\u{3000}\u{3000}\n".utf8)),
            ("line and paragraph separators", Array("\u{2028}\u{2029}\n".utf8)), ("UTF-8 BOM only", [0xEF, 0xBB, 0xBF]),
            ("UTF-16 BOM and spaces", [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00, 0x20, 0x00]),
        ]
        return blanks.map { name, bytes in file(family, name, bytes, .problem(.empty)) }
    }

    /// Inputs past the loader's limits (refused at once), and inputs right at them (loaded within the bounds).
    static var sizes: [HostileCase] {
        let family = "size"
        let limits = CollectionLoader()
        let headline = "Headline\n\n"
        return [
            HostileCase(family: family, name: "a 50 MB single line", make: { folder in
                try folder.write("huge.txt", [UInt8](repeating: 0x61, count: 50 << 20))
            }, expected: .problem(.tooLarge(bytes: 50 << 20, limit: limits.maximumFileSize))),
            HostileCase(family: family, name: "1,000,000 short lines", make: { folder in
                try folder.write("lines.txt", Array(String(repeating: "a\n", count: 1_000_000).utf8))
            }, expected: .problem(.tooLarge(bytes: 2_000_000, limit: limits.maximumFileSize))),
            HostileCase(family: family, name: "1,000,000 line feeds, under the size limit", make: { folder in
                try folder.write("feeds.txt", [UInt8](repeating: 0x0A, count: 1_000_000))
            }, expected: .problem(.tooManyLines(lines: 1_000_000, limit: limits.maximumLineCount))),
            HostileCase(family: family, name: "19,000 blank lines before the text", make: { folder in
                try folder.write("padded.txt", String(repeating: "\n", count: 19_000) + headline + "Body one.\n")
            }, expected: .article(shows: ["Body one."], check: ArticleChecks.lineCount(19_003))),
            HostileCase(family: family, name: "a line of words filling the size limit", make: { folder in
                let words = String(repeating: "word ", count: (limits.maximumFileSize - headline.utf8.count - 1) / 5)
                return try folder.write("words.txt", headline + words + "\n")
            }, expected: .article(shows: ["word word"])),
            HostileCase(family: family, name: "short lines up to the line limit", make: { folder in
                try folder.write("many.txt", headline + String(repeating: "Council met on Monday.\n", count: limits.maximumLineCount - 2))
            }, expected: .article(shows: ["Council met on Monday."], check: ArticleChecks.lineCount(limits.maximumLineCount))),
        ]
    }

    static var names: [HostileCase] {
        let family = "file names"
        let body = Array(article("plain").utf8)
        func named(_ name: String, _ file: String, shows: [String] = ["Body with plain inside."]) -> HostileCase {
            HostileCase(family: family, name: name, make: { folder in
                try folder.write(file, body)
                return folder.path
            }, expected: .article(shows: shows))
        }
        func rawNamed(_ name: String, _ bytes: [UInt8]) -> HostileCase {
            HostileCase(family: family, name: name, make: { folder in
                try folder.write(rawName: bytes, body)
                return folder.path
            }, expected: .problem(.unreadable("file name is not valid UTF-8")))
        }
        func folderNamed(_ name: String, _ folderName: String, shows: String) -> HostileCase {
            HostileCase(family: family, name: name, make: { folder in
                try folder.write(folderName + "/a.txt", body)
                return folder.path(folderName)
            }, expected: .article(shows: [shows]))
        }
        return [
            named("a line feed in the name", "two\nlines.txt"),
            named("a carriage return in the name", "carriage\rreturn.txt"),
            named("a tab in the name", "tab\there.txt"),
            named("an OSC title sequence in the name", "\u{1B}]0;pwned\u{07}.txt"),
            named("a right-to-left override in the name", "report\u{202E}gpj.txt"),
            named("a 255-byte name", String(repeating: "n", count: 251) + ".txt"),
            named("a name of spaces", "   .txt"),
            named("a name like an option", "-rf.txt"),
            HostileCase(family: family, name: "an empty file with OSC 52 in its name", make: { folder in
                try folder.write("\u{1B}]52;c;ZXZpbA==\u{07}.txt", [])
                return folder.path
            }, expected: .problem(.empty)),
            rawNamed("a name with byte 0xFF", Array("bad".utf8) + [0xFF] + Array(".txt".utf8)),
            rawNamed("a name with an overlong “/”", [0xC0, 0xAF] + Array(".txt".utf8)),
            rawNamed("a Latin-1 name", Array("caf".utf8) + [0xE9] + Array(".txt".utf8)),
            folderNamed("a folder named with an escape sequence", "\u{1B}]2;owned\u{07}", shows: "\u{241B}"),
            folderNamed("a folder named with a line feed", "news\nfolder", shows: "\u{2424}"),
        ]
    }
}
