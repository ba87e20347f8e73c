/// The bottom line: the collection, counts, the focused pane's key hints, a transient message or the prompt.
struct StatusBar: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        grid.fill(area, style: theme.status)
        let point = Point(x: area.x, y: area.y)
        if let prompt = state.prompt {
            let label = prompt.purpose == .search ? "/" : "filter: "
            grid.put(truncate(label + prompt.text + "▏", width: area.width), at: point, style: theme.status, clip: area)
            return
        }
        let library = state.library
        let counts = " \(library.name) · \(library.articles.count) articles · \(library.index.entities.count) entities "
        var left = counts
        if let filter = state.filter { left += "· filter \(filter.text): \(state.listOrder.count) shown " }
        if let entity = state.openEntity { left += "· \(entity.canonicalName) (\(entity.kind.rawValue)) " }
        if let search = state.search { left += "· /\(search) (n/N, Esc) " }
        let right = state.message ?? hints
        let used = grid.put(truncate(left, width: area.width), at: point, style: theme.status, clip: area) - area.x
        let room = area.width - used - 1
        guard room > 4 else { return }
        let shown = truncate(right, width: room)
        grid.put(shown, at: Point(x: area.maxX - shown.displayWidth - 1, y: area.y), style: state.message == nil ? theme.status : theme.statusMessage, clip: area)
    }

    private var hints: String {
        switch state.focus {
        case .list: "j/k move · Enter open · s star · u read · f filter · ? help · q quit"
        case .reader: "n/N mentions · Enter follow · Bksp back · / search · r raw · ? help"
        case .sidebar: "j/k move · Enter entity page · Tab pane · ? help"
        }
    }
}
