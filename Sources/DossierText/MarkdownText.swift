/// Text from documents and readers written into Markdown (`dossier export`) so that it shows as written and does
/// nothing else: no HTML, no link, image, emphasis or code, no heading, quotation or list made by
/// how a line starts. Control characters are made visible first (`ArticleText.safe`).
public enum MarkdownText {
    /// Characters that mean something anywhere in a line.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~", "!"]

    /// One line of text, escaped: `<`, `>` and `&` as HTML entities, Markdown punctuation with a backslash, and a
    /// line start that would begin a block (`#`, `>`, `-`, `+`, `=`, `1.`) escaped too.
    public static func escaped(_ line: String) -> String {
        var out = ""
        for character in ArticleText.safe(line) {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where inline.contains(character): out += "\\" + String(character)
            default: out.append(character)
            }
        }
        let start = out.drop { $0 == " " }
        let indent = out.count - start.count
        if let first = start.first, "#+-=".contains(first) {
            return String(out.prefix(indent)) + "\\" + start
        }
        let digits = start.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = start.dropFirst(digits.count).first, after == "." || after == ")" {
            return String(out.prefix(indent)) + digits + "\\" + start.dropFirst(digits.count)
        }
        return out
    }

    /// `text` as an inline code span that no backtick in it can close (its fence is longer than any run of
    /// backticks it holds).
    public static func code(_ text: String) -> String {
        let safe = ArticleText.safe(text)
        var longest = 0
        var run = 0
        for character in safe {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = safe.hasPrefix("`") || safe.hasSuffix("`") || safe.hasPrefix(" ") && safe.hasSuffix(" ") ? " \(safe) " : safe
        return fence + padded + fence
    }
}
