import DossierText

/// The key help, drawn over the centre of the screen on `?`: the binding table by context, then the command line's
/// commands.
struct HelpOverlay: PaneView {
    let theme: Theme
    let bindings: KeyBindings
    /// The first line shown.
    var scroll = 0

    func render(into grid: inout Grid, area: Rect) {
        let lines = KeyHelp.lines(bindings)
        let keyWidth = lines.map { if case .entry(let keys, _) = $0 { keys.displayWidth } else { 0 } }.max()! + 2
        let contentWidth = lines.map { line in
            switch line {
            case .heading(let text): text.displayWidth
            case .entry(_, let text): keyWidth + text.displayWidth
            }
        }.max()!
        let width = min(area.width, contentWidth + 4)
        let height = min(area.height, lines.count + 4)
        guard width > 4, height > 2 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(box, style: theme.status)
        let inner = box.inset(top: 2, left: 2, bottom: 1, right: 1)
        let first = min(scroll, KeyHelp.maxScroll(height: area.height, bindings: bindings))
        let title = inner.height < lines.count ? " Keys \(first + 1)-\(min(lines.count, first + inner.height))/\(lines.count) (j/k scroll; Esc or ? closes) " : " Keys (Esc or ? closes) "
        grid.put(truncate(title, width: box.width), at: Point(x: box.x + 1, y: box.y), style: theme.statusMessage, clip: box)
        for (row, line) in lines.dropFirst(first).enumerated() where row < inner.height {
            let y = inner.y + row
            switch line {
            case .heading(let text):
                grid.put(text, at: Point(x: inner.x, y: y), style: theme.statusMessage, clip: inner)
            case .entry(let keys, let text):
                grid.put(keys, at: Point(x: inner.x, y: y), style: theme.status.adding(.bold), clip: inner)
                grid.put(text, at: Point(x: inner.x + keyWidth, y: y), style: theme.status, clip: inner)
            }
        }
    }
}
