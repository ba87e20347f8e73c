import DossierHTML

/// A run of a page's visible text between block boundaries (a paragraph, a list item, a heading, the text of a
/// `div`), with what the extraction needs to judge it.
struct PageBlock {
    /// The text, white space collapsed.
    var text: String
    var lines: LineRange
    /// The block-level element holding the text (an index into the page's nodes).
    var element: Int
    /// How many characters of the text are inside links.
    var linkCharacters: Int
    /// Why the block can never be body (hidden, a form control, a `noscript` fallback), if so.
    var excluded: String?
    /// The heading level (1–6) for a block in `h1`…`h6`.
    var heading: Int?
    /// The `figure` element the block is in, if any.
    var figure: Int?
    /// Whether the block is a figure caption (`figcaption`, or an element whose class names a caption or credit).
    var isCaption = false
    /// Whether the block is a list item.
    var isListItem = false

    /// The share of the text inside links.
    var linkDensity: Double { text.isEmpty ? 0 : Double(linkCharacters) / Double(text.count) }
}

/// Cuts a page into its text blocks. Scripts, styles, templates, SVG and embedded frames never become text.
enum PageBlocks {
    /// Elements whose content is never text.
    static let invisible: Set<String> = [
        "script", "style", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas", "video", "audio",
        "map", "frameset", "frame", "link", "meta", "title", "base",
    ]
    /// Elements that end the text before them and start new text.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "caption", "ul", "html", "option", "select", "button", "textarea", "noscript", "menu", "legend",
        "picture", "img",
    ]
    /// Elements whose text is never article text.
    private static let controls: [String: String] = [
        "button": "control", "select": "control", "option": "control", "textarea": "control", "label": "control",
        "noscript": "noscript",
    ]

    private struct Context {
        /// The element this context opened, and the index past its subtree.
        var element: Int
        var end: Int
        var block: Int
        var inLink: Bool
        var excluded: String?
        var heading: Int?
        var figure: Int?
        var caption: Bool
        var listItem: Bool
    }

    /// The text blocks of `page`, in document order.
    static func blocks(of page: HTMLPage) -> [PageBlock] {
        let nodes = page.nodes
        var blocks: [PageBlock] = []
        var stack: [Context] = []
        var text = ""
        var pendingSpace = false
        var linkCharacters = 0
        var first = 0, last = 0
        var owner: Context?

        func flush() {
            if let owner, !text.isEmpty {
                blocks.append(PageBlock(text: text, lines: LineRange(first, max(first, last)), element: owner.block,
                                        linkCharacters: linkCharacters, excluded: owner.excluded, heading: owner.heading,
                                        figure: owner.figure, isCaption: owner.caption, isListItem: owner.listItem))
            }
            text = ""
            pendingSpace = false
            linkCharacters = 0
            owner = nil
        }

        var index = 0
        while index < nodes.count {
            while let top = stack.last, top.end <= index {
                stack.removeLast()
                if blockLevel.contains(nodes[top.element].name) { flush() }
            }
            let node = nodes[index]
            if node.isText {
                let context = stack.last ?? Context(element: 0, end: nodes.count, block: 0, inLink: false, caption: false, listItem: false)
                if owner.map({ $0.block != context.block || $0.excluded != context.excluded }) ?? false { flush() }
                // Characters added, not counting the space that joins them to the text before.
                var added = 0
                for character in node.text {
                    if character.isWhitespace {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !text.isEmpty { text.append(" ") }
                        pendingSpace = false
                        text.append(character)
                        added += 1
                    }
                }
                if added > 0 {
                    if owner == nil { owner = context; first = node.line }
                    last = node.lastLine
                    if context.inLink { linkCharacters += added }
                }
                if !text.isEmpty, node.text.last?.isWhitespace == true { pendingSpace = true }
                index += 1
                continue
            }
            if invisible.contains(node.name) {
                index = node.end
                continue
            }
            // A caption or credit is a block of its own, even in an inline element.
            let isBlock = blockLevel.contains(node.name) || !node.attributes.isEmpty && ClassHints.namesCaption(node)
            if isBlock || node.name == "br" { flush() }
            var context = stack.last ?? Context(element: index, end: nodes.count, block: index, inLink: false, caption: false, listItem: false)
            context.element = index
            context.end = node.end
            if isBlock { context.block = index }
            switch node.name {
            case "a": context.inLink = true
            case "h1", "h2", "h3", "h4", "h5", "h6": context.heading = Int(String(node.name.dropFirst()))
            case "figure": context.figure = index
            case "figcaption": context.caption = true
            case "li", "dd", "dt": context.listItem = true
            default: break
            }
            if let reason = controls[node.name] { context.excluded = context.excluded ?? reason }
            if context.excluded == nil, isHidden(node) { context.excluded = "hidden" }
            if !context.caption, isBlock, !node.attributes.isEmpty, ClassHints.namesCaption(node) { context.caption = true }
            stack.append(context)
            index += 1
        }
        flush()
        return blocks
    }

    /// Whether the element is hidden from readers (`hidden`, `aria-hidden`, `display: none`).
    private static func isHidden(_ node: HTMLPage.Node) -> Bool {
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden" where attribute.value == "true": return true
            case "style":
                let style = attribute.value.lowercased().filter { !$0.isWhitespace }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        return false
    }
}
