import DossierHTML

/// Reads a saved web page as an article: metadata for the header (`PageMetadata`), the body from the page's
/// structure (`PageBody`), figures from `figure` and captions, and every other text block of the page kept as folded
/// furniture with its reason, so the raw view stays honest. Scripts and styles never become text; nothing is fetched.
enum HTMLArticle {
    /// The article in `text` (the decoded page), or why there is none.
    static func draft(_ text: DecodedText) -> Result<ArticleDraft, RecordError> {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(text.lines.reduce(0) { $0 + $1.utf8.count + 1 })
        // Control characters HTML forbids become U+FFFD, so that libxml2 reads on past them.
        for var line in text.lines {
            // Over each line's bytes in place, which walking its view a byte at a time cost more than.
            line.withUTF8 { bytes in
                if bytes.contains(where: isForbidden) {
                    for byte in bytes {
                        if isForbidden(byte) { utf8 += [0xEF, 0xBF, 0xBD] } else { utf8.append(byte) }
                    }
                } else {
                    utf8.append(contentsOf: bytes)
                }
            }
            utf8.append(0x0A)
        }
        let page = HTMLPage(utf8: utf8)
        var draft = ArticleDraft()
        var metadata = PageMetadata()
        metadata.read(page, into: &draft)
        if let declared = declaredCharset(text.lines), text.encoding == .utf8, !["utf-8", "utf8", "us-ascii", "ascii"].contains(declared),
           text.lines.contains(where: { $0.unicodeScalars.contains { !$0.isASCII } }) {
            draft.notes.append("the page declares \(declared), but its bytes are UTF-8; read as UTF-8")
        }
        let hints = ClassHints.Table(page.nodes)
        let blocks = PageBlocks.blocks(of: page, hints: hints)
        if draft.title == nil, let heading = blocks.first(where: { $0.heading == 1 }) {
            draft.offer(\.title, heading.text, lines: heading.lines, source: "<h1>")
        }
        let roles = PageBody(nodes: page.nodes, hints: hints, blocks: blocks).roles(jsonBody: metadata.jsonBody?.text, title: draft.title?.value)
        draft.blocks = articleBlocks(blocks, roles: roles, nodes: page.nodes, base: draft.url?.value)
        if !draft.hasBody, let stated = metadata.jsonBody {
            draft.addBody(stated.text, lines: stated.lines, source: "JSON-LD articleBody")
            draft.blocks.sort { $0.lines.first < $1.lines.first }
        }
        if blocks.isEmpty && !draft.hasBody && draft.title == nil {
            return .failure(RecordError(reason: .badRecord("the page has no visible text")))
        }
        if !draft.hasBody { draft.notes.append("no article text found on the page; its text is folded as furniture") }
        return .success(draft)
    }

    /// The blocks of the article: body blocks as paragraphs with their links (addresses resolved against `base`,
    /// the page's), each figure's blocks as one figure, and adjacent furniture blocks of one reason folded together.
    private static func articleBlocks(_ blocks: [PageBlock], roles: [PageBody.Role], nodes: [HTMLPage.Node], base: String?) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            switch roles[index] {
            case .body:
                var paragraph = Block(kind: .paragraph, text: block.text, lines: block.lines, source: "<\(nodes[block.element].name)>")
                let links = block.links.compactMap { link in
                    LinkTarget.resolve(link.href, base: base).map { InlineLink(start: link.start, length: link.length, url: $0) }
                }
                paragraph.links = links.isEmpty ? nil : links
                result.append(paragraph)
                index += 1
            case .figure:
                var end = index + 1
                while end < blocks.count, roles[end] == .figure, sameFigure(blocks[end], as: block) { end += 1 }
                result.append(figure(blocks[index..<end], nodes: nodes))
                index = end
            case .furniture(let reason):
                var end = index + 1
                while end < blocks.count, roles[end] == roles[index] { end += 1 }
                let texts = blocks[index..<end].map(\.text)
                result.append(Block(kind: .furniture, text: texts.joined(separator: "\n"),
                                    lines: LineRange(block.lines.first, blocks[end - 1].lines.last), reason: reason,
                                    source: "<\(nodes[block.element].name)>"))
                index = end
            }
        }
        return result
    }

    private static func sameFigure(_ block: PageBlock, as first: PageBlock) -> Bool {
        first.figure != nil ? block.figure == first.figure : block.figure == nil
    }

    /// A figure from its text blocks: the caption, and a credit from a block whose class names one or that reads as
    /// one (`Photo: AFP`).
    private static func figure(_ blocks: ArraySlice<PageBlock>, nodes: [HTMLPage.Node]) -> Block {
        var caption: [String] = []
        var credit: String?
        for block in blocks {
            let names = ClassHints.names(nodes[block.element])
            if credit == nil, let found = FigureRules.credit(block.text) ?? (names.contains("credit") && !names.contains("caption") ? block.text : nil) {
                credit = found
            } else if !caption.contains(block.text) {
                caption.append(block.text)
            }
        }
        let first = blocks.first!, last = blocks.last!
        return Block(kind: .figure, text: caption.joined(separator: " "), lines: LineRange(first.lines.first, max(first.lines.first, last.lines.last)),
                     credit: credit, source: first.figure != nil ? "<figure>" : "<\(nodes[first.element].name)>")
    }

    /// Control characters other than the tab, which HTML forbids in text.
    private static func isForbidden(_ byte: UInt8) -> Bool { byte < 0x20 && byte != 0x09 || byte == 0x7F }

    /// The charset a `<meta>` in the first 4 KiB declares, lower case.
    static func declaredCharset(_ lines: [String]) -> String? {
        var head: [UInt8] = []
        for line in lines where head.count < 4096 {
            head += line.utf8.prefix(4096 - head.count).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
            head.append(0x0A)
        }
        let key = Array("charset=".utf8)
        guard let at = head.indices.first(where: { head[$0...].starts(with: key) }) else { return nil }
        let name = head[(at + key.count)...].drop { $0 == 0x22 || $0 == 0x27 || $0 == 0x20 }
            .prefix { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x3A || $0 == 0x2E }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }
}
