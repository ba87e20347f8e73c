/// Which keys of a JSON object or of YAML front matter give which article field: the names news tools write
/// (news-please, trafilatura, newspaper4k, schema.org, data-set exports), after any the user maps with
/// `--map title=headline,text=body`. Keys match without regard to case; `a.b` names a member of a member.
public struct FieldMap: Sendable, Equatable {
    /// The article fields a key can give.
    public enum Field: String, Sendable, CaseIterable {
        case title, standfirst, byline, date, publisher, url, language, tags, text
    }

    /// The user's keys, tried before the known ones.
    public private(set) var mapped: [Field: [String]] = [:]

    public init() {}

    /// Reads `FIELD=KEY` pairs separated by commas (`title=headline,text=body`).
    public init(parsing text: String) throws(FieldMapError) {
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else { throw .malformed(String(pair)) }
            guard let field = Field(rawValue: parts[0].lowercased()) else { throw .unknownField(parts[0]) }
            mapped[field, default: []].append(parts[1])
        }
    }

    /// The keys to try for `field`, in order.
    func keys(_ field: Field) -> [String] { (mapped[field] ?? []) + (Self.known[field] ?? []) }

    /// The names the news tools use, most telling first.
    static let known: [Field: [String]] = [
        .title: ["title", "headline", "title_page", "title_rss", "heading"],
        .standfirst: ["description", "excerpt", "summary", "meta_description", "subtitle", "subheadline", "standfirst", "dek", "teaser", "lead"],
        .byline: ["authors", "author", "byline", "creator", "creators", "writer"],
        .date: ["date_publish", "datePublished", "date_published", "publish_date", "published", "published_at", "publishedAt",
                "pubDate", "date", "created_at", "date_modify", "dateModified"],
        .publisher: ["sitename", "site_name", "meta_site_name", "source_domain", "publisher", "source-hostname", "hostname", "source",
                     "outlet", "domain"],
        .url: ["url", "link", "canonical_url", "source_url", "source", "permalink"],
        .language: ["language", "lang", "meta_lang", "inLanguage", "locale"],
        .tags: ["tags", "keywords", "categories", "category", "section", "topics", "meta_keywords"],
        .text: ["maintext", "articleBody", "article_body", "text", "raw_text", "body", "content", "article", "full_text", "fulltext",
                "story", "plain_text"],
    ]
}

/// A `--map` that cannot be read.
public enum FieldMapError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknownField(String)

    public var description: String {
        switch self {
        case .malformed(let pair): "--map: \(pair) is not FIELD=KEY"
        case .unknownField(let name):
            "--map: unknown field \(name) (one of \(FieldMap.Field.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
