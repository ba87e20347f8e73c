import Foundation

/// The fields of an article read from a structured document (JSON, front matter, a feed item, HTML metadata), each
/// with the lines it came from and where in the document it was read, before they become an `Article`.
struct ArticleDraft {
    /// A value and where it was found.
    struct Field {
        var value: String
        var lines: LineRange
        /// Where in the document it was read, such as `JSON headline` or `og:title`.
        var source: String
    }

    var title: Field?
    var standfirst: Field?
    var byline: Field?
    /// A date as the document writes it; `article` gives it as ISO 8601.
    var date: Field?
    var publisher: Field?
    var url: Field?
    var language: Field?
    var tags: [String] = []
    var tagsField: (lines: LineRange, source: String)?
    /// Paragraphs, figures and furniture, in reading order.
    var blocks: [Block] = []
    var notes: [String] = []

    /// Offers a field: the first value offered for each field is kept (callers offer the most telling first).
    mutating func offer(_ keyPath: WritableKeyPath<ArticleDraft, Field?>, _ value: String?, lines: LineRange, source: String) {
        guard self[keyPath: keyPath] == nil, let value else { return }
        let cleaned = Self.oneLine(value)
        guard !cleaned.isEmpty else { return }
        self[keyPath: keyPath] = Field(value: cleaned, lines: lines, source: source)
    }

    /// Offers tags (keywords, categories); kept when none were offered before.
    mutating func offer(tags values: [String], lines: LineRange, source: String) {
        guard tags.isEmpty else { return }
        var seen = Set<String>()
        let cleaned = values.map { Self.oneLine($0).replacingOccurrences(of: ", ", with: ",") }.filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        guard !cleaned.isEmpty else { return }
        tags = cleaned
        tagsField = (lines, source)
    }

    /// Adds the paragraphs of a body given as text: split at blank lines, or at line breaks when it has none (as
    /// news-please and newspaper write them); a paragraph that reads as page furniture is folded, not dropped.
    mutating func addBody(_ text: String, lines: LineRange, source: String) {
        // By bytes: a body may be a whole story, and Foundation's replacing and splitting bridge every character.
        let normalised = text.utf8.contains(0x0D)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        let paragraphs = Self.paragraphs(normalised)
        let pieces = paragraphs.count > 1
            ? paragraphs.map { ParagraphRules.join(Self.lines($0).map { LineShape.clean(String($0)) }[...]) }
            : Self.lines(normalised[...]).map { LineShape.clean(String($0)) }
        for piece in pieces where !piece.isEmpty {
            if let reason = FurnitureRules.reason(for: piece) {
                blocks.append(Block(kind: .furniture, text: piece, lines: lines, reason: reason.rawValue, source: source))
            } else {
                blocks.append(Block(kind: .paragraph, text: piece, lines: lines, source: source))
            }
        }
    }

    /// `text` cut at each blank line (`\n\n`, left to right, as `components(separatedBy: "\n\n")` cuts it).
    private static func paragraphs(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == 0x0A, next < utf8.endIndex, utf8[next] == 0x0A {
                pieces.append(text[start..<index])
                index = utf8.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        pieces.append(text[start...])
        return pieces
    }

    /// The non-empty lines of `text`, cut at each line feed.
    private static func lines(_ text: Substring) -> [Substring] {
        text.utf8.split(separator: 0x0A).map { Substring($0) }
    }

    /// Whether the draft has a body to read.
    var hasBody: Bool { blocks.contains { $0.kind == .paragraph } }

    /// `blocks` with the lines no field or block came from (markup, keys not read) folded as furniture `markup`,
    /// so that every line of the document belongs to something; in line order, blocks of one line keeping theirs.
    static func accounting(for rawLines: [String], header: [HeaderField], blocks: [Block]) -> [Block] {
        var covered = [Bool](repeating: false, count: rawLines.count)
        for range in header.map(\.lines) + blocks.map(\.lines) {
            for line in range.first...range.last where line <= covered.count { covered[line - 1] = true }
        }
        var all = blocks
        var index = 0
        while index < rawLines.count {
            guard !covered[index], !isBlank(rawLines[index]) else { index += 1; continue }
            var end = index
            // A blank line ends the run: blank lines belong to no block.
            while end + 1 < rawLines.count, !covered[end + 1], !isBlank(rawLines[end + 1]) { end += 1 }
            let text = rawLines[index...end].map(trimmed).filter { !$0.isEmpty }.joined(separator: "\n")
            all.append(Block(kind: .furniture, text: text, lines: LineRange(index + 1, end + 1), reason: "markup"))
            index = end + 1
        }
        return all.enumerated().sorted { ($0.element.lines.first, $0.offset) < ($1.element.lines.first, $1.offset) }.map(\.element)
    }

    /// Whether a line is only white space; answered from its first bytes when they are ASCII (markup lines are
    /// long).
    private static func isBlank(_ line: String) -> Bool {
        for byte in line.utf8 {
            if byte >= 0x80 { return line.allSatisfy(\.isWhitespace) }
            if !byte.isASCIIWhitespace { return false }
        }
        return true
    }

    /// A line without surrounding spaces and tabs (and other white space where it starts or ends beyond ASCII).
    private static func trimmed(_ line: String) -> String {
        let bytes = line.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start, bytes[bytes.index(before: end)] == 0x20 || bytes[bytes.index(before: end)] == 0x09 { end = bytes.index(before: end) }
        guard start < end else { return "" }
        guard bytes[start] < 0x80, bytes[bytes.index(before: end)] < 0x80 else { return line.trimmingCharacters(in: .whitespaces) }
        return String(line[start..<end])
    }

    /// A value on one line: runs of white space (line breaks included) made one space, ends trimmed.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The article, its id the hash of `rawLines` (the text of the document or record it was read from).
    func article(path: String, format: DocumentFormat, rawLines: [String], decoded: DecodedText?, record: LineRange?) -> Article {
        var header: [HeaderField] = []
        func add(_ kind: HeaderKind, _ field: Field?, value: String? = nil) {
            guard let field else { return }
            header.append(HeaderField(kind: kind, value: value ?? field.value, lines: field.lines, source: field.source))
        }
        add(.title, title)
        add(.standfirst, standfirst)
        add(.byline, byline)
        if let date { add(.date, date, value: DateRecognizer.firstDate(in: date.value) ?? date.value) }
        add(.publisher, publisher)
        add(.url, url)
        add(.language, language)
        if let tagsField { header.append(HeaderField(kind: .tags, value: tags.joined(separator: ", "), lines: tagsField.lines, source: tagsField.source)) }
        let count = max(1, rawLines.count)
        func clamp(_ range: LineRange) -> LineRange { LineRange(min(range.first, count), min(range.last, count)) }
        header = header.map { var field = $0; field.lines = clamp(field.lines); return field }
        var article = Article(
            id: ArticleID(normalising: rawLines), path: path, encoding: decoded?.encoding ?? .utf8, lineEnding: decoded?.lineEnding ?? .lf,
            lineCount: rawLines.count, header: header,
            blocks: Self.accounting(for: rawLines, header: header, blocks: blocks.map { var block = $0; block.lines = clamp(block.lines); return block }),
            notes: (decoded?.notes ?? []) + notes
        )
        article.format = format
        article.record = record
        if let first = article.blocks.first(where: { $0.kind == .paragraph }), let found = HeaderRules.dateline(first.text) {
            article.dateline = found.place
            if article.credit == nil { article.credit = found.agency }
        }
        return article
    }
}
