import DossierCore
import DossierText
import Foundation
import Synchronization

/// Whole articles read on demand, with the most recently used few kept: the reader opens one article at a time,
/// while a collection of 100,000 articles is never held in memory at once.
final class ArticleTexts: Sendable {
    private let load: @Sendable (ArticleSummary) -> Result<Article, ArticleUnavailable>
    private let recent = Mutex<[(id: ArticleID, article: Article)]>([])
    // More than an entity page shows at once, so that showing it again reads no file.
    private let capacity = 24

    init(load: @escaping @Sendable (ArticleSummary) -> Result<Article, ArticleUnavailable>) {
        self.load = load
    }

    /// The article of `summary`, from the recent ones or read.
    func article(_ summary: ArticleSummary) -> Result<Article, ArticleUnavailable> {
        let kept = recent.withLock { recent -> Article? in
            guard let index = recent.firstIndex(where: { $0.id == summary.id }) else { return nil }
            let found = recent.remove(at: index)
            recent.append(found)
            return found.article
        }
        if let kept { return .success(kept) }
        let loaded = load(summary)
        if case .success(let article) = loaded { keep([(summary.id, article)]) }
        return loaded
    }

    /// The articles of `summaries`, in order (nil for one that cannot be read): those not among the recent ones
    /// read side by side on every core.
    func articles(_ summaries: [ArticleSummary]) -> [Article?] {
        var found = recent.withLock { recent in Dictionary(recent.map { ($0.id, $0.article) }) { first, _ in first } }
        var seen = Set<ArticleID>()
        let missing = summaries.filter { found[$0.id] == nil && seen.insert($0.id).inserted }
        let load = self.load
        let loaded = missing.concurrentMap(workers: ProcessInfo.processInfo.activeProcessorCount) { try? load($0).get() }
        for (summary, article) in zip(missing, loaded) { found[summary.id] = article }
        // Each read once, from what was kept or just read: a page of more articles than are kept, or one whose file
        // is gone, is not read again one by one.
        var used = Set<ArticleID>()
        keep(summaries.compactMap { summary in found[summary.id].flatMap { used.insert(summary.id).inserted ? (summary.id, $0) : nil } })
        return summaries.map { found[$0.id] }
    }

    /// Keeps `articles` as the most recently used (in their order), dropping the oldest beyond the capacity.
    private func keep(_ articles: [(id: ArticleID, article: Article)]) {
        let ids = Set(articles.map(\.id))
        recent.withLock { recent in
            recent.removeAll { ids.contains($0.id) }
            recent += articles
            recent.removeFirst(max(0, recent.count - capacity))
        }
    }
}
