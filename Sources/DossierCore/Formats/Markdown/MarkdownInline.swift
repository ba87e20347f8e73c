/// The text of a line of Markdown as a reader sees it: emphasis, code ticks, tags and escapes stripped, a link's
/// words kept with its address as an `InlineLink`, images taken out (a line of them becomes a figure).
struct MarkdownInline {
    /// The plain text.
    private(set) var text = ""
    /// The links in `text`, their offsets in Unicode scalars.
    private(set) var links: [InlineLink] = []
    /// The images, with their alt text and address, in order.
    private(set) var images: [(alt: String, url: String?)] = []
    private var scalars = 0

    /// Reads `source`, resolving link addresses against `base` (the page's address).
    init(_ source: String, base: String?) {
        let characters = Array(source)
        read(characters[...], base: base)
        while text.last?.isWhitespace == true { text.removeLast(); scalars -= 1 }
    }

    private mutating func append(_ character: Character) {
        // Runs of white space collapse, and none opens the text.
        if character.isWhitespace {
            guard let last = text.last, !last.isWhitespace else { return }
            text.append(" ")
            scalars += 1
            return
        }
        text.append(character)
        scalars += character.unicodeScalars.count
    }

    private mutating func read(_ characters: ArraySlice<Character>, base: String?) {
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            let next = index + 1 < characters.endIndex ? characters[index + 1] : nil
            switch character {
            case "\\" where next.map { $0.isPunctuation || $0.isSymbol } == true:
                append(next!)
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                let fence = String(repeating: "`", count: run)
                let rest = String(characters[(index + run)...])
                if let close = rest.range(of: fence) {
                    for inner in rest[..<close.lowerBound] { append(inner) }
                    index += run + rest.distance(from: rest.startIndex, to: close.upperBound)
                } else {
                    index += run
                }
            case "!" where next == "[":
                if let (label, target, end) = Self.bracketed(characters, at: index + 1) {
                    images.append((MarkdownInline(String(label), base: base).text, target.flatMap { LinkTarget.resolve($0, base: base) }))
                    index = end
                } else {
                    append(character)
                    index += 1
                }
            case "[" where next == "[":
                // An Obsidian wiki link, `[[Target]]` or `[[Target|shown words]]`: its words.
                let rest = characters[(index + 2)...]
                if let close = rest.firstIndex(of: "]"), close + 1 < characters.endIndex, characters[close + 1] == "]" {
                    let inside = rest[..<close]
                    let shown = inside.lastIndex(of: "|").map { inside[($0 + 1)...] } ?? inside
                    for inner in shown { append(inner) }
                    index = close + 2
                } else {
                    append(character)
                    index += 1
                }
            case "[":
                if let (label, target, end) = Self.bracketed(characters, at: index) {
                    let start = scalars
                    read(label, base: base)
                    if let target, let url = LinkTarget.resolve(target, base: base), scalars > start {
                        links.append(InlineLink(start: start, length: scalars - start, url: url))
                    }
                    index = end
                } else {
                    append(character)
                    index += 1
                }
            case "<":
                let rest = characters[(index + 1)...]
                let close = rest.prefix(2048).firstIndex(of: ">")
                let inside = close.map { String(rest[..<$0]) } ?? ""
                let lower = inside.lowercased()
                if let close, lower.hasPrefix("http://") || lower.hasPrefix("https://") {
                    // An autolink, `<https://example.com>`: the address is its own words.
                    let start = scalars
                    for inner in inside { append(inner) }
                    if let url = LinkTarget.resolve(inside, base: base) { links.append(InlineLink(start: start, length: scalars - start, url: url)) }
                    index = close + 1
                } else if let close, let first = inside.first, first.isLetter || first == "/" || first == "!" {
                    // A tag is markup: dropped (a `<br>` is a space), and a script or style with what it holds.
                    if lower.hasPrefix("br") { append(" ") }
                    index = close + 1
                    if let name = ["script", "style"].first(where: { lower == $0 || lower.hasPrefix($0 + " ") }) {
                        let rest = String(characters[index...]).lowercased()
                        let end = rest.range(of: "</\(name)").map { rest.distance(from: rest.startIndex, to: $0.lowerBound) }
                        index = end.map { index + $0 } ?? characters.endIndex
                    }
                } else {
                    append(character)
                    index += 1
                }
            case "*", "_", "~":
                let run = characters[index...].prefix { $0 == character }.count
                let before = index > characters.startIndex ? characters[index - 1] : nil
                let after = index + run < characters.endIndex ? characters[index + run] : nil
                let wordBefore = before.map { $0.isLetter || $0.isNumber } ?? false
                let wordAfter = after.map { $0.isLetter || $0.isNumber } ?? false
                let spaced = (before?.isWhitespace ?? true) && (after?.isWhitespace ?? true)
                // Emphasis markers go; `snake_case`, `5 * 3` and a lone `~` stay.
                let keep = spaced || (character == "_" && wordBefore && wordAfter) || (character == "~" && run == 1)
                if keep { for _ in 0..<run { append(character) } }
                index += run
            default:
                append(character)
                index += 1
            }
        }
    }

    /// `[label](target "title")` opening at `start`: the label, the target (nil for `[label][ref]` and
    /// `[label]`), and the index after it; nil when the brackets do not close.
    private static func bracketed(_ characters: ArraySlice<Character>, at start: Int) -> (ArraySlice<Character>, String?, Int)? {
        var depth = 0
        var index = start
        while index < characters.endIndex {
            switch characters[index] {
            case "\\": index += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 {
                    let label = characters[(start + 1)..<index]
                    let after = index + 1
                    if after < characters.endIndex, characters[after] == "(" {
                        // The target may hold balanced parentheses (`javascript:alert(1)`, a Wikipedia address).
                        var parentheses = 0
                        guard let close = characters[after...].firstIndex(where: { character in
                            if character == "(" { parentheses += 1 } else if character == ")" { parentheses -= 1 }
                            return parentheses == 0
                        }) else { return nil }
                        var target = String(characters[(after + 1)..<close]).split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
                        if target.hasPrefix("<"), target.hasSuffix(">") { target = String(target.dropFirst().dropLast()) }
                        return (label, target, close + 1)
                    }
                    if after < characters.endIndex, characters[after] == "[",
                       let close = characters[after...].firstIndex(of: "]") {
                        return (label, nil, close + 1)
                    }
                    return nil
                }
            default: break
            }
            index += 1
        }
        return nil
    }
}
