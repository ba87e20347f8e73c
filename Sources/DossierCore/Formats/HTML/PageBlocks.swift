import DossierHTML

/// A run of a page's visible text between block boundaries (a paragraph, a list item, a heading, the text of a
/// `div`), with what the extraction needs to judge it.
struct PageBlock {
    /// The text, white space collapsed.
    var text: String
    var lines: LineRange
    /// The block-level element holding the text (an index into the page's nodes).
    var element: Int
    /// How many Unicode scalars the text has, how many of them are inside links, and how many are commas.
    var length: Int
    var linkCharacters: Int
    var commas = 0
    /// What the elements around the text make of it.
    var traits: BlockTraits
    /// The links in the text: where each starts and how long it is (Unicode scalars) and its `href` as written.
    var links: [(start: Int, length: Int, href: String)] = []

    var excluded: String? { traits.excluded }
    var heading: Int? { traits.heading }
    var figure: Int? { traits.figure }
    var isCaption: Bool { traits.isCaption }

    /// The share of the text inside links.
    var linkDensity: Double { length == 0 ? 0 : Double(linkCharacters) / Double(length) }
}

/// What the elements around a text make of it, inherited from an element by everything inside it.
struct BlockTraits: Equatable {
    /// Why the text can never be body (hidden, a form control, a `noscript` fallback), if so.
    var excluded: String?
    /// The heading level (1–6) in `h1`…`h6`.
    var heading: Int?
    /// The `figure` element it is in, if any.
    var figure: Int?
    /// Whether it is a figure caption (`figcaption`, or an element whose class names a caption or credit).
    var isCaption = false
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
    /// Commas of the scripts that have their own (Readability counts them as a sign of prose).
    private static let commaScalars: Set<Unicode.Scalar> = ["،", "、", "，", "﹐", "︐", "﹑", "⸴", "⸲"]
    /// Elements whose text is never article text.
    private static let controls: [String: String] = [
        "button": "control", "select": "control", "option": "control", "textarea": "control", "label": "control",
        "noscript": "noscript",
    ]

    private struct Context {
        /// The element this context opened, and the index past its subtree.
        var element: Int
        var end: Int
        /// The block-level element the text belongs to.
        var block: Int
        var inLink = false
        /// The `a` element the text is in and its `href`, when it has one.
        var anchor: (element: Int, href: String)?
        var traits = BlockTraits()
    }

    /// The text blocks of `page`, in document order (`hints` its class table).
    static func blocks(of page: HTMLPage, hints: ClassHints.Table) -> [PageBlock] {
        let nodes = page.nodes
        var blocks: [PageBlock] = []
        var stack: [Context] = []
        // The block's text as UTF-8, made a string once the block ends: appending to a string a scalar at a time cost
        // more than the rest of the walk.
        var text: [UInt8] = []
        var pendingSpace = false
        var linkCharacters = 0
        var length = 0
        var commas = 0
        var first = 0, last = 0
        var owner: Context?
        var links: [(start: Int, length: Int, href: String)] = []
        var linkAnchor = -1

        func flush() {
            if let owner, !text.isEmpty {
                blocks.append(PageBlock(text: String(decoding: text, as: UTF8.self), lines: LineRange(first, max(first, last)), element: owner.block,
                                        length: length, linkCharacters: linkCharacters, commas: commas, traits: owner.traits, links: links))
            }
            links = []
            linkAnchor = -1
            text.removeAll(keepingCapacity: true)
            pendingSpace = false
            linkCharacters = 0
            length = 0
            commas = 0
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
                let context = stack.last ?? Context(element: 0, end: nodes.count, block: 0)
                if owner.map({ $0.block != context.block || $0.traits.excluded != context.traits.excluded }) ?? false { flush() }
                // Characters added, not counting the space that joins them to the text before.
                var added = 0
                for scalar in node.text.unicodeScalars {
                    if scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}")
                                      : scalar.properties.isWhitespace {
                        pendingSpace = true
                    } else {
                        if pendingSpace && !text.isEmpty { text.append(0x20); length += 1 }
                        pendingSpace = false
                        // `length` counts the scalars before this one; a link's words run from its first to its last.
                        if let anchor = context.anchor {
                            if anchor.element == linkAnchor, let open = links.popLast() {
                                links.append((open.start, length + 1 - open.start, open.href))
                            } else {
                                links.append((length, 1, anchor.href))
                                linkAnchor = anchor.element
                            }
                        }
                        if scalar.isASCII { text.append(UInt8(scalar.value)) } else { text.append(contentsOf: UTF8.encode(scalar)!) }
                        length += 1
                        added += 1
                        if scalar == "," || !scalar.isASCII && commaScalars.contains(scalar) { commas += 1 }
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
            let isBlock = blockLevel.contains(node.name) || hints.namesCaption[index]
            if isBlock || node.name == "br" { flush() }
            var context = stack.last ?? Context(element: index, end: nodes.count, block: index)
            context.element = index
            context.end = node.end
            if isBlock { context.block = index }
            switch node.name {
            case "a":
                context.inLink = true
                context.anchor = node.attribute("href").map { (index, $0) }
            case "h1", "h2", "h3", "h4", "h5", "h6": context.traits.heading = Int(String(node.name.dropFirst()))
            case "figure": context.traits.figure = index
            case "figcaption": context.traits.isCaption = true
            default: break
            }
            if let reason = controls[node.name] { context.traits.excluded = context.traits.excluded ?? reason }
            if context.traits.excluded == nil, isHidden(node) { context.traits.excluded = "hidden" }
            if hints.namesCaption[index] { context.traits.isCaption = true }
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
