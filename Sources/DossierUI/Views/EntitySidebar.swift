import DossierCore
import DossierText

/// The entity sidebar: pinned entities, then the open article's entities by kind, each with how many articles of
/// the collection mention it and how many of those are unread (`unread/all`).
struct EntitySidebar: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let rows = state.sidebarRows
        guard !rows.isEmpty else {
            grid.put(truncate("No entities", width: area.width), at: Point(x: area.x, y: area.y), style: theme.dim, clip: area)
            return
        }
        ListRows.render(into: &grid, area: area, cursor: state.sidebar, focused: state.focus == .sidebar, theme: theme) { index, width in
            switch rows[index] {
            case .pinnedHeading:
                return [Span(text: truncate("Pinned", width: width), style: theme.heading)]
            case .savedHeading:
                return [Span(text: truncate("Saved filters", width: width), style: theme.heading)]
            case .savedFilter(let saved, let count):
                let shown = count.map { " \($0)" } ?? ""
                let name = truncate(" " + saved.name, width: max(0, width - shown.count))
                return [Span(text: name + String(repeating: " ", count: max(0, width - name.displayWidth - shown.count)) + shown, style: .plain)]
            case .heading(let kind):
                return [Span(text: truncate(SidebarRow.title(kind), width: width), style: theme.heading)]
            case .entity(let entity, let articles, let unread):
                let count = " \(unread)/\(articles)"
                let name = truncate(" " + entity.canonicalName, width: max(0, width - count.count))
                let gap = String(repeating: " ", count: max(0, width - name.displayWidth - count.count))
                return [Span(text: name, style: theme.mention(entity.kind)), Span(text: gap + count, style: unread > 0 ? theme.unread : theme.dim)]
            }
        }
    }
}
