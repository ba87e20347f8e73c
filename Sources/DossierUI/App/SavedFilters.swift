import DossierCore

/// A filter kept under a name (`:save NAME`), listed in the sidebar with how many articles it matches.
public struct SavedFilter: Hashable, Codable, Sendable {
    public var name: String
    public var query: String

    public init(name: String, query: String) {
        self.name = name
        self.query = query
    }
}

/// Saving, forgetting and applying named filters, and the counts the sidebar shows.
extension AppState {
    /// `:save NAME` keeps the current filter under NAME (replacing one of that name); `:unsave NAME` forgets one.
    mutating func saveFilter(named name: String) -> [Effect] {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { message = "Give the filter a name: :save NAME"; return [] }
        guard let filter else { message = "Filter the list first (f), then :save \(name)"; return [] }
        var kept = savedFilters.filter { $0.name != name }
        kept.append(SavedFilter(name: name, query: filter.text))
        return [.saveFilters(kept.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending })]
    }

    mutating func forgetFilter(named name: String) -> [Effect] {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard savedFilters.contains(where: { $0.name == name }) else { message = "No saved filter is called \(name)"; return [] }
        return [.saveFilters(savedFilters.filter { $0.name != name })]
    }

    /// Filters the list with a saved filter and shows the list.
    mutating func applySaved(_ saved: SavedFilter) -> [Effect] {
        listSearch = nil
        setFocus(.list)
        return applyFilter(saved.query)
    }
}
