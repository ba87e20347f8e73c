import Foundation

/// A collection opened through its index: the index brought up to date, the article summaries in walk order and
/// the entities the index resolved, ready for the reader or a command. Where each entity is mentioned is read from
/// the index an article at a time (`mentions`).
public struct IndexedCollection: Sendable {
    /// The index, also the collection's full-text search.
    public let index: CollectionIndex
    /// What bringing the index up to date did, with the files that could not be read.
    public let update: IndexUpdate
    /// Every indexed article, in walk order.
    public let summaries: [ArticleSummary]
    /// The entities of the collection, before any correction.
    public let entities: [Entity]
    /// What reads an article's file again when it is opened (with the field map the index was made with).
    public let loader: CollectionLoader
    /// Where the entities are mentioned, by article.
    public var mentions: any MentionSource { index.mentionSource }

    /// Opens the index at `indexPath` for the files under `roots`, updates it with `analyser` on `workers`
    /// threads (which resolves the entities of what changed), and reads the collection's entities.
    public static func open(_ roots: [String], indexPath: String, analyser: ArticleAnalyser,
                            workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                            progress: ((IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexedCollection {
        let index = try CollectionIndex(path: indexPath)
        return try IndexedCollection(index: index, update: try index.update(roots, analyser: analyser, workers: workers, progress: progress),
                                     loader: analyser.loader)
    }

    /// The collection `index` holds after `update`: the summaries in the update's walk order and the entities
    /// the index resolved; `loader` reads articles again.
    public init(index: CollectionIndex, update: IndexUpdate, loader: CollectionLoader = CollectionLoader()) throws(IndexError) {
        self.index = index
        self.update = update
        self.loader = loader
        summaries = try index.summaries(order: update.files)
        entities = try index.entities(of: summaries)
    }

    /// The whole article of `summary`, read and parsed from its file (or its record) again by `loader`.
    public static func article(_ summary: ArticleSummary, loader: CollectionLoader = CollectionLoader()) -> Article? {
        try? loader.read(summary.path).get()
    }
}
