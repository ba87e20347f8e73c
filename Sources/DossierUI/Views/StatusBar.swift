import DossierText
/// The bottom line: the collection, counts, the focused pane's key hints, a transient message or the prompt.
struct StatusBar: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        grid.fill(area, style: theme.status)
        let point = Point(x: area.x, y: area.y)
        if let prompt = state.prompt {
            let used = grid.put(truncate(label(prompt.purpose) + prompt.text + "▏", width: area.width), at: point, style: theme.status, clip: area) - area.x
            if let message = state.message, area.width - used > 6 {
                let shown = truncate(message, width: area.width - used - 2)
                grid.put(shown, at: Point(x: area.maxX - shown.displayWidth - 1, y: area.y), style: theme.statusMessage, clip: area)
            }
            return
        }
        let library = state.library
        let counts = " \(library.name) · \(library.summaries.count) articles · \(library.index.entities.count) entities "
        var left = counts
        if let indexing = state.indexing { left += indexing.total > 0 ? "· Indexing \(indexing.summary) " : "· Indexing… " }
        if let search = state.listSearch { left += "· \(state.listOrder.count) article\(state.listOrder.count == 1 ? "" : "s") match “\(search.text)” (Esc) " }
        if let filter = state.filter, state.listSearch == nil { left += "· filter \(filter.text): \(state.listOrder.count) shown " }
        if let entity = state.openEntity { left += "· \(entity.canonicalName) (\(entity.kind.rawValue)) " }
        if let search = state.search { left += "· /\(search) (n/N, Esc) " }
        if let source = state.merging {
            let name = state.library.index.entity(source)?.canonicalName ?? source.rawValue
            left += "· merge \(name) into: pick in the sidebar, Enter (Esc cancels) "
        }
        let right = state.message ?? hints
        // A message says what just happened: it keeps up to two thirds of the line, the counts what is left.
        let reserved = state.message.map { min($0.displayWidth + 2, area.width * 2 / 3) } ?? 0
        let used = grid.put(truncate(left, width: area.width - reserved), at: point, style: theme.status, clip: area) - area.x
        let room = area.width - used - 1
        guard room > 4 else { return }
        let shown = truncate(right, width: room)
        grid.put(shown, at: Point(x: area.maxX - shown.displayWidth - 1, y: area.y), style: state.message == nil ? theme.status : theme.statusMessage, clip: area)
    }

    /// The prompt's label, saying what the text is for.
    private func label(_ purpose: Prompt.Purpose) -> String {
        switch purpose {
        case .search: return "/"
        case .listSearch: return "search all: "
        case .filter: return "filter: "
        case .command: return ":"
        case .note: return "note (empty clears): "
        case .rename: return "rename (empty restores): "
        case .tag(let article):
            let tags = state.marks[article]?.tags ?? []
            return "tags" + (tags.isEmpty ? "" : " [\(tags.joined(separator: " "))]") + " (-name removes, Tab completes): "
        }
    }

    private var hints: String {
        switch state.focus {
        case .list: "j/k move · Enter open · s star · u read · t tag · f filter · : all · ? help · q quit"
        case .reader: "n/N mentions · Enter follow · Bksp back · v highlight · t tag · e note · ? help"
        case .sidebar: "Enter page · N next unread · s pin · x hide · m merge · R rename · ? help"
        }
    }
}
