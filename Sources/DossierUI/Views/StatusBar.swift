import DossierText
/// The bottom line: the collection, counts, the focused pane's key hints, a transient message or the prompt.
struct StatusBar: PaneView {
    let state: AppState

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        grid.fill(area, style: theme.status)
        let point = Point(x: area.x, y: area.y)
        if let prompt = state.prompt {
            let used = renderPrompt(prompt, into: &grid, area: area) - area.x
            if let message = state.message, area.width - used > 6 {
                let shown = truncate(message, width: area.width - used - 2)
                grid.put(shown, at: Point(x: area.maxX - shown.displayWidth - 1, y: area.y), style: theme.statusMessage, clip: area)
            }
            return
        }
        let library = state.library
        let counts = " \(library.name) · \(state.unreadArticles) unread / \(library.summaries.count) articles · \(library.index.entities.count) entities "
        var left = counts
        if !state.selected.isEmpty { left += "· \(state.selected.count) selected (Esc clears) " }
        if let indexing = state.indexing { left += indexing.total > 0 ? "· Indexing \(indexing.summary) " : "· Indexing… " }
        if let search = state.listSearch { left += "· \(state.listOrder.count) article\(state.listOrder.count == 1 ? "" : "s") match “\(search.text)” (Esc) " }
        if let filter = state.filter, state.listSearch == nil { left += "· filter \(filter.text): \(state.listOrder.count) shown " }
        if let entity = state.openEntity { left += "· \(entity.canonicalName) (\(entity.kind.rawValue)) " }
        if let search = state.search { left += "· /\(search.text) (n/N, Esc) " }
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

    /// Draws the label and the text with its cursor (a reversed cell), the text scrolled so the cursor shows;
    /// returns the column after it.
    private func renderPrompt(_ prompt: Prompt, into grid: inout Grid, area: Rect) -> Int {
        let theme = state.theme
        let label = truncate(label(prompt.purpose), width: max(0, area.width - 2))
        var x = grid.put(label, at: Point(x: area.x, y: area.y), style: theme.status, clip: area)
        let characters = Array(prompt.text)
        let cursor = min(prompt.cursor, characters.count)
        let room = area.maxX - x - 1
        guard room > 0 else { return x }
        var before = String(characters[..<cursor])
        if before.displayWidth > room - 1 {
            // Scrolled: the end of what precedes the cursor, after an ellipsis.
            var kept = Substring(before)
            while kept.displayWidth > room - 2, !kept.isEmpty { kept = kept.dropFirst() }
            before = "…" + kept
        }
        x = grid.put(before, at: Point(x: x, y: area.y), style: theme.status, clip: area)
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        x = grid.put(under, at: Point(x: x, y: area.y), style: theme.status.adding(.reverse), clip: area)
        if cursor + 1 < characters.count {
            x = grid.put(truncate(String(characters[(cursor + 1)...]), width: max(0, area.maxX - x)), at: Point(x: x, y: area.y), style: theme.status, clip: area)
        }
        return x
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
        case .pick(.merge(let id)): return "merge \(state.library.displayName(id)) into (Tab: next; Enter on nothing: pick in the sidebar): "
        case .pick(.open): return "entity (Tab: next): "
        case .detach(let id):
            let aliases = state.library.index.entity(id)?.aliases ?? []
            return "detach which name (\(aliases.joined(separator: ", "))): "
        case .confirmMerge(_, let target, _):
            return "“\(state.library.displayName(target))” exists: merge into it (y) or rename anyway (n)? "
        case .tag(let article):
            let tags = state.marks[article]?.tags ?? []
            return "tags" + (tags.isEmpty ? "" : " [\(tags.joined(separator: " "))]") + " (-name removes, Tab completes): "
        case .tagSelection(let articles):
            return "tags for \(articles.count) selected (-name removes, Tab completes): "
        }
    }

    private var hints: String { state.bindings.hints(for: state.focus) }
}
