import DossierText
/// The key help, drawn over the centre of the screen on `?`.
struct HelpOverlay: PaneView {
    let theme: Theme
    /// The first entry shown.
    var scroll = 0

    /// Every key the reader understands, with what it does.
    static let entries: [(keys: String, action: String)] = [
        ("Tab / Shift-Tab, h / l, ← / →", "move focus between panes"),
        ("j / k, ↓ / ↑", "move down / up"),
        ("PgDn / PgUp, Ctrl-d / Ctrl-u", "page / half page down, up"),
        ("g / G, Home / End", "top / bottom"),
        ("Enter", "open article, entity, link; unfold furniture"),
        ("n / N, ] / [", "next / previous mention or link (search match while searching)"),
        ("Backspace, Ctrl-o, H", "back"),
        ("L", "forward (Ctrl-i is Tab in terminals)"),
        ("/ (list)", "search all articles: w \"phrase\" pre* a OR b -w"),
        ("/ (reader, sidebar)", "search the pane; Esc cancels"),
        ("r", "raw text of the article"),
        ("z", "fold or unfold all page furniture"),
        ("o", "sort the list by date, title or source"),
        ("u / s / a", "toggle read / starred / archived"),
        ("t", "tag: T adds, -T removes, Tab completes"),
        ("e", "edit the note (empty clears it)"),
        ("v", "highlight the paragraph; again removes it"),
        (":read all, :unread all", "mark every listed article read / unread"),
        (":tag all T, :untag all T", "tag / untag every listed article"),
        ("s (sidebar, entity page)", "pin / unpin the entity"),
        ("x (sidebar, entity page)", "hide the entity: not a real one"),
        ("m, then Enter on another", "merge the entity into the one picked"),
        ("M (sidebar, entity page)", "split out the entities merged into it"),
        ("R (sidebar, entity page)", "rename the entity (empty restores it)"),
        ("N (sidebar)", "next unread article mentioning the entity"),
        ("U / Ctrl-r", "undo / redo a mark change"),
        ("f", "filter: words is:unread tag:T entity:N -neg"),
        ("mouse", "click selects and focuses; the wheel scrolls"),
        ("?", "this help"),
        ("q", "back; quit at the top"),
        ("Q", "quit at once"),
        ("Ctrl-z", "suspend (fg resumes)"),
    ]

    /// The largest useful scroll for a screen `height` rows tall: the last entry on the last row.
    static func maxScroll(height: Int) -> Int {
        max(0, entries.count - max(0, min(height, entries.count + 4) - 3))
    }

    func render(into grid: inout Grid, area: Rect) {
        let keyWidth = Self.entries.map(\.keys.displayWidth).max()! + 2
        let contentWidth = keyWidth + Self.entries.map(\.action.displayWidth).max()!
        let width = min(area.width, contentWidth + 4)
        let height = min(area.height, Self.entries.count + 4)
        guard width > 4, height > 2 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        grid.fill(box, style: theme.status)
        let inner = box.inset(top: 2, left: 2, bottom: 1, right: 1)
        let first = min(scroll, Self.maxScroll(height: area.height))
        let title = inner.height < Self.entries.count ? " Keys \(first + 1)-\(min(Self.entries.count, first + inner.height))/\(Self.entries.count) (j/k scroll; Esc or ? closes) " : " Keys (Esc or ? closes) "
        grid.put(truncate(title, width: box.width), at: Point(x: box.x + 1, y: box.y), style: theme.statusMessage, clip: box)
        for (row, entry) in Self.entries.dropFirst(first).enumerated() where row < inner.height {
            let y = inner.y + row
            grid.put(entry.keys, at: Point(x: inner.x, y: y), style: theme.status.adding(.bold), clip: inner)
            grid.put(entry.action, at: Point(x: inner.x + keyWidth, y: y), style: theme.status, clip: inner)
        }
    }
}
