import DossierCore
import Foundation

/// How an entity page orders its articles and the entities mentioned with it: articles by relevance (named in
/// the title, then mentioned most, then newest), companions by association (pointwise mutual information, with a
/// minimum of shared articles so that chance pairs of rare names do not lead).
public enum EntityPageOrder {
    /// How many of an entity's articles have their mentions counted, once ordered by title and date: the count
    /// reads each article's mentions, so an entity of 50,000 articles has its first 500 counted.
    public static let countedArticles = 500

    /// Whether the title holds one of `names` (lower case), ignoring case.
    public static func titleNames(_ names: [String], _ title: String?) -> Bool {
        guard let title else { return false }
        let lowered = title.lowercased()
        return names.contains { !$0.isEmpty && lowered.contains($0) }
    }

    /// `articles` (an entity's) best first: those whose title names it, then by `mentions` (counted for some),
    /// then newest, then as given.
    public static func articles(_ articles: [ArticleID], of entity: Entity, summaries: (ArticleID) -> ArticleSummary?,
                                mentions: [ArticleID: Int]) -> [ArticleID] {
        let names = ([entity.canonicalName] + entity.aliases).map { $0.lowercased() }
        let keyed = articles.enumerated().map { offset, id in
            let summary = summaries(id)
            return (id: id, title: titleNames(names, summary?.title), count: mentions[id] ?? 0, date: summary?.date ?? "", offset: offset)
        }
        return keyed.sorted { a, b in
            if a.title != b.title { return a.title }
            if a.count != b.count { return a.count > b.count }
            if a.date != b.date { return a.date > b.date }
            return a.offset < b.offset
        }.map(\.id)
    }

    /// The entities mentioned with one in `articles` articles of a collection of `total`, by pointwise mutual
    /// information (how much more often they share articles than chance would have them), keeping those that
    /// share at least `minimum` (two, or one for an entity in fewer than five articles); at most `limit`.
    public static func companions(_ candidates: [CoMention], articles: Int, total: Int, limit: Int = 20) -> [CoMention] {
        let minimum = articles < 5 ? 1 : 2
        let scored = candidates.filter { $0.articles >= minimum }.map { candidate -> CoMention in
            var scored = candidate
            let expected = Double(articles) * Double(max(1, candidate.entity.articles.count)) / Double(max(1, total))
            scored.association = log2(Double(candidate.articles) / max(expected, .leastNonzeroMagnitude))
            return scored
        }
        return Array(scored.sorted { ($0.association, $0.articles, $1.entity.canonicalName) > ($1.association, $1.articles, $0.entity.canonicalName) }
            .prefix(limit))
    }
}
