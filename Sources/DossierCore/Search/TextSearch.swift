import Foundation

/// Finds the articles whose text contains a word or phrase, or matches a search. The filter evaluator and the
/// reader's collection search ask only this, so the in-memory scan can give way to an SQLite FTS5 index without
/// touching the query language.
public protocol TextSearch {
    /// The articles whose words include those of `phrase`, adjacent and in order (case and accents ignored).
    func articles(containing phrase: String) -> Set<ArticleID>

    /// Every article matching `query`, best first when the search can rank them.
    func rankedArticles(matching query: SearchQuery) throws(IndexError) -> [ArticleID]
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
