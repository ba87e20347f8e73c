import DossierCore

/// A full-text search of the whole collection, shown as the article list in rank order.
public struct ListSearch: Hashable, Sendable {
    /// The search as typed.
    public var text: String
    /// The matching articles, best first.
    public var hits: [ArticleID]
    /// Snippets around the matches of the best hits, for their rows.
    public var snippets: [ArticleID: SearchSnippet]

    /// How many of the best hits get a snippet: a few screens of rows, so the search stays fast on large collections.
    public static let snippetLimit = 100

    public init(text: String, hits: [ArticleID], snippets: [ArticleID: SearchSnippet] = [:]) {
        self.text = text
        self.hits = hits
        self.snippets = snippets
    }
}

/// `/` in the article list: the collection's full-text search (FTS5 for an indexed collection) replaces the list
/// with its hits until Esc.
extension AppState {
    /// Asks for the search `text` over the collection; an empty search returns to the normal list, a bad one
    /// leaves the list as it was and says what is wrong.
    mutating func searchCollection(_ text: String) -> [Effect] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            endListSearch()
            return []
        }
        do throws(SearchQueryError) {
            _ = try SearchQuery(text)
            return [.searchCollection(text)]
        } catch {
            message = "Search not run: \(error.description)"
            return []
        }
    }

    /// Lists a search's hits, selecting the best unless the same search is shown again (after an update).
    mutating func takeSearch(_ found: ListSearch) {
        let again = listSearch?.text == found.text
        listSearch = found
        refreshList()
        if !again { list.moveToTop() }
    }

    /// Returns the list to every article (sorted and filtered as before the search).
    mutating func endListSearch() {
        listSearch = nil
        refreshList()
    }
}
