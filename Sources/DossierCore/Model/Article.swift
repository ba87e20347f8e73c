/// A parsed article: its header fields, its body blocks, and where every raw line went.
public struct Article: Hashable, Codable, Sendable, Identifiable {
    /// The content identity; stable across renames and moves.
    public var id: ArticleID
    /// Where it was read from: the file, as given or found while walking a folder, followed for an article of a
    /// container file (JSON Lines, a JSON array, a feed) by `#` and its record number (`news.jsonl#12`).
    public var path: String
    /// The format of the document it was read from.
    public var format: DocumentFormat = .text
    /// For a record of a container file, the lines of the file it spans (its own lines count from 1 in `header`
    /// and `blocks`).
    public var record: LineRange?
    /// How the bytes were decoded.
    public var encoding: TextEncoding
    /// The line ending the file used.
    public var lineEnding: LineEnding
    /// How many raw lines the file has.
    public var lineCount: Int

    /// The headline, when the text has one.
    public var title: String?
    /// The publication date as ISO 8601 (`2022-06-10`), when the text states one.
    public var date: String?
    /// Who wrote it, without the `By`.
    public var byline: String?
    /// A source or agency credit (`Channel24`, `Reuters`).
    public var credit: String?
    /// A summary line between the title and the body.
    public var standfirst: String?
    /// The site or outlet, when the text names it.
    public var publisher: String?
    /// A dateline place (`WASHINGTON`), when the first paragraph opens with one.
    public var dateline: String?
    /// The address the article was published at, when the document states it.
    public var url: String?
    /// The language code (`en`, `de-CH`), when the document states it.
    public var language: String?
    /// Keywords, sections or categories the document gives.
    public var tags: [String] = []

    /// The header lines, in file order.
    public var header: [HeaderField]
    /// The body, in file order.
    public var blocks: [Block]
    /// Remarks a reader should know about, such as a fallback decoding.
    public var notes: [String]

    public init(
        id: ArticleID, path: String, encoding: TextEncoding, lineEnding: LineEnding, lineCount: Int,
        header: [HeaderField], blocks: [Block], notes: [String] = []
    ) {
        self.id = id
        self.path = path
        self.encoding = encoding
        self.lineEnding = lineEnding
        self.lineCount = lineCount
        self.header = header
        self.blocks = blocks
        self.notes = notes
        for field in header {
            switch field.kind {
            case .title: title = field.value
            case .byline: byline = field.value
            case .date: date = field.value
            case .credit: credit = field.value
            case .standfirst: standfirst = field.value
            case .dateline: dateline = field.value
            case .publisher: publisher = field.value
            case .url: url = field.value
            case .language: language = field.value
            case .tags: tags = field.value.components(separatedBy: ", ")
            }
        }
    }

    /// The blocks of one kind.
    public func blocks(_ kind: BlockKind) -> [Block] { blocks.filter { $0.kind == kind } }

    /// The credit, or failing that the publisher: what a list shows as the source.
    public var source: String? { credit ?? publisher }

    /// What each raw line (index 0 is line 1) belongs to. Every line belongs to exactly one part.
    public var lineParts: [LinePart] {
        var parts = [LinePart](repeating: .blank, count: lineCount)
        for field in header {
            for line in field.lines.first...field.lines.last { parts[line - 1] = .header(field.kind) }
        }
        for (index, block) in blocks.enumerated() {
            for line in block.lines.first...block.lines.last where parts[line - 1] == .blank {
                parts[line - 1] = .block(index)
            }
        }
        return parts
    }
}

/// What a raw line of an article belongs to.
public enum LinePart: Hashable, Sendable {
    case header(HeaderKind)
    case block(Int)
    case blank
}

/// The encoding a file was decoded from.
public enum TextEncoding: String, Codable, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// The line ending a file used.
public enum LineEnding: String, Codable, Sendable {
    case lf = "LF", crlf = "CRLF", cr = "CR", mixed, none
}
