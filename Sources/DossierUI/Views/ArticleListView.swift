import DossierCore
import DossierText
import Foundation

/// The article list, one row per article: unread, star and selection glyphs, the title (with `×N` for a text N files
/// hold, and `N versions` for a text fetched or syndicated in N versions), then date and source in columns when there is room for them and the collection has them; when it is empty, why.
struct ArticleListView: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        if state.listOrder.isEmpty, area.height > 0 {
            grid.put(truncate(emptyReason, width: area.width), at: Point(x: area.x, y: area.y), style: theme.dim, clip: area)
            return
        }
        let columns = Columns(width: area.width, library: state.library)
        ListRows.render(into: &grid, area: area, cursor: state.list, focused: state.focus == .list, theme: theme) { index, width in
            guard let article = state.library.summary(state.listOrder[index]) else { return [] }
            let open = state.reader.page == .article(article.id)
            let marks = state.marks[article.id] ?? ArticleMarks()
            var spans = [
                Span(text: open ? "▶" : marks.isRead ? " " : "●", style: theme.unread),
                Span(text: marks.isStarred ? "★" : " ", style: theme.star),
                state.selected.contains(article.id) ? Span(text: "✓", style: theme.selectedMark) : Span(text: " ", style: .plain),
            ]
            if let snippet = state.listSearch?.snippets[article.id] {
                // A search result: the title, then the words around the matches in place of the columns.
                let titleWidth = min((article.title ?? article.path).displayWidth, max(24, (width - 3) * 45 / 100))
                let title = truncate(article.title ?? article.path, width: titleWidth)
                spans.append(Span(text: title + "  ", style: open ? theme.title : .plain))
                return spans + Self.snippetSpans(snippet, theme: theme)
            }
            var right: [Span] = []
            if columns.date > 0 {
                right.append(Span(text: "  " + (article.date ?? "").padding(toLength: columns.date, withPad: " ", startingAt: 0), style: theme.metadata))
            }
            if columns.source > 0 {
                let source = truncate(article.source ?? "", width: columns.source)
                right.append(Span(text: "  " + source + String(repeating: " ", count: max(0, columns.source - source.displayWidth)), style: theme.dim))
            }
            // The same text in several files is one row, with how many files hold it after the title; so are the
            // versions of a text, with how many there are.
            let copies = (article.copies.isEmpty ? "" : " ×\(article.copies.count + 1)")
                + (article.versions.isEmpty ? "" : " \(article.versions.count + 1) versions")
            let used = (spans + right).map(\.text.displayWidth).reduce(0, +) + copies.displayWidth
            let title = truncate(article.title ?? article.path, width: max(0, width - used))
            spans.append(Span(text: title, style: open ? theme.title : .plain))
            if !copies.isEmpty { spans.append(Span(text: copies, style: theme.dim)) }
            spans.append(Span(text: String(repeating: " ", count: max(0, width - used - title.displayWidth)), style: .plain))
            return spans + right
        }
    }

    /// A snippet's text, dim, with its matches in the search-match style.
    static func snippetSpans(_ snippet: SearchSnippet, theme: Theme) -> [Span] {
        let characters = Array(snippet.text)
        var spans: [Span] = []
        var at = 0
        for highlight in snippet.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let range = highlight.clamped(to: at..<characters.count)
            guard !range.isEmpty else { continue }
            if range.lowerBound > at { spans.append(Span(text: String(characters[at..<range.lowerBound]), style: theme.dim)) }
            spans.append(Span(text: String(characters[range]), style: theme.searchMatch))
            at = range.upperBound
        }
        if at < characters.count { spans.append(Span(text: String(characters[at...]), style: theme.dim)) }
        return spans
    }

    /// The columns after the title: the date and the source, each only when the collection has such values and
    /// the title keeps room enough beside them.
    struct Columns {
        var date = 0
        var source = 0

        /// The title's least room before a column is shown.
        static let titleRoom = 40

        init(width: Int, library: Library) {
            var left = width - 3 - Self.titleRoom
            if library.hasDates, left >= 12 {
                date = 10
                left -= 12
            }
            if library.sourceWidth > 0, left >= 8 { source = min(library.sourceWidth, 16, left - 2) }
        }
    }

    /// What an empty list says: the first articles are still being indexed, or nothing matches, or there is nothing.
    private var emptyReason: String {
        if state.library.summaries.isEmpty { return state.indexing != nil ? "Indexing…" : "No articles" }
        return state.listSearch != nil || state.filter != nil ? "No article matches" : "Every article is archived"
    }
}
