import DossierText

/// What the picker found, drawn just above the status bar: a row per entity (name, kind, articles), the one Enter
/// takes reversed.
struct PickerView: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let matches = state.picked.matches
        let rows = min(matches.count, area.height)
        guard rows > 0 else { return }
        for (row, entity) in matches.prefix(rows).enumerated() {
            let rect = Rect(x: area.x, y: area.maxY - rows + row, width: area.width, height: 1)
            let selected = row == state.picked.selected
            let style = selected ? theme.status.adding(.reverse) : theme.status
            grid.fill(rect, style: style)
            let count = " \(entity.articles.count) article\(entity.articles.count == 1 ? "" : "s") "
            let name = truncate(" " + entity.canonicalName + " · " + entity.kind.rawValue, width: max(0, rect.width - count.count))
            grid.put(name, at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
            grid.put(count, at: Point(x: rect.maxX - count.count, y: rect.y), style: style, clip: rect)
        }
    }
}
