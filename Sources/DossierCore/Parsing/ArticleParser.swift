/// Turns the lines of a scraped news text into an `Article`: header fields, then paragraphs, figures and folded
/// furniture, accounting for every raw line.
public struct ArticleParser: Sendable {
    public init() {}

    /// Parses decoded text read from `path`.
    public func parse(_ text: DecodedText, path: String) -> Article {
        var article = parse(lines: text.lines, path: path)
        article.encoding = text.encoding
        article.lineEnding = text.lineEnding
        article.notes = text.notes
        return article
    }

    /// Parses lines of text (without line ends). The identity is computed from the lines. A whole web page
    /// saved as text is read by `PageDumpReading`; a cleaned article by the header and body rules.
    public func parse(lines: [String], path: String = "") -> Article {
        var article: Article
        if let page = PageDumpReading(lines: lines) {
            article = Article(
                id: ArticleID(normalising: lines), path: path, encoding: .utf8, lineEnding: .lf, lineCount: lines.count,
                header: page.header, blocks: page.blocks
            )
            article.publisher = page.publisher
            article.date = article.date ?? page.bylineDate
        } else {
            var scan = Scan(raw: lines)
            scan.readHeader()
            scan.readBody()
            article = Article(
                id: ArticleID(normalising: lines), path: path, encoding: .utf8, lineEnding: .lf, lineCount: lines.count,
                header: scan.header, blocks: scan.blocks
            )
            article.date = article.date ?? scan.titleDate
            article.publisher = scan.publisher
        }
        if let first = article.blocks.first(where: { $0.kind == .paragraph }), let found = HeaderRules.dateline(first.text) {
            article.dateline = found.place
            if article.credit == nil { article.credit = found.agency }
        }
        return article
    }
}

/// The working state of one parse.
private struct Scan {
    let raw: [String]
    let text: [String]
    var header: [HeaderField] = []
    var blocks: [Block] = []
    var titleDate: String?
    var publisher: String?
    private var publisherRank = Int.max
    private var bodyStart = 0

    init(raw: [String]) {
        self.raw = raw
        // Character references a scraper left in the text (`&#163;2.5m`, `caf&#233;`) read as what they stand for.
        text = raw.map { CharacterReferences.decode(LineShape.clean($0)) }
    }

    private func isBlank(_ index: Int) -> Bool { text[index].isEmpty }

