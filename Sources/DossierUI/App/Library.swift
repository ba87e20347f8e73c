import DossierCore
import Foundation

/// The collection the reader shows: its articles, their resolved entities and the cross-links the reader's entity
/// corrections make of them. Articles are fixed while reading; the index is rebuilt when entity marks change.
public struct Library: Sendable {
    /// A name for the status bar (the folder opened).
    public let name: String
    /// The articles, in load order.
    public let articles: [Article]
    /// The entities as resolved from the text, before any correction.
    public let baseEntities: [Entity]
    /// The reader's entity corrections the index reflects.
    public private(set) var entityMarks: [EntityID: EntityMarks]
    /// The entities and their links, corrected.
    public private(set) var index: MentionIndex
    /// Full-text matching for filter words.
    public let textSearch: ArticleTextScan
    private let positions: [ArticleID: Int]

    public init(name: String, articles: [Article], entities: [Entity], entityMarks: [EntityID: EntityMarks] = [:]) {
        self.name = name
        self.articles = articles
        baseEntities = entities
        self.entityMarks = entityMarks
        index = MentionIndex(entities: entities, articleOrder: articles.map(\.id), marks: entityMarks)
        textSearch = ArticleTextScan(articles: articles)
        positions = Dictionary(articles.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    }

    /// The same collection with the index rebuilt from the base entities under new entity marks.
    public func applying(entityMarks: [EntityID: EntityMarks]) -> Library {
        var library = self
        library.entityMarks = entityMarks
        library.index = MentionIndex(entities: baseEntities, articleOrder: articles.map(\.id), marks: entityMarks)
        return library
    }

    /// The entity that `id` was merged into, following merges, when it is in the index.
    public func mergeRoot(of id: EntityID) -> EntityID? {
        var cursor = id
        var seen: Set<EntityID> = [id]
        while index.entity(cursor) == nil {
            guard let next = entityMarks[cursor]?.mergedInto, seen.insert(next).inserted else { return nil }
            cursor = next
        }
        return cursor
    }

    /// The article with this id.
    public func article(_ id: ArticleID) -> Article? { positions[id].map { articles[$0] } }

    /// The article ids in the order `sort` gives.
    public func sorted(by sort: ArticleSort) -> [ArticleID] {
        let order: [Article]
        switch sort {
        case .date:
            // Newest first; undated last; ties by title.
            order = articles.sorted { a, b in
                switch (a.date, b.date) {
                case let (x?, y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (a.title ?? "") < (b.title ?? "")
                }
            }
        case .title:
            order = articles.sorted { ($0.title ?? "").localizedStandardCompare($1.title ?? "") == .orderedAscending }
        case .source:
            order = articles.sorted { ($0.source ?? "~", $0.title ?? "") < ($1.source ?? "~", $1.title ?? "") }
        }
        return order.map(\.id)
    }
}

/// How the article list is ordered.
public enum ArticleSort: String, CaseIterable, Sendable {
    case date, title, source

    /// The next order, for the key that cycles them.
    public var next: ArticleSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
