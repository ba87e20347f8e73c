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
    /// The other files (or records) that hold the same text, in walk order: copies are one article.
    public var copies: [String] = []
    /// On the version of a text the list shows, the other versions (`ArticleVersions`: near-duplicates, fetched again
    /// or syndicated with small changes), newest first.
    public var versions: [ArticleID] = []
    /// On another version, the article the list shows in its place.
    public var listedAs: ArticleID?

    public init(id: ArticleID, path: String, title: String?, date: String?, credit: String?, publisher: String?) {
        self.id = id
        self.path = path
        self.title = title
        self.date = date
        self.credit = credit
        self.publisher = publisher
    }

    /// Summaries with each text once: an article read from several files is the first of them, the others its `copies`.
    public static func mergingCopies(_ summaries: [ArticleSummary]) -> [ArticleSummary] { mergingCopiesKeepingPlaces(summaries).merged }

    /// `mergingCopies(_:)`, with where in `summaries` each merged summary was first.
    static func mergingCopiesKeepingPlaces(_ summaries: [ArticleSummary]) -> (merged: [ArticleSummary], places: [Int]) {
        var place: [ArticleID: Int] = [:]
        var merged: [ArticleSummary] = []
        var places: [Int] = []
        merged.reserveCapacity(summaries.count)
        for (index, summary) in summaries.enumerated() {
            if let first = place[summary.id] {
                merged[first].copies.append(summary.path)
            } else {
                place[summary.id] = merged.count
                merged.append(summary)
                places.append(index)
            }
        }
        return (merged, places)
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