    private func nextNonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < text.count, isBlank(next) { next += 1 }
        return next < text.count ? next : nil
    }

    /// Records a publisher when none was found from a more telling place (lower rank wins).
    private mutating func offerPublisher(_ name: String?, rank: Int) {
        guard let name, rank < publisherRank else { return }
        publisher = name
        publisherRank = rank
    }

    // MARK: Header

    mutating func readHeader() {
        guard var index = text.indices.first(where: { !isBlank($0) }) else { return }
        if FurnitureRules.reason(for: text[index]) == nil, HeaderRules.isTitle(text[index]) {
            let found = HeaderRules.title(from: text[index])
            header.append(HeaderField(kind: .title, value: found.title, lines: LineRange(line: index + 1)))
            titleDate = found.date
            offerPublisher(found.publisher, rank: 0)
            guard let next = nextNonBlank(after: index) else { bodyStart = text.count; return }
            index = next
        }
        var sawStandfirst = false
        var fieldsSeen = 0
        while index < text.count, fieldsSeen < 6 {
            let line = text[index]
            let field: HeaderField?
            if let name = HeaderRules.byline(line) {
                field = HeaderField(kind: .byline, value: name, lines: LineRange(line: index + 1))
            } else if let date = DateRecognizer.dateLine(line) {
                field = HeaderField(kind: .date, value: date, lines: LineRange(line: index + 1))
            } else if let source = HeaderRules.credit(line) {
                field = HeaderField(kind: .credit, value: source, lines: LineRange(line: index + 1))
            } else if !sawStandfirst, isStandfirst(at: index) {
                sawStandfirst = true
                field = HeaderField(kind: .standfirst, value: line, lines: LineRange(line: index + 1))
            } else {
                field = nil
            }
            guard let field, !header.contains(where: { $0.kind == field.kind }) else { break }
            header.append(field)
            fieldsSeen += 1
            guard let next = nextNonBlank(after: index) else { index = text.count; break }
            index = next
        }
        bodyStart = index
    }

    /// A summary line: it follows the title, is not furniture, and either leads into another header line or is
    /// prose that does not end like a paragraph.
    private func isStandfirst(at index: Int) -> Bool {
        guard header.first?.kind == .title, !header.contains(where: { $0.kind == .standfirst }) else { return false }
        let line = text[index]
        guard FurnitureRules.reason(for: line) == nil, FigureRules.credit(line) == nil, HeaderRules.dateline(line) == nil
        else { return false }
        let words = LineShape.wordCount(line, upTo: 6)
        if let next = nextNonBlank(after: index), words >= 5,
           HeaderRules.byline(text[next]) != nil || HeaderRules.credit(text[next]) != nil || DateRecognizer.dateLine(text[next]) != nil {
            return true
        }
        // Standing alone (a blank line after it), so it is not the first line of a hard-wrapped paragraph.
        let standsAlone = index + 1 >= text.count || isBlank(index + 1)
        return standsAlone && words >= 6 && !LineShape.endsSentence(line)
    }

    // MARK: Body

    fileprivate enum Role { case blank, text, credit(String), furniture(FurnitureReason), figure, taken }

    mutating func readBody() {
        guard bodyStart < text.count else { return }
        var roles = [Role](repeating: .taken, count: text.count)
        var index = bodyStart
        while index < text.count {
            let line = text[index]
            if line.isEmpty {
                roles[index] = .blank
            } else if let reason = FurnitureRules.reason(for: line) {
                roles[index] = .furniture(reason)
                offerPublisher(FurnitureRules.publisher(in: line, reason: reason), rank: reason == .social ? 1 : reason == .copyright ? 2 : 3)
                if reason == .related { index = foldRelatedList(after: index, roles: &roles) }
            } else if let credit = FigureRules.credit(line) {
                roles[index] = .credit(credit)
            } else {
                roles[index] = .text
            }
            index += 1
        }
        var figures = FigureRules.group(text: text, isText: roles.map(\.isText), credits: roles.map(\.creditName), from: bodyStart)
        for figure in figures {
            for line in figure.lines.first...figure.lines.last { roles[line - 1] = .figure }
        }
        let wrapped = ParagraphRules.isHardWrapped(text: text, isText: roles.map(\.isText))
        index = bodyStart
        while index < text.count {
            switch roles[index] {
            case .blank, .taken:
                index += 1
            case .figure:
                blocks.append(figures.removeFirst())
                index = blocks.last!.lines.last
            case .credit(let name):
                // A credit with no caption before it still stands for a picture.
                blocks.append(Block(kind: .figure, text: "", lines: LineRange(line: index + 1), credit: name))
                index += 1
            case .furniture(let reason):
                var end = index
                while end + 1 < text.count, case .furniture(let next) = roles[end + 1], next == reason { end += 1 }
                let lines = (index...end).map { text[$0] }.joined(separator: "\n")
                blocks.append(.furniture(lines, lines: LineRange(index + 1, end + 1), reason: reason.rawValue))
                index = end + 1
            case .text where startsList(index, roles: roles):
                index = readList(from: index, roles: roles)
            case .text:
                var end = index
                while end + 1 < text.count, roles[end + 1].isText, !startsList(end + 1, roles: roles),
                      wrapped || ParagraphRules.continues(text[end], with: text[end + 1]) { end += 1 }
                blocks.append(.paragraph(ParagraphRules.join(text[index...end]), lines: LineRange(index + 1, end + 1)))
                index = end + 1
            }
        }
    }

    /// Whether a list starts at the line: it is body text marked as a list item (`- More money for schools`,
    /// `2. A new route`), and so is the next line that does not carry on its sentence. One marked line alone is a
    /// paragraph.
    private func startsList(_ index: Int, roles: [Role]) -> Bool {
        func isItem(_ line: Int) -> Bool { roles[line].isText && LineShape.listMarker(raw[line]) != nil }
        guard isItem(index) else { return false }
        var next = index + 1
        while next < text.count, roles[next].isText, !isItem(next), ParagraphRules.continues(text[next - 1], with: text[next]) { next += 1 }
        return next < text.count && isItem(next)
    }

    /// Reads the list whose first two lines are items from `start`: each item one line of the block (a bulleted
    /// one as `• item`), a line without a marker that carries on an item's sentence joined to it. Gives the line
    /// after the list.
    private mutating func readList(from start: Int, roles: [Role]) -> Int {
        var items: [String] = []
        var index = start
        while index < text.count, roles[index].isText {
            if let marker = LineShape.listMarker(raw[index]) {
                items.append(marker == .bullet ? "• " + text[index] : text[index])
            } else if let last = items.last, ParagraphRules.continues(last, with: text[index]) {
                items[items.count - 1] = ParagraphRules.join([last, text[index]])
            } else {
                break
            }
            index += 1
        }
        blocks.append(.list(items, lines: LineRange(start + 1, index)))
        return index
    }

    /// After a heading such as `Related articles`, the short lines that follow are its list, up to the next prose.
    private func foldRelatedList(after heading: Int, roles: inout [Role]) -> Int {
        var last = heading
        var index = heading + 1
        while index < text.count {
            let line = text[index]
            if line.isEmpty { roles[index] = .blank; index += 1; continue }
            if ParagraphRules.isProse(line) { break }
            roles[index] = .furniture(.related)
            last = index
            index += 1
        }
        return last
    }
}

private extension Scan.Role {
    var isText: Bool { if case .text = self { true } else { false } }
    var creditName: String? { if case .credit(let name) = self { name } else { nil } }
}
