/// What a block of an article's body is.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    /// Body prose.
    case paragraph
    /// A photo or gallery item: caption, credit and alt text.
    case figure
    /// Page furniture left by scraping (share lines, galleries, comment policies, stray marks), folded in the reader.
    case furniture
    /// A list: its items one a line in `text`, bulleted ones as `• item`, numbered ones with their number.
    case list
}

/// One block of an article body, with the raw lines it came from.
public struct Block: Hashable, Codable, Sendable {
    /// What the block is.
    public var kind: BlockKind
    /// The cleaned text: the paragraph, the figure's caption, or the furniture's lines joined by newlines.
    public var text: String
    /// The raw lines the block accounts for.
    public var lines: LineRange
    /// For a figure: the photo credit, as in `(Photo: AFP)`.
    public var credit: String?
    /// For a figure: alternative text lines that stood beside the caption.
    public var alt: [String]?
    /// For furniture: why the lines were judged to be furniture.
    public var reason: String?
    /// Where in a structured document the block was read (`JSON maintext`, `<p>`, `content:encoded`); nil for plain
    /// text.
    public var source: String?
    /// The links in `text` (HTML and Markdown), in order; nil when it has none.
    public var links: [InlineLink]?

    public init(kind: BlockKind, text: String, lines: LineRange, credit: String? = nil, alt: [String]? = nil, reason: String? = nil,
                source: String? = nil) {
        self.kind = kind
        self.text = text
        self.lines = lines
        self.credit = credit
        self.alt = alt
        self.reason = reason
        self.source = source
    }

    /// A paragraph block.
    public static func paragraph(_ text: String, lines: LineRange) -> Block {
        Block(kind: .paragraph, text: text, lines: lines)
    }

    /// A list block of `items`, one a line.
    public static func list(_ items: [String], lines: LineRange) -> Block {
        Block(kind: .list, text: items.joined(separator: "\n"), lines: lines)
    }

    /// A furniture block with its reason.
    public static func furniture(_ text: String, lines: LineRange, reason: String) -> Block {
        Block(kind: .furniture, text: text, lines: lines, reason: reason)
    }
}
