import DossierCore

/// An article as the reader and `dossier show` lay it out: the same runs of text in the same order, with the same
/// leads, wrapped the same way. `show` prints them plain (`plainLines`); the reader styles them, marks mentions and
/// highlights, and makes folds and links targets (`ReadingDocument`).
public enum ArticleLayout {
    /// What a run of text shows.
    public enum Part: Hashable, Sendable {
        /// A note of the parser's (a file it had to repair, say).
        case note
        case title, metadata, standfirst
        /// A paragraph or a figure's caption and credit, by block index.
        case paragraph(Int), figure(Int)
        /// A figure's alternative text.
        case alt(Int)
        /// The line that stands for a run of furniture blocks (their indices), open or folded.
        case fold([Int])
        /// A line of an open furniture block.
        case furniture(Int)
    }

    /// A run of text: what it shows, its text, the lead that starts its first line (the same width of spaces starts
    /// the others), and whether a blank line comes before it.
    public struct Run: Sendable {
        public var part: Part
        public var text: String
        public var lead: String
        public var blankBefore: Bool
    }

    /// The runs of `article`; a run of furniture blocks is open when `unfolded` holds its first block's index.
    public static func runs(of article: Article, unfolded: Set<Int> = []) -> [Run] {
        var runs = article.notes.map { Run(part: .note, text: "⚠ " + $0, lead: "", blankBefore: false) }
        runs.append(Run(part: .title, text: article.title ?? "(untitled)", lead: "", blankBefore: false))
        if let meta = ArticleText.metadata(article) { runs.append(Run(part: .metadata, text: meta, lead: "", blankBefore: false)) }
        if let standfirst = article.standfirst { runs.append(Run(part: .standfirst, text: standfirst, lead: "", blankBefore: true)) }
        var index = 0
        while index < article.blocks.count {
            let block = article.blocks[index]
            switch block.kind {
            case .paragraph, .list:
                runs.append(Run(part: .paragraph(index), text: block.text, lead: "", blankBefore: true))
                index += 1
            case .figure:
                let caption = block.text + (block.credit.map { block.text.isEmpty ? $0 : " — " + $0 } ?? "")
                runs.append(Run(part: .figure(index), text: caption, lead: "▣ ", blankBefore: true))
                runs += (block.alt ?? []).map { Run(part: .alt(index), text: $0, lead: "  alt: ", blankBefore: false) }
                index += 1
            case .furniture:
                var fold = [index]
                while let next = fold.last.map({ $0 + 1 }), next < article.blocks.count, article.blocks[next].kind == .furniture { fold.append(next) }
                let lineCount = fold.map { article.blocks[$0].lines.count }.reduce(0, +)
                let open = unfolded.contains(index)
                let label = (open ? "▾ " : "… ") + "\(lineCount) line\(lineCount == 1 ? "" : "s") of page furniture"
                runs.append(Run(part: .fold(fold), text: label, lead: "", blankBefore: true))
                if open {
                    for item in fold {
                        runs += article.blocks[item].text.split(separator: "\n", omittingEmptySubsequences: false)
                            .map { Run(part: .furniture(item), text: String($0), lead: "│ ", blankBefore: false) }
                    }
                }
                index = fold.last! + 1
            }
        }
        return runs
    }

    /// A run's lines at `width` columns (lead included): each the range of the run's text it shows.
    public static func lines(of run: Run, width: Int) -> [Range<String.Index>] {
        wrappedRanges(Substring(run.text), width: max(1, width - run.lead.displayWidth))
    }

    /// The article as plain lines `width` columns wide, every control character made visible: what `dossier show`
    /// prints (furniture folded).
    public static func plainLines(of article: Article, width: Int) -> [String] {
        var out: [String] = []
        for run in runs(of: article) {
            if run.blankBefore { out.append("") }
            let indent = String(repeating: " ", count: run.lead.displayWidth)
            for (number, range) in lines(of: run, width: width).enumerated() {
                out.append(ArticleText.safe((number == 0 ? run.lead : indent) + run.text[range]))
            }
        }
        return out
    }
}

/// Text helpers every output of an article shares.
public enum ArticleText {
    /// A line with every control character and escape sequence replaced by its visible placeholder.
    public static func safe(_ line: String) -> String {
        // Printable ASCII, most lines a listing prints, is every glyph as it is.
        if line.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return line }
        return String(String.UnicodeScalarView(Glyphs(line).flatMap(\.character.unicodeScalars)))
    }

    /// The metadata line: date, byline, source, dateline, joined with ` · `.
    public static func metadata(_ article: Article) -> String? {
        let parts = [article.date, article.byline.map { "By " + $0 }, article.source, article.dateline].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
