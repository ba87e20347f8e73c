import Foundation

/// The parse of a whole web page saved as text: the page-dump classifier's line roles become the title, the
/// byline and date of the article's header, one paragraph per body line, figures where a photo credit stands,
/// and folded furniture for everything else (adjacent lines with the same reason fold together).
struct PageDumpReading {
    /// The classifier, loaded once per process; the rules alone if the shipped weights cannot be read.
    static let detector = (try? PageDumpDetector.shipped()) ?? PageDumpDetector(model: nil)

    private(set) var header: [HeaderField] = []
    private(set) var blocks: [Block] = []
    /// The site name from the page title's suffix.
    private(set) var publisher: String?
    /// The date a byline gives along with the name (`Ann Lee on June 10, 2022`).
    private(set) var bylineDate: String?

    /// Reads `lines` as a page dump, or returns nil when they do not look like one.
    init?(lines: [String]) {
        guard let roles = Self.detector.rolesIfPageDump(lines) else { return nil }
        let text = lines.map(LineShape.clean)
        let firstBody = roles.firstIndex(of: .body) ?? lines.count
        var parts = roles.indices.map { Part(role: roles[$0], text: text[$0], inHeader: $0 < firstBody) }
        for index in parts.indices where parts[index] != .blank && FigureRules.credit(text[index]) != nil { parts[index] = .credit }
        // A page saved as text opens with its `<title>`: when the classifier placed no title, a first line that reads
        // as a headline is the title.
        if !parts.contains(.title), case .furniture? = parts.first, Self.readsAsHeadline(text[0]) { parts[0] = .title }
        var index = 0
        while index < parts.count {
            index = read(at: index, parts: parts, text: text)
        }
    }

    /// Whether a page's first line reads as its headline: three to thirty words, not a sentence of prose, nothing
    /// the furniture rules know (a cookie notice), and not opening with page-furniture words (`Skip to content`).
    static func readsAsHeadline(_ line: String) -> Bool {
        guard LineShape.wordCount(line, upTo: 30) >= 3, HeaderRules.isTitle(line), !line.hasSuffix("."), FurnitureRules.reason(for: line) == nil
        else { return false }
        let lowered = line.lowercased()
        return !PageWords.furniture.contains { group in
            group.prefixes.contains { lowered.hasPrefix($0) && lowered.dropFirst($0.count).first.map { !$0.isLetter } ?? true }
        }
    }

    /// What a line becomes.
    private enum Part: Equatable {
        case blank, title, body, credit, byline(String), date(String), furniture(String)
        /// A caption line with its credit (`… (Image: GETTY)`).
        case caption(String, credit: String?)

        init(role: PageLineRole, text: String, inHeader: Bool) {
            switch role {
            case .blank: self = .blank
            case .title: self = .title
            case .body: self = .body
            case .furniture(let reason):
                if inHeader, let name = HeaderRules.byline(text) ?? (reason == "byline" ? PageDumpReading.author(text) : nil) {
                    self = .byline(name)
                } else if inHeader, let date = DateRecognizer.dateLine(text) {
                    self = .date(date)
                } else if reason == NonBodyLine.captionReason, let found = NonBodyLine.caption(text) {
                    self = .caption(found.caption, credit: found.credit)
                } else {
                    self = .furniture(reason)
                }
            }
        }
    }

    /// Turns the part at `index` (and the lines that go with it) into a header field or a block; returns the
    /// index after them.
    private mutating func read(at index: Int, parts: [Part], text: [String]) -> Int {
        let line = LineRange(line: index + 1)
        switch parts[index] {
        case .blank:
            break
        case .title where !header.contains(where: { $0.kind == .title }):
            let found = PageTitle.split(text[index])
            header.append(HeaderField(kind: .title, value: found.title, lines: line))
            publisher = found.publisher
        case .title:
            blocks.append(.furniture(text[index], lines: line, reason: "repeated title"))
        case .byline(let text) where !header.contains(where: { $0.kind == .byline }):
            let found = Self.nameAndDate(text)
            header.append(HeaderField(kind: .byline, value: found.name, lines: line))
            bylineDate = found.date
        case .date(let date) where !header.contains(where: { $0.kind == .date }):
            header.append(HeaderField(kind: .date, value: date, lines: line))
        case .byline, .date:
            blocks.append(.furniture(text[index], lines: line, reason: "byline or date"))
        case .body:
            blocks.append(.paragraph(text[index], lines: line))
        case .credit:
            // A single body or unclaimed line right above a credit is the picture's caption.
            let above = index > 0 ? blocks.last : nil
            let caption = above.map { $0.lines == LineRange(line: index) && $0.kind != .figure && LineShape.wordCount($0.text, upTo: 40) <= 40
                && (parts[index - 1] == .body || parts[index - 1] == .furniture("outside the article")) } ?? false
            if caption { blocks.removeLast() }
            blocks.append(Block(kind: .figure, text: caption ? text[index - 1] : "", lines: LineRange(caption ? index : index + 1, index + 1),
                                credit: FigureRules.credit(text[index])))
        case .caption(let caption, let credit):
            blocks.append(Block(kind: .figure, text: caption, lines: line, credit: credit))
        case .furniture(let reason):
            var end = index
            while end + 1 < parts.count, parts[end + 1] == .furniture(reason) { end += 1 }
            blocks.append(.furniture(text[index...end].joined(separator: "\n"), lines: LineRange(index + 1, end + 1), reason: reason))
            return end + 1
        }
        return index + 1
    }

    /// The name and the date of a byline that also dates the article (`Ann Lee on June 10, 2022, 6:21 AM`,
    /// `Ann Lee publiziert am 30. Juli 2018`): the words before the first number, without a month name and the
    /// lower-case words that join name and date. A byline without a year is all name.
    static func nameAndDate(_ byline: String) -> (name: String, date: String?) {
        let words = byline.split(whereSeparator: \.isWhitespace)
        let hasYear = words.contains { word in
            word.split { !$0.isNumber }.contains { $0.count == 4 && Int($0).map { (1900...2099).contains($0) } == true }
        }
        guard hasYear, let firstNumber = words.firstIndex(where: { $0.contains(where: \.isNumber) }) else { return (byline, nil) }
        var name = Array(words[..<firstNumber])
        while let last = name.last,
              DateRecognizer.isMonthName(String(last)) || last.first?.isLowercase == true || !last.contains(where: \.isLetter) {
            name.removeLast()
        }
        let cleaned = name.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ",;|-–—•·"))
        return cleaned.isEmpty ? (byline, DateRecognizer.firstDate(in: byline)) : (cleaned, DateRecognizer.firstDate(in: byline))
    }

    /// The author a byline names, without its opening words (`Posted by Ann Lee` → `Ann Lee`).
    private static func author(_ text: String) -> String? {
        let lower = text.lowercased()
        guard let opener = PageWords.bylineOpeners.first(where: { lower.hasPrefix($0) }) else { return nil }
        let name = text.dropFirst(opener.count).trimmingWhitespace()
        return name.isEmpty ? nil : String(name)
    }
}
