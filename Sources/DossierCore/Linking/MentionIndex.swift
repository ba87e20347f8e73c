import Foundation
import Synchronization

/// The cross-links of a collection as values: entity → articles, article → entities, related articles and
/// co-mentioned entities, and how the reader's corrections send extracted mentions to entities. It holds no handle:
/// where mentions sit in an article is read from a `MentionSource` and linked here (`linked(_:)`).
public struct EntityIndex: Sendable {
    /// Every entity, most widely mentioned first (by article count, then mentions; then by name and id).
    public let entities: [Entity]
    private let position: [EntityID: Int]
    /// The positions in `entities` of the entities each article mentions.
    private let byArticle: [ArticleID: [Int32]]
    private let articleOrder: [ArticleID]
    /// Extracted ids whose mentions now belong to another entity (merged by the reader).
    private let redirects: [EntityID: EntityID]
    /// Extracted ids some of whose names the reader detached: the entity each detached name key's mentions go to.
    private let detachments: [EntityID: [String: EntityID]]

    /// The index of `entities` as they are; `detachments` sends the mentions of a detached name of an extracted id
    /// to the entity it now names, and `redirects` the mentions of an id to the entity it was merged into.
    public init(entities: [Entity], articleOrder: [ArticleID], detachments: [EntityID: [String: EntityID]] = [:],
                redirects: [EntityID: EntityID] = [:]) {
        self.entities = entities.sorted {
            ($0.articles.count, $0.mentionCount, $1.canonicalName, $1.id) > ($1.articles.count, $1.mentionCount, $0.canonicalName, $0.id)
        }
        position = Dictionary(self.entities.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        var byArticle: [ArticleID: [Int32]] = [:]
        for (slot, entity) in self.entities.enumerated() {
            for article in entity.articles { byArticle[article, default: []].append(Int32(slot)) }
        }
        self.byArticle = byArticle
        self.articleOrder = articleOrder
        self.detachments = detachments
        self.redirects = redirects
    }

    /// The entities of extracted mentions (as a `MentionSource` gives them), after the reader's corrections; mentions
    /// of hidden entities are left out.
    public func linked(_ mentions: [LinkedMention]) -> [(mention: Mention, entity: Entity)] {
        mentions.compactMap { linked in entity(target(of: linked.entity, key: NameKey.key(linked.mention.surface))).map { (linked.mention, $0) } }
    }

    /// The entity the mentions of the extracted entity `extracted` under the name key `key` belong to now.
    func target(of extracted: EntityID, key: String) -> EntityID {
        let id = detachments[extracted]?[key] ?? extracted
        return redirects[id] ?? id
    }

    /// Whether a name of one of `extracted` was detached (so that only some of its mentions stay with it).
    func detaches(any extracted: Set<EntityID>) -> Bool {
        extracted.contains { detachments[$0]?.isEmpty == false }
    }

    /// The extracted entities some of whose mentions belong to `id` now: itself, those merged into it, and those
    /// one of whose names was detached to it.
    func sources(of id: EntityID) -> Set<EntityID> {
        var sources: Set<EntityID> = [id]
        for (merged, into) in redirects where into == id { sources.insert(merged) }
        for (extracted, names) in detachments where names.values.contains(where: { ($0 == id) || redirects[$0] == id }) {
            sources.insert(extracted)
        }
        return sources
    }

    /// The entity with this id.
    public func entity(_ id: EntityID) -> Entity? { position[id].map { entities[$0] } }

    /// The entities an article mentions, most widely mentioned in the collection first.
    public func entities(in article: ArticleID) -> [Entity] {
        (byArticle[article] ?? []).map { entities[Int($0)] }
    }

    /// Whether the entity `id` is mentioned in `article`.
    public func mentions(_ id: EntityID, in article: ArticleID) -> Bool {
        guard let slot = position[id] else { return false }
        return byArticle[article]?.contains(Int32(slot)) ?? false
    }


    /// Articles ranked by the entities they share with `article`, each shared entity weighted by how rare it is
    /// in the collection (inverse document frequency), best first.
    public func related(to article: ArticleID, limit: Int = 10) -> [(article: ArticleID, score: Double)] {
        let total = Double(max(articleOrder.count, 1))
        var scores: [ArticleID: Double] = [:]
        for entity in entities(in: article) {
            let others = entity.articles
            let weight = log(1 + total / Double(others.count))
            for other in others where other != article { scores[other, default: 0] += weight }
        }
        let order = Dictionary(articleOrder.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        return scores.sorted { ($0.value, order[$1.key] ?? 0) > ($1.value, order[$0.key] ?? 0) }
            .prefix(limit).map { ($0.key, $0.value) }
    }

    /// Entities mentioned in the same articles as `entity`, with how many articles they share, most first.
    public func coMentioned(with id: EntityID, limit: Int = 20) -> [(entity: Entity, articles: Int)] {
        guard let slot = position[id] else { return [] }
        // Counted by position, in an array: an entity can share tens of thousands of articles with others.
        var counts = [Int32](repeating: 0, count: entities.count)
        var touched: [Int] = []
        for article in entities[slot].articles {
            for other in byArticle[article] ?? [] where Int(other) != slot {
                if counts[Int(other)] == 0 { touched.append(Int(other)) }
                counts[Int(other)] += 1
            }
        }
        // Only those that can be among the first `limit` are sorted by name.
        let threshold = touched.map { counts[$0] }.sorted(by: >).prefix(limit).last ?? 0
        return touched.filter { counts[$0] >= threshold }.map { (entity: entities[$0], articles: Int(counts[$0])) }
            .sorted { ($0.articles, $1.entity.canonicalName) > ($1.articles, $0.entity.canonicalName) }
            .prefix(limit).map { $0 }
    }
}


/// An `EntityIndex` with the `MentionSource` its mentions are read from: what a command asks where an entity is
/// mentioned. Name lookups and co-mention counts are kept once worked out (an index never changes).
public struct MentionIndex: Sendable {
    /// The cross-links, as values.
    public let entityIndex: EntityIndex
    private let source: any MentionSource
    private let coMentions = CoMentionCache()
    private let names = NameTable()

    /// The index of `entities` as they are, their mentions in `mentions` (see `EntityIndex`).
    public init(entities: [Entity], articleOrder: [ArticleID], mentions: any MentionSource,
                detachments: [EntityID: [String: EntityID]] = [:], redirects: [EntityID: EntityID] = [:]) {
        entityIndex = EntityIndex(entities: entities, articleOrder: articleOrder, detachments: detachments, redirects: redirects)
        source = mentions
    }

    /// Every entity, most widely mentioned first.
    public var entities: [Entity] { entityIndex.entities }

    /// The mentions in `article` of the entities in the index, in text order, each with its entity.
    public func mentions(in article: ArticleID) -> [(mention: Mention, entity: Entity)] {
        entityIndex.linked(source.mentions(in: article))
    }

    /// How many times the entity `id` is mentioned in each of its articles, from the tallies the mention source keeps
    /// (`MentionSource.occurrences`) rather than by reading every article's mentions.
    public func mentionCounts(of id: EntityID) -> [ArticleID: Int] {
        let sources = entityIndex.sources(of: id)
        // With no name detached from or to it, every mention of its sources is its own: summed by the source.
        if !entityIndex.detaches(any: sources) { return source.mentionCounts(of: sources) }
        var counts: [ArticleID: Int] = [:]
        for (extracted, occurrences) in source.occurrences(of: sources) {
            for occurrence in occurrences where entityIndex.target(of: extracted, key: occurrence.key) == id {
                counts[occurrence.article, default: 0] += occurrence.mentions
            }
        }
        return counts
    }

    /// The mentions of the entity `id` in `article`, in text order.
    public func mentions(of id: EntityID, in article: ArticleID) -> [Mention] {
        mentions(in: article).filter { $0.entity.id == id }.map(\.mention)
    }

    /// The entity with this id.
    public func entity(_ id: EntityID) -> Entity? { entityIndex.entity(id) }

    /// The entities an article mentions, most widely mentioned in the collection first.
    public func entities(in article: ArticleID) -> [Entity] { entityIndex.entities(in: article) }

    /// Whether the entity `id` is mentioned in `article`.
    public func mentions(_ id: EntityID, in article: ArticleID) -> Bool { entityIndex.mentions(id, in: article) }

    /// Entities whose canonical name or an alias matches `name` (case, quotes, possessives and `U.S.` ignored).
    public func entities(named name: String) -> [Entity] {
        names.positions(of: NameKey.key(name), in: entities).map { entities[Int($0)] }
    }

    /// Articles ranked by the entities they share with `article` (see `EntityIndex.related(to:limit:)`).
    public func related(to article: ArticleID, limit: Int = 10) -> [(article: ArticleID, score: Double)] {
        entityIndex.related(to: article, limit: limit)
    }

    /// Entities mentioned in the same articles as `entity`, with how many articles they share, most first.
    public func coMentioned(with id: EntityID, limit: Int = 20) -> [(entity: Entity, articles: Int)] {
        if let known = coMentions.lookup(id, limit: limit) { return known }
        let found = entityIndex.coMentioned(with: id, limit: limit)
        coMentions.store(found, for: id, limit: limit)
        return found
    }
}

/// The positions of the entities each name key belongs to (canonical names and aliases), worked out on the first
/// lookup by name, on every core, and kept: a filter's entity terms are looked up again whenever the list is.
private final class NameTable: Sendable {
    private let byKey = Mutex<[String: [Int32]]?>(nil)

    func positions(of key: String, in entities: [Entity]) -> [Int32] {
        byKey.withLock { byKey in
            if byKey == nil {
                let keys = entities.concurrentMap(workers: ProcessInfo.processInfo.activeProcessorCount) { entity in
                    Set(([entity.canonicalName] + entity.aliases).map(NameKey.key))
                }
                var table: [String: [Int32]] = [:]
                for (position, names) in keys.enumerated() {
                    for name in names { table[name, default: []].append(Int32(position)) }
                }
                byKey = table
            }
            return byKey?[key] ?? []
        }
    }
}

/// Co-mentions already counted for an index: the sidebar and the entity page ask for them on every frame, and for
/// an entity in tens of thousands of articles counting them takes far longer than a frame. An index never changes,
/// so what was counted stays right.
private final class CoMentionCache: Sendable {
    private struct Key: Hashable {
        var id: EntityID
        var limit: Int
    }

    private let counted = Mutex<[Key: [(entity: Entity, articles: Int)]]>([:])

    func lookup(_ id: EntityID, limit: Int) -> [(entity: Entity, articles: Int)]? {
        counted.withLock { $0[Key(id: id, limit: limit)] }
    }

    func store(_ found: [(entity: Entity, articles: Int)], for id: EntityID, limit: Int) {
        counted.withLock { $0[Key(id: id, limit: limit)] = found }
    }
}
