import DossierCore

/// An article as plain text lines for a given width: title, metadata, standfirst, wrapped paragraphs, figures as
/// `[Photo: caption — credit]`, and a count of the furniture left out. Used by `dossier show`.
public enum ArticleText {
    /// The lines of `article` wrapped to `width` columns.
    public static func lines(for article: Article, width: Int) -> [String] {
        var out: [String] = []
        let title = article.title ?? "(untitled)"
        out += wrap(title, width: width)
        out.append(String(repeating: "=", count: min(width, max(1, (out.last ?? title).displayWidth))))
        if let meta = metadata(article) { out += wrap(meta, width: width) }
        if let standfirst = article.standfirst { out += [""] + wrap(standfirst, width: width) }
        var folded = 0
        for block in article.blocks {
            switch block.kind {
            case .paragraph:
                out += [""] + wrap(block.text, width: width)
            case .figure:
                let caption = block.text.isEmpty ? "" : block.text
                let credit = block.credit.map { caption.isEmpty ? $0 : " — " + $0 } ?? ""
                out += [""] + wrap("[Photo: " + caption + credit + "]", width: width)
            case .furniture:
                folded += block.lines.count
            }
        }
        if folded > 0 { out += ["", "(\(folded) line\(folded == 1 ? "" : "s") of page furniture left out; --raw shows the file)"] }
        return out.map(safe)
    }

    /// A line with every control character and escape sequence replaced by its visible placeholder.
    public static func safe(_ line: String) -> String {
        String(String.UnicodeScalarView(Glyphs(line).flatMap(\.character.unicodeScalars)))
    }

    /// The metadata line: date, byline, source, dateline, joined with ` · `.
    public static func metadata(_ article: Article) -> String? {
        let parts = [article.date, article.byline.map { "By " + $0 }, article.source, article.dateline].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
