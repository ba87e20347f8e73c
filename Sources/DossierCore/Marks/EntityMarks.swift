/// What a reader has marked on one entity: starred (pinned), hidden, renamed, merged into another, or aliases
/// detached from it.
public struct EntityMarks: Hashable, Codable, Sendable {
    public var isStarred = false
    /// Hidden entities are not real entities (tagger mistakes) and are left out of the index.
    public var isHidden = false
    /// The canonical name the reader chose, or nil to keep the extracted one.
    public var name: String?
    /// The entity this one was merged into; its mentions and aliases count as that entity's.
    public var mergedInto: EntityID?
    /// The name keys of aliases wrongly joined to this entity: their mentions form an entity of their own.
    public var detached: Set<String> = []

    public init(isStarred: Bool = false, isHidden: Bool = false, name: String? = nil, mergedInto: EntityID? = nil, detached: Set<String> = []) {
        self.isStarred = isStarred
        self.isHidden = isHidden
        self.name = name
        self.mergedInto = mergedInto
        self.detached = detached
    }

    /// Whether nothing is marked, so the entity needs no row in the database.
    public var isEmpty: Bool { self == EntityMarks() }

    private enum CodingKeys: String, CodingKey { case isStarred, isHidden, name, mergedInto, detached }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isStarred = try container.decodeIfPresent(Bool.self, forKey: .isStarred) ?? false
        isHidden = try container.decodeIfPresent(Bool.self, forKey: .isHidden) ?? false
        name = try container.decodeIfPresent(String.self, forKey: .name)
        mergedInto = try container.decodeIfPresent(String.self, forKey: .mergedInto).map(EntityID.init(migrating:))
        detached = Set(try container.decodeIfPresent([String].self, forKey: .detached) ?? [])
    }

    /// Encodes `mergedInto` as the plain id string, and detached keys (when there are any) in order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isStarred, forKey: .isStarred)
        try container.encode(isHidden, forKey: .isHidden)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(mergedInto?.rawValue, forKey: .mergedInto)
        if !detached.isEmpty { try container.encode(detached.sorted(), forKey: .detached) }
    }
}
