/// What the article list, sorting and filtering need of an article, without its text: kept in memory for a whole
/// collection while full articles are loaded one at a time.
public struct ArticleSummary: Hashable, Codable, Sendable, Identifiable {
    public var id: ArticleID
    /// The file it was read from.
    public var path: String
    public var title: String?
    /// The publication date as ISO 8601, when the text states one.
    public var date: String?
    /// A source or agency credit.
    public var credit: String?
    /// The site or outlet.
    public var publisher: String?

    public init(id: ArticleID, path: String, title: String?, date: String?, credit: String?, publisher: String?) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.credit = credit
        self.publisher = publisher
    }

    /// The credit, or failing that the publisher: what a list shows as the source.
    public var source: String? { credit ?? publisher }
}

extension Article {
    /// The article's summary.
    public var summary: ArticleSummary {
        ArticleSummary(id: id, path: path, title: title, date: date, credit: credit, publisher: publisher)
    }
}
