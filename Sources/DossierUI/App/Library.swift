import DossierCore
import DossierText
import Foundation

/// The collection the reader shows, as values: a summary of every article, their resolved entities and the
/// cross-links the reader's entity corrections make of them. Whole articles, where mentions sit in them and the
/// full-text search are read by the run loop (`DossierApp.OpenCollection`) and come back to the state as actions.
public struct Library: Sendable {
    /// A name for the status bar (the folder opened).
    public let name: String
    /// Every article, in load order, as the list shows it.
    public let summaries: [ArticleSummary]
    /// The entities as resolved from the text, before any correction.
    public let baseEntities: [Entity]
    /// The reader's entity corrections the index reflects.
    public let entityMarks: [EntityID: EntityMarks]
    /// The entities and their links, corrected.
    public let index: EntityIndex
    private let positions: [ArticleID: Int]
    /// The article the list shows in place of each other version of a text (`ArticleSummary.listedAs`).
    public let listedAs: [ArticleID: ArticleID]
    /// Whether any article has a date, and the widest source name (in cells, 0 when none has one): the list shows a
    /// column only for values the collection has.
    public let hasDates: Bool
    public let sourceWidth: Int

    /// The library of `summaries` whose entities, resolved as `baseEntities`, are cross-linked (after `entityMarks`)
    /// as `index`.
    public init(name: String, summaries: [ArticleSummary], baseEntities: [Entity], entityMarks: [EntityID: EntityMarks] = [:],
                index: EntityIndex) {
        self.name = name
        self.summaries = summaries
        self.baseEntities = baseEntities
        self.entityMarks = entityMarks
        self.index = index
        positions = Dictionary(summaries.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        listedAs = Dictionary(summaries.compactMap { summary in summary.listedAs.map { (summary.id, $0) } }) { first, _ in first }
        hasDates = summaries.contains { $0.date != nil }
        // A text is never wider than its UTF-8 bytes, so most sources need no measuring.
        var widest = 0
        for summary in summaries {
            if let source = summary.source, source.utf8.count > widest { widest = max(widest, source.displayWidth) }
        }
        sourceWidth = widest
    }

    /// An empty library, shown while a collection is first indexed.
    public init(name: String) {
        self.init(name: name, summaries: [], baseEntities: [], index: EntityIndex(entities: [], articleOrder: []))
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

    /// The name to show for an entity: its corrected name, or for one hidden or merged away its extracted name.
    public func displayName(_ id: EntityID) -> String {
        if let entity = index.entity(id) { return entity.canonicalName }
        if let name = entityMarks[id]?.name { return name }
        return baseEntities.first { $0.id == id }?.canonicalName ?? id.rawValue
    }

    /// `ids` as list rows: each version of a text as the version listed for it, each row once, in the order of the
    /// first of its ids.
    public func listed(_ ids: [ArticleID]) -> [ArticleID] {
        guard !listedAs.isEmpty else { return ids }
        var seen = Set<ArticleID>()
        return ids.compactMap { id in
            let row = listedAs[id] ?? id
            return seen.insert(row).inserted ? row : nil
        }
    }

    /// The summary of the article with this id.
    public func summary(_ id: ArticleID) -> ArticleSummary? { positions[id].map { summaries[$0] } }

    /// The article ids in the order `sort` gives.
    public func sorted(by sort: ArticleSort) -> [ArticleID] {
        // Positions are sorted, not summaries: a summary is six strings to copy at every move.
        let order: [Int]
        switch sort {
        case .date:
            // Newest first; undated last; ties by title, in the order of its UTF-8 bytes. Dates are ranked once (a
            // collection has far fewer dates than articles) and titles compared by their first eight bytes first, so
            // that the sort mostly compares numbers: comparing the strings was half of a first frame at 100,000.
            let distinct = Set(summaries.lazy.compactMap { $0.date }).sorted()
            let rank = Dictionary(uniqueKeysWithValues: zip(distinct, distinct.indices))
            let ranks = summaries.map { $0.date.map { rank[$0]! } ?? -1 }
            let heads = summaries.map { Self.head(of: $0.title ?? "") }
            order = summaries.indices.sorted { i, j in
                if ranks[i] != ranks[j] { return ranks[i] > ranks[j] }
                if heads[i] != heads[j] { return heads[i] < heads[j] }
                return (summaries[i].title ?? "").utf8.lexicographicallyPrecedes((summaries[j].title ?? "").utf8)
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

    /// The first eight UTF-8 bytes of `text` as a number that orders as they do (a shorter text padded with zeros).
    private static func head(of text: String) -> UInt64 {
        var head: UInt64 = 0
        var count = 0
        for byte in text.utf8.prefix(8) {
            head = head << 8 | UInt64(byte)
            count += 1
        }
        return count == 0 ? 0 : head << (8 * UInt64(8 - count))
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
