/// The body of a Markdown clipping as blocks: headings, paragraphs, list items and quotes become paragraphs (their
/// emphasis stripped, their links kept as `InlineLink`s), a line of images a figure (with an italic caption line
/// under it), a heading repeating the title furniture `headline`, code furniture `code`. Markup that gives no text
/// (rules, link definitions, fences) is left to the draft, which folds it as `markup`.
struct MarkdownBody {
    /// The document's lines.
    let lines: [String]
    /// The page's address, which relative links are resolved against.
    let base: String?
    /// The article's title, if the front matter gave one.
    let title: String?

    /// The blocks of the lines from `start` (0-based) on.
    func blocks(from start: Int) -> [Block] {
        var blocks: [Block] = []
        var index = start
        while index < lines.count {
            let line = Self.trimmed(lines[index])
            if line.isEmpty || Self.isRule(line) || Self.isLinkDefinition(line) {
                index += 1
            } else if line.hasPrefix("```") || line.hasPrefix("~~~") {
                let fence = String(line.prefix(3))
                var end = index + 1
                while end < lines.count, !Self.trimmed(lines[end]).hasPrefix(fence) { end += 1 }
                let code = lines[(index + 1)..<min(end, lines.count)].joined(separator: "\n")
                if !code.allSatisfy(\.isWhitespace) {
                    blocks.append(Block(kind: .furniture, text: code, lines: LineRange(index + 1, min(end, lines.count - 1) + 1),
                                        reason: "code", source: "Markdown code"))
                }
                index = end + 1
            } else if let name = Self.rawBlockOpening(line) {
                // A script or style written as HTML in the Markdown: markup up to its closing tag, never text.
                var end = index
                while end < lines.count, !lines[end].lowercased().contains("</\(name)") { end += 1 }
                index = end + 1
            } else if let level = Self.headingLevel(line) {
                let text = String(line.dropFirst(level).trimmingWhitespace().reversed().drop { $0 == "#" }.reversed())
                append(text, lines: LineRange(line: index + 1), source: "Markdown heading", heading: true, to: &blocks)
                index += 1
            } else if let marker = Self.listMarker(line) {
                var end = index
                while end + 1 < lines.count, Self.continues(lines[end + 1]) { end += 1 }
                let text = ([String(line.dropFirst(marker))] + lines[(index + 1)..<(end + 1)].map(Self.trimmed)).joined(separator: " ")
                append(text, lines: LineRange(index + 1, end + 1), source: "Markdown list item", to: &blocks)
                index = end + 1
            } else if line.hasPrefix(">") {
                var end = index
                while end + 1 < lines.count, Self.trimmed(lines[end + 1]).hasPrefix(">") { end += 1 }
                let text = lines[index...end].map { Self.trimmed($0).drop { $0 == ">" || $0 == " " } }.joined(separator: " ")
                append(String(text), lines: LineRange(index + 1, end + 1), source: "Markdown quote", to: &blocks)
                index = end + 1
            } else if line.hasPrefix("|") {
                // A table: each row a paragraph of its cells; the row of dashes under the header gives none.
                var end = index
                while end + 1 < lines.count, Self.trimmed(lines[end + 1]).hasPrefix("|") { end += 1 }
                for row in index...end {
                    let cells = Self.trimmed(lines[row]).split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                    guard !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) else { continue }
                    append(cells.joined(separator: " · "), lines: LineRange(line: row + 1), source: "Markdown table row", to: &blocks)
                }
                index = end + 1
            } else {
                // A line of images stands alone (a figure; an italic line under it is its caption).
                var end = index
                while !isImages(line), end + 1 < lines.count, Self.continuesParagraph(lines[end + 1]), !isImages(Self.trimmed(lines[end + 1])) {
                    end += 1
                }
                // A setext heading: its text over a line of `=` or `-`.
                let underlined = end + 1 < lines.count && Self.isSetextUnderline(Self.trimmed(lines[end + 1]))
                let text = lines[index...end].map(Self.trimmed).joined(separator: " ")
                let range = LineRange(index + 1, underlined ? end + 2 : end + 1)
                append(text, lines: range, source: underlined ? "Markdown heading" : "Markdown paragraph", heading: underlined, to: &blocks)
                index = underlined ? end + 2 : end + 1
            }
        }
        return blocks
    }

    /// Adds the block a run of Markdown gives: a figure for a line of images (its caption the italic line under
    /// it, taken into the figure), furniture for a repeated title or a furniture line, else a paragraph.
    private func append(_ source: String, lines range: LineRange, source kind: String, heading: Bool = false, to blocks: inout [Block]) {
        let inline = MarkdownInline(source, base: base)
        if inline.text.isEmpty {
            guard let image = inline.images.first else { return }
            blocks.append(Block(kind: .figure, text: image.alt, lines: range, source: "Markdown image"))
            return
        }
        // An italic line right under a figure is its caption.
        if let last = blocks.last, last.kind == .figure, last.lines.last == range.first - 1, kind == "Markdown paragraph",
           Self.isItalic(Self.trimmed(source)) {
            blocks[blocks.count - 1].text = inline.text
            blocks[blocks.count - 1].lines = LineRange(last.lines.first, range.last)
            return
        }
        var block: Block
        if heading, let title, ArticleDraft.oneLine(inline.text).lowercased() == ArticleDraft.oneLine(title).lowercased() {
            block = Block(kind: .furniture, text: inline.text, lines: range, reason: "headline", source: kind)
        } else if let reason = FurnitureRules.reason(for: inline.text) {
            block = Block(kind: .furniture, text: inline.text, lines: range, reason: reason.rawValue, source: kind)
        } else {
            block = Block(kind: .paragraph, text: inline.text, lines: range, source: kind)
        }
        block.links = inline.links.isEmpty ? nil : inline.links
        blocks.append(block)
    }

    /// Whether a line holds images and nothing else.
    private func isImages(_ line: String) -> Bool {
        guard line.hasPrefix("![") else { return false }
        let inline = MarkdownInline(line, base: base)
        return inline.text.isEmpty && !inline.images.isEmpty
    }

    static func trimmed(_ line: String) -> String { String(Substring(line).trimmingWhitespace()) }

    /// `script` or `style` when a line opens one as raw HTML.
    private static func rawBlockOpening(_ line: String) -> String? {
        let lower = line.lowercased()
        return ["script", "style"].first { lower.hasPrefix("<" + $0 + ">") || lower.hasPrefix("<" + $0 + " ") }
    }

    /// The level of an ATX heading (`## Heading`), or nil.
    static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t" ? hashes : nil
    }

    /// The length of a list item's marker with its space (`- `, `* `, `+ `, `12. `, `3) `), or nil.
    private static func listMarker(_ line: String) -> Int? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " { return 2 }
        let digits = line.prefix(while: \.isNumber).count
        guard (1...9).contains(digits) else { return nil }
        let rest = line.dropFirst(digits)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " " ? digits + 2 : nil
    }

    /// Whether a line carries on the list item above: indented, not blank, not an item of its own.
    private static func continues(_ line: String) -> Bool {
        let text = trimmed(line)
        return !text.isEmpty && (line.first == " " || line.first == "\t") && listMarker(text) == nil
    }

    /// Whether a line carries on the paragraph above (a line that opens a block of another kind does not).
    private static func continuesParagraph(_ line: String) -> Bool {
        let text = trimmed(line)
        return !text.isEmpty && headingLevel(text) == nil && listMarker(text) == nil && !text.hasPrefix(">") && !text.hasPrefix("```")
            && !text.hasPrefix("~~~") && !text.hasPrefix("|") && !isRule(text) && !isSetextUnderline(text)
    }

    /// A thematic break: three or more `-`, `*` or `_` (spaces allowed) and nothing else.
    private static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private static func isSetextUnderline(_ line: String) -> Bool {
        line.count >= 2 && (line.allSatisfy { $0 == "=" } || line.allSatisfy { $0 == "-" })
    }

    /// A reference link's definition, `[1]: https://example.com "Title"`.
    private static func isLinkDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// A line wholly in emphasis, `*An image caption*` or `_…_`.
    private static func isItalic(_ line: String) -> Bool {
        guard line.count > 2, let first = line.first, first == "*" || first == "_" else { return false }
        return line.last == first
    }
}
