/// Which text of an article a mention is in.
public enum TextPart: Hashable, Codable, Sendable {
    case title
    case standfirst
    /// A paragraph or a figure caption, by its index in `Article.blocks`.
    case block(Int)
}

/// Where a mention is: the article, the text part, and the character offsets (grapheme clusters) in that text.
public struct Mention: Hashable, Codable, Sendable {
    public var article: ArticleID
    public var part: TextPart
    /// Character offsets of the mention in the part's text.
    public var range: Range<Int>
    /// The mention as written.
    public var surface: String

    public init(article: ArticleID, part: TextPart, range: Range<Int>, surface: String) {
        self.article = article
        self.part = part
        self.range = range
        self.surface = surface
    }
}

/// An entity's identity: its kind and the key of its canonical name, so that a mark on it survives re-extraction.
public struct EntityID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(kind: EntityKind, canonicalName: String) {
        rawValue = kind.rawValue + ":" + NameKey.key(canonicalName)
    }
    public var description: String { rawValue }
    public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }
}

/// A person, organisation, place or other name, resolved across the collection.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: EntityID
    /// The most complete frequent form of its name.
    public var canonicalName: String
    public var kind: EntityKind
    /// Every other form it is written in, most frequent first.
    public var aliases: [String]
    /// Every mention, in collection order.
    public var mentions: [Mention] { didSet { articles = Self.articles(of: mentions) } }
    /// The articles that mention it, in collection order, each once.
    public private(set) var articles: [ArticleID]

    public init(canonicalName: String, kind: EntityKind, aliases: [String], mentions: [Mention]) {
        id = EntityID(kind: kind, canonicalName: canonicalName)
        self.canonicalName = canonicalName
        self.kind = kind
        self.aliases = aliases
        self.mentions = mentions
        articles = Self.articles(of: mentions)
    }

    private static func articles(of mentions: [Mention]) -> [ArticleID] {
        var seen = Set<ArticleID>()
        return mentions.map(\.article).filter { seen.insert($0).inserted }
    }

    /// Whether `name` is its canonical name or one of its aliases, compared by name key.
    public func isNamed(_ name: String) -> Bool {
        let key = NameKey.key(name)
        return NameKey.key(canonicalName) == key || aliases.contains { NameKey.key($0) == key }
    }
}
