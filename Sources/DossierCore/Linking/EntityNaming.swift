/// Entities named by their name key: an entity's id is the key of its canonical name (`NameKey`), so that the same
/// name found again makes the same id.
extension EntityID {
    /// The id of an entity named `canonicalName`.
    public init(canonicalName: String) {
        self.init(rawValue: NameKey.key(canonicalName))
    }

    /// The id of an entity named `canonicalName`; for a homonym's split `sense`, the name's key with the kind
    /// (`harbour city (organization)`).
    init(canonicalName: String, sense: EntityKind?) {
        let id = EntityID(canonicalName: canonicalName)
        self = sense.map { EntityID(rawValue: "\(id.rawValue) (\($0.rawValue))") } ?? id
    }
}

extension Entity {
    /// An entity whose id is its canonical name's key.
    public init(canonicalName: String, kind: EntityKind, aliases: [String], articles: [ArticleID], mentionCount: Int) {
        self.init(id: EntityID(canonicalName: canonicalName), canonicalName: canonicalName, kind: kind, aliases: aliases, articles: articles,
                  mentionCount: mentionCount)
    }

    /// An entity of `mentions` (in collection order).
    public init(canonicalName: String, kind: EntityKind, aliases: [String], mentions: [Mention]) {
        self.init(canonicalName: canonicalName, kind: kind, aliases: aliases, articles: Self.distinct(mentions.lazy.map(\.article)),
                  mentionCount: mentions.count)
    }

    /// Whether `name` is its canonical name or one of its aliases, compared by name key.
    public func isNamed(_ name: String) -> Bool {
        let key = NameKey.key(name)
        return NameKey.key(canonicalName) == key || aliases.contains { NameKey.key($0) == key }
    }
}
