/// A mention that belongs to an entity, with the id the entity was extracted under (before any correction).
public struct LinkedMention: Hashable, Sendable {
    public var mention: Mention
    public var entity: EntityID

    public init(mention: Mention, entity: EntityID) {
        self.mention = mention
        self.entity = entity
    }
}

/// How often an extracted entity is named by one name key in one article.
public struct EntityOccurrence: Hashable, Sendable {
    public var article: ArticleID
    public var key: String
    public var mentions: Int

    public init(article: ArticleID, key: String, mentions: Int) {
        self.article = article
        self.key = key
        self.mentions = mentions
    }
}

/// Where a collection's resolved mentions are, asked for an article at a time: the reader needs the positions of
/// the article it shows, never all of them at once.
public protocol MentionSource: Sendable {
    /// The mentions in `article` that belong to an entity, in text order.
    func mentions(in article: ArticleID) -> [LinkedMention]
    /// Where each of the entities extracted as `ids` is named, by name key: what detaching an alias takes away.
    func occurrences(of ids: Set<EntityID>) -> [EntityID: [EntityOccurrence]]
    /// How many mentions the entities extracted as `ids` have, together, in each article that names one of them.
    func mentionCounts(of ids: Set<EntityID>) -> [ArticleID: Int]
}

/// Resolved mentions held in memory, by article: a collection loaded whole, or a test's.
public struct MentionTable: MentionSource {
    private var byArticle: [ArticleID: [LinkedMention]] = [:]

    public init() {}

    /// The table of `entities`, each with its mentions.
    public init(_ entities: [(entity: EntityID, mentions: [Mention])]) {
        for (entity, mentions) in entities {
            for mention in mentions { byArticle[mention.article, default: []].append(LinkedMention(mention: mention, entity: entity)) }
        }
        for article in byArticle.keys {
            byArticle[article]!.sort { ($0.mention.part.number, $0.mention.range.lowerBound) < ($1.mention.part.number, $1.mention.range.lowerBound) }
        }
    }

    public func mentions(in article: ArticleID) -> [LinkedMention] { byArticle[article] ?? [] }

    public func occurrences(of ids: Set<EntityID>) -> [EntityID: [EntityOccurrence]] {
        var counts: [EntityID: [ArticleID: [String: Int]]] = [:]
        for (article, mentions) in byArticle {
            for linked in mentions where ids.contains(linked.entity) {
                counts[linked.entity, default: [:]][article, default: [:]][NameKey.key(linked.mention.surface), default: 0] += 1
            }
        }
        return counts.mapValues { byArticle in
            byArticle.flatMap { article, keys in keys.map { EntityOccurrence(article: article, key: $0.key, mentions: $0.value) } }
        }
    }

    public func mentionCounts(of ids: Set<EntityID>) -> [ArticleID: Int] {
        var counts: [ArticleID: Int] = [:]
        for (article, mentions) in byArticle {
            let count = mentions.count { ids.contains($0.entity) }
            if count > 0 { counts[article] = count }
        }
        return counts
    }
}

/// What resolution made of a collection's mentions: its entities and where each is mentioned.
public struct Resolution: Sendable {
    /// The entities, most mentioned first.
    public var entities: [Entity]
    /// Each entity's mentions, by article.
    public var mentions: MentionTable

    public init(entities: [Entity] = [], mentions: MentionTable = MentionTable()) {
        self.entities = entities
        self.mentions = mentions
    }
}
