import DossierCore

/// Select-then-act in the list: `x` selects articles, and the mark keys then act on all of them at once.
extension AppState {
    /// Selects the article under the list cursor, or unselects it, and moves down to the next.
    mutating func toggleSelected() {
        guard focus == .list, let index = list.selectedIndex, listOrder.indices.contains(index) else { return }
        let id = listOrder[index]
        if selected.remove(id) == nil { selected.insert(id) }
        list.moveDown()
    }

    /// The articles the mark keys act on: every selected article while the list has the focus and a selection,
    /// else the one `markTarget` names.
    var markTargets: [ArticleID] {
        if focus == .list, !selected.isEmpty { return selected.sorted { $0.rawValue < $1.rawValue } }
        return markTarget.map { [$0] } ?? []
    }

    /// Sets read, starred or archived on the articles the keys act on: on all of them unless all have it already.
    mutating func toggleMark(_ action: Action) -> [Effect] {
        let targets = markTargets
        guard !targets.isEmpty else { message = "Select an article first"; return [] }
        let current = targets.map { marks[$0] ?? ArticleMarks() }
        switch action {
        case .toggleRead: return [.mark(.setRead(!current.allSatisfy(\.isRead), targets))]
        case .toggleStar: return [.mark(.setStarred(!current.allSatisfy(\.isStarred), targets))]
        default: return [.mark(.setArchived(!current.allSatisfy(\.isArchived), targets))]
        }
    }
}
