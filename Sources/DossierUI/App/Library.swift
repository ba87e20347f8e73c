import DossierCore
import Foundation

/// The collection the reader shows: a summary of every article, their resolved entities and the cross-links the
/// reader's entity corrections make of them. Full articles are fetched one at a time (from memory, or read from
/// their files for an indexed collection), so a large collection's text is never all held at once. Articles are
/// fixed while reading; the index is rebuilt when entity marks change.
public struct Library: Sendable {
    /// A name for the status bar (the folder opened).
    public let name: String
    /// Every article, in load order, as the list shows it.
    public let summaries: [ArticleSummary]
    /// The entities as resolved from the text, before any correction.
    public let baseEntities: [Entity]
    /// Where the entities are mentioned, by article.
    public let mentions: any MentionSource
    /// The reader's entity corrections the index reflects.
    public private(set) var entityMarks: [EntityID: EntityMarks]
    /// The entities and their links, corrected.
    public private(set) var index: MentionIndex
    /// Full-text matching for filter words.
    public let textSearch: any TextSearch & Sendable
    private let positions: [ArticleID: Int]
    private let texts: ArticleTexts

    /// A collection held wholly in memory, with what resolution made of it.
    public init(name: String, articles: [Article], resolution: Resolution, entityMarks: [EntityID: EntityMarks] = [:]) {
        let byID = Dictionary(articles.map { ($0.id, $0) }) { first, _ in first }
        self.init(name: name, summaries: articles.map(\.summary), entities: resolution.entities, mentions: resolution.mentions,
                  entityMarks: entityMarks, textSearch: ArticleTextScan(articles: articles), texts: ArticleTexts { byID[$0.id] })
    }

    /// A collection whose articles are fetched by `load` when opened (the last few are kept).
    public init(name: String, summaries: [ArticleSummary], entities: [Entity], mentions: any MentionSource,
                entityMarks: [EntityID: EntityMarks] = [:],
                textSearch: any TextSearch & Sendable, load: @escaping @Sendable (ArticleSummary) -> Article?) {
        self.init(name: name, summaries: summaries, entities: entities, mentions: mentions, entityMarks: entityMarks,
                  textSearch: textSearch, texts: ArticleTexts(load: load))
    }

    private init(name: String, summaries: [ArticleSummary], entities: [Entity], mentions: any MentionSource,
                 entityMarks: [EntityID: EntityMarks], textSearch: any TextSearch & Sendable, texts: ArticleTexts) {
        self.name = name
        self.summaries = summaries
        baseEntities = entities
        self.mentions = mentions
        self.entityMarks = entityMarks
        index = MentionIndex(entities: entities, articleOrder: summaries.map(\.id), mentions: mentions, marks: entityMarks)
        self.textSearch = textSearch
        self.texts = texts
        positions = Dictionary(summaries.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    }

    /// The same collection with the index rebuilt from the base entities under new entity marks.
    public func applying(entityMarks: [EntityID: EntityMarks]) -> Library {
        var library = self
        library.entityMarks = entityMarks
        library.index = MentionIndex(entities: baseEntities, articleOrder: summaries.map(\.id), mentions: mentions, marks: entityMarks)
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

    /// The summary of the article with this id.
    public func summary(_ id: ArticleID) -> ArticleSummary? { positions[id].map { summaries[$0] } }

    /// The whole article with this id, fetched when it is not among the last few opened.
    public func article(_ id: ArticleID) -> Article? { summary(id).flatMap(texts.article) }

    /// The whole articles of `ids`, in order (nil for one that cannot be read), those not read recently read side by
    /// side on every core.
    public func articles(_ ids: [ArticleID]) -> [Article?] {
        let summaries = ids.map(summary)
        let found = texts.articles(summaries.compactMap { $0 })
        var next = found.makeIterator()
        return summaries.map { $0 == nil ? nil : next.next() ?? nil }
    }

    /// The article ids in the order `sort` gives.
    public func sorted(by sort: ArticleSort) -> [ArticleID] {
        // Positions are sorted, not summaries: a summary is six strings to copy at every move.
        let order: [Int]
        switch sort {
        case .date:
            // Newest first; undated last; ties by title.
            let dates = summaries.map(\.date)
            order = summaries.indices.sorted { i, j in
                switch (dates[i], dates[j]) {
                case let (x?, y?) where x != y: return x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return (summaries[i].title ?? "") < (summaries[j].title ?? "")
                }
            }
        case .title:
            order = summaries.indices.sorted {
                (summaries[$0].title ?? "").localizedStandardCompare(summaries[$1].title ?? "") == .orderedAscending
            }
        case .source:
            order = summaries.indices.sorted {
                (summaries[$0].source ?? "~", summaries[$0].title ?? "") < (summaries[$1].source ?? "~", summaries[$1].title ?? "")
            }
        }
        return order.map { summaries[$0].id }
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
