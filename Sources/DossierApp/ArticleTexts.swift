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
        var seen = Set<ArticleID>()
        let missing = recent.withLock { recent in
            summaries.filter { summary in seen.insert(summary.id).inserted && !recent.contains { $0.id == summary.id } }
        }
        let load = self.load
        let loaded = missing.concurrentMap(workers: ProcessInfo.processInfo.activeProcessorCount) { try? load($0).get() }
        keep(zip(missing, loaded).compactMap { summary, article in article.map { (summary.id, $0) } })
        return summaries.map { try? article($0).get() }
    }

    private func keep(_ articles: [(id: ArticleID, article: Article)]) {
        recent.withLock { recent in
            recent += articles
            recent.removeFirst(max(0, recent.count - capacity))
        }
    }
}
