/// Renders a whole state into a grid: the panes the layout shows, rules between them (the focused pane's
/// heavy and bright), the status bar, and the help overlay.
public enum Screen {
    /// The frame for `state`.
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(size: state.size)
        let layout = state.layout
        for placement in layout.panes {
            switch placement.pane {
            case .list: ArticleListView(state: state).render(into: &grid, area: placement.rect)
            case .reader: ReadingView(state: state, document: state.document).render(into: &grid, area: placement.rect)
            case .sidebar: EntitySidebar(state: state).render(into: &grid, area: placement.rect)
            }
        }
        let focusedRect = layout.rect(for: state.focus)
        for separator in layout.separators {
            let touchesFocus = focusedRect.map { $0.maxX == separator.x || $0.x == separator.maxX } ?? false
            for y in separator.minY..<separator.maxY {
                // A heavy rule beside the focused pane shows it without colour too.
                grid.put(touchesFocus ? "┃" : "│", at: Point(x: separator.x, y: y), style: touchesFocus ? state.theme.focusedBorder : state.theme.border)
            }
        }
        StatusBar(state: state).render(into: &grid, area: layout.status)
        if case .pick? = state.prompt?.purpose {
            PickerView(state: state).render(into: &grid, area: Rect(x: 0, y: 0, width: state.size.width, height: layout.status.y))
        }
        if state.showHelp { HelpOverlay(theme: state.theme, bindings: state.bindings, scroll: state.helpScroll).render(into: &grid, area: Rect(x: 0, y: 0, width: state.size.width, height: layout.status.y)) }
        return grid
    }
}
