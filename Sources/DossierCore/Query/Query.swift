/// A parsed article filter such as `is:unread tag:lobbying -source:reuters "spyware deal"`: terms that must all hold.
public struct Query: Hashable, Sendable {
    public var terms: [QueryTerm]

    public init(terms: [QueryTerm]) { self.terms = terms }

    /// Parses the filter language; see `QueryParser`.
    public init(parsing text: String) throws(QueryError) {
        var parser = QueryParser(text)
        self = try parser.parse()
    }

    /// Whether some term names an entity, so evaluating needs the collection's entities.
    public var usesEntities: Bool {
        terms.contains { if case .entity = $0.predicate { true } else { false } }
    }

    /// Whether some term is text or an entity, which `QueryLookups` looks up before evaluating.
    public var needsLookups: Bool {
        terms.contains { switch $0.predicate { case .entity, .text: true; default: false } }
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
public enum QueryPredicate: Hashable, Sendable {
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

/// The states `is:` can ask about.
public enum ArticleState: String, Hashable, Sendable, CaseIterable {
    case read, unread, starred, archived
}

/// The attachments `has:` can ask about.
public enum ArticleAttachment: String, Hashable, Sendable, CaseIterable {
    case note, highlight
}
