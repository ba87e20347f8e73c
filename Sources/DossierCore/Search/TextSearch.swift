import Foundation

/// Finds the articles whose text contains a word or phrase, or matches a search. The filter evaluator and the
/// reader's collection search ask only this, so the in-memory scan can give way to an SQLite FTS5 index without
/// touching the query language.
public protocol TextSearch {
    /// The articles whose words include those of `phrase`, adjacent and in order (case and accents ignored).
    func articles(containing phrase: String) throws(IndexError) -> Set<ArticleID>

    /// Every article matching `query`, best first when the search can rank them.
    func rankedArticles(matching query: SearchQuery) throws(IndexError) -> [ArticleID]

    /// A snippet of text around the matches of `query` in each of its first `limit` articles (as ranked).
    func snippets(matching query: SearchQuery, limit: Int) throws(IndexError) -> [ArticleID: SearchSnippet]
}

/// A few words of an article around a search's matches, on one line, with the matches as character offsets.
public struct SearchSnippet: Hashable, Sendable {
    public var text: String
    public var highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }
}

/// A `TextSearch` that scans the words of each article's title, standfirst, paragraphs and captions in memory.
public struct ArticleTextScan: TextSearch, Sendable {
    private let words: [(ArticleID, [String])]

    public init(articles: [Article]) {
        words = articles.map { article in
            let parts = [article.title, article.standfirst].compactMap { $0 } + article.blocks.filter { $0.kind != .furniture }.map(\.text)
            return (article.id, parts.flatMap(Self.words))
        }
    }

    public func articles(containing phrase: String) -> Set<ArticleID> {
        let wanted = Self.words(in: phrase)
        guard !wanted.isEmpty else { return [] }
        return Set(words.filter { Self.contains($0.1, wanted) }.map(\.0))
    }

    /// Every article matching `query`, in collection order: each required term (or one of its alternatives)
    /// occurs and no excluded one does.
    public func rankedArticles(matching query: SearchQuery) -> [ArticleID] {
        let required = query.required.map { $0.map(Self.folded) }
        let excluded = query.excluded.map(Self.folded)
        return words.filter { _, text in
            required.allSatisfy { $0.contains { Self.contains(text, $0) } } && !excluded.contains { Self.contains(text, $0) }
        }.map(\.0)
    }

    /// The words around each article's first match, lower case and unaccented as the scan holds them.
    public func snippets(matching query: SearchQuery, limit: Int) -> [ArticleID: SearchSnippet] {
        let terms = query.required.flatMap { $0.map(Self.folded) }
        let ranked = Set(rankedArticles(matching: query).prefix(limit))
        var snippets: [ArticleID: SearchSnippet] = [:]
        for (id, text) in words where ranked.contains(id) {
            let at = text.indices.first { start in terms.contains { Self.contains(Array(text[start...]).prefix($0.words.count).map { $0 }, $0) } } ?? 0
            let window = Array(text[max(0, at - 6)..<min(text.count, at + 10)])
            var snippet = ""
            var highlights: [Range<Int>] = []
            for (offset, word) in window.enumerated() {
                if !snippet.isEmpty { snippet += " " }
                let start = snippet.count
                snippet += word
                if terms.contains(where: { term in Self.contains(Array(window[offset...].prefix(term.words.count)), term) }) {
                    highlights.append(start..<snippet.count)
                }
            }
            snippets[id] = SearchSnippet(text: snippet, highlights: highlights)
        }
        return snippets
    }

    /// A search term in the scan's own word form (case and accents folded).
    private static func folded(_ term: SearchQuery.Term) -> (words: [String], isPrefix: Bool) {
        (term.words.flatMap(words(in:)), term.isPrefix)
    }

    private static func contains(_ haystack: [String], _ term: (words: [String], isPrefix: Bool)) -> Bool {
        guard let last = term.words.last, term.words.count <= haystack.count else { return false }
        guard term.isPrefix else { return contains(haystack, term.words) }
        let head = term.words.dropLast()
        for start in 0 ... haystack.count - term.words.count where haystack[start + head.count].hasPrefix(last) {
            if haystack[start ..< start + head.count].elementsEqual(head) { return true }
        }
        return false
    }

    /// The words of a text: runs of letters and digits, in lower case without accents.
    public static func words(in text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split { !$0.isLetter && !$0.isNumber }
            .map(String.init)
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0 ... haystack.count - needle.count where haystack[start] == needle[0] {
            if haystack[start ..< start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
