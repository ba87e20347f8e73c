import DossierCore
import DossierText
import Foundation

/// The article list: unread and star glyphs, date, source and title, one row per article; when it is empty, why.
struct ArticleListView: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        if state.listOrder.isEmpty, area.height > 0 {
            grid.put(truncate(emptyReason, width: area.width), at: Point(x: area.x, y: area.y), style: theme.dim, clip: area)
            return
        }
        ListRows.render(into: &grid, area: area, cursor: state.list, focused: state.focus == .list, theme: theme) { index, width in
            guard let article = state.library.summary(state.listOrder[index]) else { return [] }
            let open = state.reader.page == .article(article.id)
            let marks = state.marks[article.id] ?? ArticleMarks()
            var spans = [
                Span(text: open ? "▶" : marks.isRead ? " " : "●", style: theme.unread),
                Span(text: marks.isStarred ? "★" : " ", style: theme.star),
                Span(text: " ", style: .plain),
            ]
            spans.append(Span(text: (article.date ?? "").padding(toLength: 10, withPad: " ", startingAt: 0) + " ", style: theme.metadata))
            let sourceWidth = width >= 48 ? 12 : width >= 34 ? 8 : 0
            if sourceWidth > 0 {
                let source = truncate(article.source ?? "", width: sourceWidth - 1)
                spans.append(Span(text: source + String(repeating: " ", count: max(0, sourceWidth - source.displayWidth)), style: theme.dim))
            }
            let used = spans.map(\.text.displayWidth).reduce(0, +)
            spans.append(Span(text: truncate(article.title ?? article.path, width: max(0, width - used)), style: open ? theme.title : .plain))
            return spans
        }
    }

    /// What an empty list says: the first articles are still being indexed, or nothing matches, or there is nothing.
    private var emptyReason: String {
        if state.library.summaries.isEmpty { return state.indexing != nil ? "Indexing…" : "No articles" }
        return state.listSearch != nil || state.filter != nil ? "No article matches" : "Every article is archived"
    }
}
