/// The keys the help overlay lists, each with what it does.
enum KeyHelp {
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
}
