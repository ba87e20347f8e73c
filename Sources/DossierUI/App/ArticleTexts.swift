import DossierCore
import Foundation

/// Whole articles fetched on demand, with the most recently used few kept: the reading view asks for the open
/// article on every frame, while a collection of 100,000 articles is never held in memory at once.
final class ArticleTexts: @unchecked Sendable {  // every access to `recent` holds the lock
    private let load: @Sendable (ArticleSummary) -> Article?
    private let lock = NSLock()
    private var recent: [(id: ArticleID, article: Article)] = []
    // More than an entity page shows at once, so that drawing it again reads no file.
    private let capacity = ReaderPosition.articlesPerPage * 3

    init(load: @escaping @Sendable (ArticleSummary) -> Article?) {
        self.load = load
    }

    /// The article of `summary`, from the recent ones or loaded.
    func article(_ summary: ArticleSummary) -> Article? {
        if let found = lock.withLock({ recent.firstIndex { $0.id == summary.id }.map { recent.remove(at: $0) } }) {
            lock.withLock { recent.append(found) }
            return found.article
        }
        guard let article = load(summary) else { return nil }
        lock.withLock {
            recent.append((summary.id, article))
            if recent.count > capacity { recent.removeFirst() }
        }
        return article
    }

    /// The articles of `summaries`, in order: those not among the recent ones loaded side by side on every core.
    func articles(_ summaries: [ArticleSummary]) -> [Article?] {
        var seen = Set<ArticleID>()
        let missing = lock.withLock {
            summaries.filter { summary in seen.insert(summary.id).inserted && !recent.contains { $0.id == summary.id } }
        }
        let load = self.load
        let loaded = missing.concurrentMap(workers: ProcessInfo.processInfo.activeProcessorCount) { load($0) }
        lock.withLock {
            for (summary, article) in zip(missing, loaded) { if let article { recent.append((summary.id, article)) } }
            recent.removeFirst(max(0, recent.count - capacity))
        }
        return summaries.map(article)
    }
}
