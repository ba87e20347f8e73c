/// A parsed article filter such as `is:unread tag:lobbying -source:reuters "spyware deal" (tag:a OR folder:b)`:
/// terms that must all hold.
public struct Query: Hashable, Sendable {
    public var terms: [QueryTerm]

    public init(terms: [QueryTerm]) { self.terms = terms }

    /// Parses the filter language; see `QueryParser`.
    public init(parsing text: String) throws(QueryError) {
        var parser = QueryParser(text)
        self = try parser.parse()
    }

    /// Every predicate of the query, those inside `OR` and parentheses too.
    public var predicates: [QueryPredicate] { terms.flatMap(\.predicate.leaves) }

    /// Whether some term names an entity, so evaluating needs the collection's entities.
    public var usesEntities: Bool {
        predicates.contains { if case .entity = $0 { true } else { false } }
    }

    /// Whether some term is text or an entity, which `QueryLookups` looks up before evaluating.
    public var needsLookups: Bool {
        predicates.contains { switch $0 { case .entity, .text: true; default: false } }
    }
}

/// One term of a query, possibly negated with a leading `-`.
public struct QueryTerm: Hashable, Sendable {
    public var predicate: QueryPredicate
    public var isNegated: Bool

    public init(_ predicate: QueryPredicate, negated: Bool = false) {
        self.predicate = predicate
        isNegated = negated
    }
}

/// What one term asks of an article.
public indirect enum QueryPredicate: Hashable, Sendable {
    /// `a OR b`: one of the terms holds.
    case anyOf([QueryTerm])
    /// `(a b)`: every term holds.
    case all([QueryTerm])
    /// `path:TEXT`: the file's path contains the text (case ignored).
    case path(String)
    /// `folder:NAME`: one of the folders the file is in is called NAME (case ignored).
    case folder(String)
    /// A word or quoted phrase in the title or body text.
    case text(String)
    /// `is:read`, `is:unread`, `is:starred`, `is:archived`.
    case state(ArticleState)
    /// `has:note`, `has:highlight`.
    case has(ArticleAttachment)
    /// `tag:NAME`, compared in lower case.
    case tag(String)
    /// `entity:NAME`: the article mentions an entity with this canonical name or alias.
    case entity(String)
    /// `source:NAME`: the credit or publisher contains the name (case ignored).
    case source(String)
    /// `after:YYYY-MM-DD`: dated later than that day.
    case after(String)
    /// `before:YYYY-MM-DD`: dated earlier than that day.
    case before(String)
}

extension QueryPredicate {
    /// The predicate itself, or for `OR` and parentheses the predicates inside.
    var leaves: [QueryPredicate] {
        switch self {
        case .anyOf(let terms), .all(let terms): terms.flatMap(\.predicate.leaves)
        default: [self]
        }
    }
}

/// The states `is:` can ask about.
public enum ArticleState: String, Hashable, Sendable, CaseIterable {
    case read, unread, starred, archived
}

/// The attachments `has:` can ask about.
public enum ArticleAttachment: String, Hashable, Sendable, CaseIterable {
    case note, highlight
}
