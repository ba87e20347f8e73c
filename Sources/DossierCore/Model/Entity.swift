/// Which text of an article a mention is in.
public enum TextPart: Hashable, Codable, Sendable {
    case title
    case standfirst
    /// A paragraph or a figure caption, by its index in `Article.blocks`.
    case block(Int)
}

extension TextPart {
    /// The part as one number, in text order: -2 for the title, -1 for the standfirst, else the block index.
    public var number: Int {
        switch self {
        case .title: -2
        case .standfirst: -1
        case .block(let index): index
        }
    }

    /// The part numbered `number`.
    public init(number: Int) {
        switch number {
        case -2: self = .title
        case -1: self = .standfirst
        default: self = .block(number)
        }
    }
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

/// An entity's identity: the key of its canonical name, never its kind, so that a mark on it survives
/// re-extraction and a change of the kind its mentions vote for.
public struct EntityID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The id an older Dossier gave as `kind:key` (`person:joe biden`), as this one spells it; any other id as it is.
    public init(migrating old: String) {
        for kind in EntityKind.allCases where old.hasPrefix(kind.rawValue + ":") {
            self.init(rawValue: String(old.dropFirst(kind.rawValue.count + 1)))
            return
        }
        self.init(rawValue: old)
    }
    public var description: String { rawValue }
    public static func < (a: EntityID, b: EntityID) -> Bool { a.rawValue < b.rawValue }
}

/// A person, organisation, place or other name, resolved across the collection. Where each mention is comes from
/// the collection's `MentionSource`, an article at a time.
public struct Entity: Hashable, Sendable, Identifiable {
    public var id: EntityID
    /// The most complete frequent form of its name.
    public var canonicalName: String
    public var kind: EntityKind
    /// Every other form it is written in, most frequent first.
    public var aliases: [String]
    /// The articles that mention it, in collection order, each once.
    public var articles: [ArticleID]
    /// How many times it is mentioned in all.
    public var mentionCount: Int

    public init(id: EntityID, canonicalName: String, kind: EntityKind, aliases: [String], articles: [ArticleID], mentionCount: Int) {
        self.id = id
        self.canonicalName = canonicalName
        self.kind = kind
        self.aliases = aliases
        self.articles = articles
        self.mentionCount = mentionCount
    }

    /// The articles of a run of mentions, each once, in order.
    static func distinct(_ articles: some Sequence<ArticleID>) -> [ArticleID] {
        var seen = Set<ArticleID>()
        var distinct: [ArticleID] = []
        // Mentions of one article usually come together: only the first of a run is looked up.
        for article in articles where article != distinct.last && seen.insert(article).inserted { distinct.append(article) }
        return distinct
    }
}
