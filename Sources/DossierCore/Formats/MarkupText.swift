/// The text of an HTML fragment (a feed item's content): tags removed, block elements (`p`, `div`, `li`, `br`,
/// headings…) made paragraph breaks, `script` and `style` dropped with their contents, character references
/// decoded. Nothing is fetched or run; what comes out is plain text.
enum MarkupText {
    /// Elements that end a paragraph.
    private static let blockNames: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
        "figure", "figcaption", "table", "tr", "pre", "hr", "header", "footer", "aside", "nav", "dd", "dt",
    ]

    /// The paragraphs of `html`, in order.
    static func paragraphs(_ html: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        var skipping: String?
        var rest = Substring(html)
        func flush() {
            let text = ArticleDraft.oneLine(CharacterReferences.decode(current))
            if !text.isEmpty { paragraphs.append(text) }
            current = ""
        }
        while let open = rest.firstIndex(of: "<") {
            if skipping == nil { current += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else { rest = rest[rest.endIndex...]; break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let isEnd = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if let skipped = skipping {
                if isEnd && name == skipped { skipping = nil }
                continue
            }
            if !isEnd && (name == "script" || name == "style") && !tag.hasSuffix("/") { skipping = name; continue }
            if blockNames.contains(name) { flush() } else { current += " " }
        }
        if skipping == nil { current += rest }
        flush()
        return paragraphs
    }
}
