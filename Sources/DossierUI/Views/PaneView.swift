/// One pane of the reader, drawn into its rectangle of the grid.
protocol PaneView {
    func render(into grid: inout Grid, area: Rect)
}

/// Drawing rows of a scrolling list, shared by the article list and the entity sidebar.
enum ListRows {
    /// Draws `count` rows starting at the cursor's offset; `row(index, width)` gives a row's spans, and the selected
    /// row is drawn in the selection style (focused or not).
    static func render(into grid: inout Grid, area: Rect, cursor: ListCursor, focused: Bool, theme: Theme,
                       row: (Int, Int) -> [Span]) {
        for (line, index) in cursor.visibleRange.enumerated() where line < area.height {
            let rowRect = area.row(line)
            let selected = index == cursor.selectedIndex
            var x = rowRect.x
            for span in row(index, rowRect.width) {
                x = grid.put(span.text, at: Point(x: x, y: rowRect.y), style: span.style, clip: rowRect)
            }
            if selected {
                let style = focused ? theme.focusedSelection : theme.selection
                grid.restyle(rowRect) { cell in
                    cell.background = style.background
                    cell.attributes.formUnion(style.attributes)
                    if focused { cell.foreground = style.foreground }
                }
            }
        }
    }
}
