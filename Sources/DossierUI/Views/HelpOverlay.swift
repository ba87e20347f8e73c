import DossierText
/// The key help, drawn over the centre of the screen on `?`.
struct HelpOverlay: PaneView {
    let theme: Theme
    /// The first entry shown.
    var scroll = 0

    func render(into grid: inout Grid, area: Rect) {
        let keyWidth = KeyHelp.entries.map(\.keys.displayWidth).max()! + 2
        let contentWidth = keyWidth + KeyHelp.entries.map(\.action.displayWidth).max()!
        let width = min(area.width, contentWidth + 4)
        let height = min(area.height, KeyHelp.entries.count + 4)
        guard width > 4, height > 2 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(box, style: theme.status)
        let inner = box.inset(top: 2, left: 2, bottom: 1, right: 1)
        let first = min(scroll, KeyHelp.maxScroll(height: area.height))
        let title = inner.height < KeyHelp.entries.count ? " Keys \(first + 1)-\(min(KeyHelp.entries.count, first + inner.height))/\(KeyHelp.entries.count) (j/k scroll; Esc or ? closes) " : " Keys (Esc or ? closes) "
        grid.put(truncate(title, width: box.width), at: Point(x: box.x + 1, y: box.y), style: theme.statusMessage, clip: box)
        for (row, entry) in KeyHelp.entries.dropFirst(first).enumerated() where row < inner.height {
            let y = inner.y + row
            grid.put(entry.keys, at: Point(x: inner.x, y: y), style: theme.status.adding(.bold), clip: inner)
            grid.put(entry.action, at: Point(x: inner.x + keyWidth, y: y), style: theme.status, clip: inner)
        }
    }
}
