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

    /// The fields, as JSON names them.
    public enum Field: String, CodingKey, CaseIterable, Sendable { case isStarred, isHidden, name, mergedInto, detached }
    private typealias CodingKeys = Field

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isStarred = try container.decodeIfPresent(Bool.self, forKey: .isStarred) ?? false
        isHidden = try container.decodeIfPresent(Bool.self, forKey: .isHidden) ?? false
        name = try container.decodeIfPresent(String.self, forKey: .name)
        mergedInto = try container.decodeIfPresent(String.self, forKey: .mergedInto).map(EntityID.init(migrating:))
        detached = Set(try container.decodeIfPresent([String].self, forKey: .detached) ?? [])
    }

    /// Encodes every field (`mergedInto` as the plain id string, detached keys in order, an absent name or merge as
    /// `null`): an export says what each field is, so that importing it sets exactly that.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isStarred, forKey: .isStarred)
        try container.encode(isHidden, forKey: .isHidden)
        if let name { try container.encode(name, forKey: .name) } else { try container.encodeNil(forKey: .name) }
        if let mergedInto { try container.encode(mergedInto.rawValue, forKey: .mergedInto) } else { try container.encodeNil(forKey: .mergedInto) }
        try container.encode(detached.sorted(), forKey: .detached)
    }

    /// These marks with the `fields` of `other` put in.
    func taking(_ fields: Set<Field>, from other: EntityMarks) -> EntityMarks {
        var merged = self
        for field in fields {
            switch field {
            case .isStarred: merged.isStarred = other.isStarred
            case .isHidden: merged.isHidden = other.isHidden
            case .name: merged.name = other.name
            case .mergedInto: merged.mergedInto = other.mergedInto
            case .detached: merged.detached = other.detached
            }
        }
        return merged
    }
}
