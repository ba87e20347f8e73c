import DossierCore

/// A full-text search of the whole collection, shown as the article list in rank order.
public struct ListSearch: Equatable, Sendable {
    /// The search as typed.
    public var text: String
    /// The matching articles, best first.
    public var hits: [ArticleID]
}

/// `/` in the article list: the collection's full-text search (FTS5 for an indexed collection) replaces the list
/// with its hits until Esc.
extension AppState {
    /// Runs the search `text` over the collection and lists the hits, selecting the best unless `keepingSelection`;
    /// an empty search returns to the normal list, a bad one leaves the list as it was and says what is wrong.
    mutating func searchCollection(_ text: String, keepingSelection: Bool = false) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return endListSearch() }
        do {
            let query = try SearchQuery(text)
            listSearch = ListSearch(text: text, hits: try library.textSearch.rankedArticles(matching: query))
            refreshList()
            if !keepingSelection { list.moveToTop() }
        } catch let error as SearchQueryError {
            message = "Search not run: \(error.description)"
        } catch {
            message = "Search failed: \(error)"
        }
    }

    /// Returns the list to every article (sorted and filtered as before the search).
    mutating func endListSearch() {
        listSearch = nil
        refreshList()
    }
}
