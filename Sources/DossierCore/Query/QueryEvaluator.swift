import Foundation

/// The articles a query's text and entity terms match, looked up in a collection's `TextSearch` and `EntityIndex`:
/// the part of evaluating a query that reads more than marks.
public struct QueryLookups: Hashable, Sendable {
    fileprivate var found: [QueryPredicate: Set<ArticleID>] = [:]
    /// Why the search could not be read (a damaged index), when it could not: its word terms then match nothing.
    public private(set) var failure: IndexError?

    /// Nothing looked up: for a query with no text or entity term.
    public init() {}

    /// The lookups of `query`'s terms. Without an `index`, entity terms match no article.
    public init(_ query: Query, index: MentionIndex?, search: any TextSearch) {
        for predicate in query.predicates where found[predicate] == nil {
            switch predicate {
            case .text(let phrase):
                do throws(IndexError) { found[predicate] = try search.articles(containing: phrase) } catch {
                    found[predicate] = []
                    failure = error
                }
            case .entity(let name):
                found[predicate] = Set((index?.entities(named: name) ?? []).flatMap(\.articles))
            default: break
            }
        }
    }
}

/// Decides which articles a `Query` admits, given their marks and what its text and entity terms match.
public struct QueryEvaluator {
    public let query: Query
    private let marks: [ArticleID: ArticleMarks]
    private let found: [QueryPredicate: Set<ArticleID>]

    /// An evaluator for `query` whose text and entity terms were looked up as `lookups`.
    public init(query: Query, marks: [ArticleID: ArticleMarks], lookups: QueryLookups) {
        self.query = query
        self.marks = marks
        found = lookups.found
    }

    /// An evaluator for `query`, its terms looked up in `index` and `search` now.
    public init(query: Query, marks: [ArticleID: ArticleMarks], index: MentionIndex?, search: any TextSearch) {
        self.init(query: query, marks: marks, lookups: QueryLookups(query, index: index, search: search))
    }

    /// Whether every term holds for `article`.
    public func matches(_ article: ArticleSummary) -> Bool {
        query.terms.allSatisfy { holds($0, for: article) }
    }

    private func holds(_ term: QueryTerm, for article: ArticleSummary) -> Bool {
        holds(term.predicate, for: article) != term.isNegated
    }

    /// The articles that match, in the order given.
    public func filter(_ articles: [Article]) -> [Article] { articles.filter { matches($0.summary) } }

    private func holds(_ predicate: QueryPredicate, for article: ArticleSummary) -> Bool {
        let marks = marks[article.id] ?? ArticleMarks()
        switch predicate {
        case .anyOf(let terms): return terms.contains { holds($0, for: article) }
        case .all(let terms): return terms.allSatisfy { holds($0, for: article) }
        case .path(let text): return article.path.range(of: text, options: [.caseInsensitive]) != nil
        case .folder(let name):
            return article.path.split(separator: "/").dropLast().contains { $0.compare(name, options: [.caseInsensitive]) == .orderedSame }
        case .text, .entity: return found[predicate]?.contains(article.id) ?? false
        case .state(.read): return marks.isRead
        case .state(.unread): return !marks.isRead
        case .state(.starred): return marks.isStarred
        case .state(.archived): return marks.isArchived
        case .has(.note): return marks.note != nil
        case .has(.highlight): return !marks.highlights.isEmpty
        case .tag(let tag): return marks.tags.contains(tag)
        case .source(let name):
            return [article.credit, article.publisher].contains {
                $0?.range(of: name, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        case .after(let day): return article.date.map { $0.prefix(10) > day } ?? false
        case .before(let day): return article.date.map { $0.prefix(10) < day } ?? false
        }
    }
}
