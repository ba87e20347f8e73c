import Foundation

/// The cross-links of a collection: entity → articles and mentions, article → entities, related articles and
/// co-mentioned entities.
public struct MentionIndex: Sendable {
    /// Every entity, most widely mentioned first (by article count, then mentions).
    public let entities: [Entity]
    private let position: [EntityID: Int]
    private let byArticle: [ArticleID: [EntityID]]
    private let articleOrder: [ArticleID]
    private let coMentions = CoMentionCache()

    public init(entities: [Entity], articleOrder: [ArticleID]) {
        self.entities = entities.sorted {
            ($0.articles.count, $0.mentions.count, $1.canonicalName) > ($1.articles.count, $1.mentions.count, $0.canonicalName)
        }
        position = Dictionary(self.entities.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        var byArticle: [ArticleID: [EntityID]] = [:]
        for entity in self.entities {
            for article in entity.articles { byArticle[article, default: []].append(entity.id) }
        }
        self.byArticle = byArticle
        self.articleOrder = articleOrder
    }

    /// The entity with this id.
    public func entity(_ id: EntityID) -> Entity? { position[id].map { entities[$0] } }

    /// The entities an article mentions, most widely mentioned in the collection first.
    public func entities(in article: ArticleID) -> [Entity] {
        (byArticle[article] ?? []).compactMap(entity)
    }

    /// Entities whose canonical name or an alias matches `name` (case, quotes, possessives and `U.S.` ignored).
    public func entities(named name: String) -> [Entity] {
        entities.filter { $0.isNamed(name) }
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
        if let known = coMentions.lookup(id, limit: limit) { return known }
        let found = countCoMentions(with: id, limit: limit)
        coMentions.store(found, for: id, limit: limit)
        return found
    }

    private func countCoMentions(with id: EntityID, limit: Int) -> [(entity: Entity, articles: Int)] {
        guard let entity = entity(id) else { return [] }
        var counts: [EntityID: Int] = [:]
        for article in entity.articles {
            for other in byArticle[article] ?? [] where other != id { counts[other, default: 0] += 1 }
        }
        return counts.compactMap { pair in self.entity(pair.key).map { (entity: $0, articles: pair.value) } }
            .sorted { ($0.articles, $1.entity.canonicalName) > ($1.articles, $0.entity.canonicalName) }
            .prefix(limit).map { $0 }
    }
}

/// Co-mentions already counted for an index: the sidebar and the entity page ask for them on every frame, and for
/// an entity in tens of thousands of articles counting them takes far longer than a frame. An index never changes,
/// so what was counted stays right.
private final class CoMentionCache: @unchecked Sendable {  // every access holds the lock
    private struct Key: Hashable {
        var id: EntityID
        var limit: Int
    }

    private let lock = NSLock()
    private var counted: [Key: [(entity: Entity, articles: Int)]] = [:]

    func lookup(_ id: EntityID, limit: Int) -> [(entity: Entity, articles: Int)]? {
        lock.withLock { counted[Key(id: id, limit: limit)] }
    }

    func store(_ found: [(entity: Entity, articles: Int)], for id: EntityID, limit: Int) {
        lock.withLock { counted[Key(id: id, limit: limit)] = found }
    }
}
