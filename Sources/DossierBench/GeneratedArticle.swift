/// One article of a generated corpus: its text as written to disk and what went into it.
public struct GeneratedArticle: Sendable, Hashable {
    /// The whole file text, as a scraper would have saved it.
    public var text: String
    /// The headline, without a date in front or the outlet's name after it.
    public var title: String
    /// The outlet the article imitates.
    public var outlet: String
    /// Words of body prose: paragraphs and bullet points, not headers, captions or furniture.
    public var proseWordCount: Int
    /// The full names of the people, organisations and places the article names: people, then organisations, then
    /// places, the most prominent of each kind first.
    public var entities: [String]
    /// Indices of those entities in the generator's pool, for counting.
    let entityIDs: [Int]
}
