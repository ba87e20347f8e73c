import DossierCore
import DossierText
import DossierUI
import Foundation
import Synchronization

/// A collection open for reading: the `Library` the reader's state holds (values only) and what reads the rest on
/// demand: the articles' files, where mentions sit in each article, and the full-text search. Commands and the run
/// loop use it; the state never does.
public struct OpenCollection: Sendable {
    /// The collection as values, for the reader's state.
    public private(set) var library: Library
    /// The library's cross-links with where mentions sit, keeping what it works out (co-mentions, name lookups)
    /// while the library stays the same.
    public private(set) var index: MentionIndex
    /// Where the entities are mentioned, by article.
    public let mentions: any MentionSource
    /// Full-text search and filter words.
    public let search: any TextSearch & Sendable
    /// What reads an article's file (or record) again, with the field map the collection was read with.
    public let loader: CollectionLoader
    /// Which article each article became through edits and moves (old id to new), for marks to follow.
    public private(set) var successions: [ArticleID: ArticleID] = [:]
    private let texts: ArticleTexts
    /// Entity pages' article orders, each worked out once: ranking counts the mentions of hundreds of articles.
    private(set) var pageOrders = EntityPageOrders()
    /// The entities by the words of their names, for the reader's picker.
    public private(set) var names: EntityNameSearch

    /// A collection held wholly in memory, with what resolution made of it.
    public init(name: String, articles: [Article], resolution: Resolution, entityMarks: [EntityID: EntityMarks] = [:]) {
        let byID = Dictionary(articles.map { ($0.id, $0) }) { first, _ in first }
        var prints = ArticleVersions.Prints()
        let summaries = ArticleSummary.mergingCopies(articles.map(\.summary))
        for summary in summaries { prints.append(byID[summary.id]!) }
        let grouped = ArticleVersions.grouping(summaries, prints: prints)
        self.init(name: name, summaries: grouped, entities: resolution.entities, mentions: resolution.mentions,
                  entityMarks: entityMarks, search: ArticleTextScan(articles: articles), loader: CollectionLoader()) { summary in
            byID[summary.id].map(Result.success) ?? .failure(ArticleUnavailable.notInCollection)
        }
    }

    /// The collection of an index: summaries and entities from the index, FTS5 for search, each article read from
    /// its file when opened.
    public init(name: String, collection: IndexedCollection, entityMarks: [EntityID: EntityMarks] = [:]) {
        self.init(name: name, summaries: collection.summaries, entities: collection.entities, index: collection.index, loader: collection.loader,
                  entityMarks: entityMarks)
        // Read with the collection; should it fail, marks of edited articles wait as orphans for the next open.
        successions = (try? collection.index.successions()) ?? [:]
    }

    /// Moves the marks in `store` of articles no longer listed to the articles they became (`MarkStore.follow`),
    /// their highlights anchored again in the new raw text; the moves made.
    public func followMarks(in store: MarkStore) throws(MarkStoreError) -> [ArticleMove] {
        let live = Set(library.summaries.map(\.id))
        return try store.follow(successions, live: live) { id in
            guard let summary = library.summary(id), case .success(let bytes) = loader.rawBytes(summary.path) else { return nil }
            return TextDecoding.decode(bytes).lines
        }
    }

    /// A collection of `summaries` whose entities are `entities`, mentioned as `mentions` says, each article read by
    /// `load` when opened (the last few are kept) and its raw text by `loader`.
    public init(name: String, summaries: [ArticleSummary], entities: [Entity], mentions: any MentionSource,
                entityMarks: [EntityID: EntityMarks] = [:], search: any TextSearch & Sendable, loader: CollectionLoader = CollectionLoader(),
                load: @escaping @Sendable (ArticleSummary) -> Result<Article, ArticleUnavailable>) {
        self.mentions = mentions
        self.search = search
        self.loader = loader
        texts = ArticleTexts(load: load)
        index = MentionIndex(entities: entities, articleOrder: summaries.map(\.id), mentions: mentions, marks: entityMarks)
        library = Library(name: name, summaries: summaries, baseEntities: entities, entityMarks: entityMarks, index: index.entityIndex)
        names = EntityNameSearch(entities: index.entities)
    }

    /// Articles are read with the paragraphs their site repeats folded (`SiteFurnitureOnce`).
    private init(name: String, summaries: [ArticleSummary], entities: [Entity], index: CollectionIndex, loader: CollectionLoader,
                 entityMarks: [EntityID: EntityMarks]) {
        let furniture = SiteFurnitureOnce(index)
        self.init(name: name, summaries: summaries, entities: entities, mentions: index.mentionSource, entityMarks: entityMarks,
                  search: index, loader: loader) { Self.read($0, with: loader).map(furniture.folding) }
    }

    /// The articles `index` holds, ordered by path, before their entities are resolved: what the reader lists at
    /// once on opening a large collection.
    public static func articlesOnly(name: String, index: CollectionIndex, loader: CollectionLoader = CollectionLoader()) throws(IndexError) -> OpenCollection {
        // No entities yet, so no mentions to look up.
        OpenCollection(name: name, summaries: try index.summariesByPath(), entities: [], mentions: MentionTable(), search: index,
                       loader: loader) { read($0, with: loader) }
    }

    /// This collection's articles, the versions of each text grouped, with the entities `index` holds for them.
    public func withEntities(of index: CollectionIndex, entityMarks: [EntityID: EntityMarks]) throws(IndexError) -> OpenCollection {
        OpenCollection(name: library.name, summaries: try index.groupingVersions(library.summaries), entities: try index.entities(of: library.summaries),
                       index: index, loader: loader, entityMarks: entityMarks)
    }

    /// The same collection cross-linked under other entity corrections.
    public func applying(entityMarks: [EntityID: EntityMarks]) -> OpenCollection {
        var corrected = self
        let library = self.library
        corrected.index = MentionIndex(entities: library.baseEntities, articleOrder: library.summaries.map(\.id), mentions: mentions,
                                       marks: entityMarks)
        corrected.library = Library(name: library.name, summaries: library.summaries, baseEntities: library.baseEntities,
                                    entityMarks: entityMarks, index: corrected.index.entityIndex)
        corrected.names = EntityNameSearch(entities: corrected.index.entities)
        let (before, after) = (index, corrected.index)
        corrected.pageOrders = pageOrders.keeping { id in
            guard let old = before.entity(id), let new = after.entity(id) else { return false }
            return (old.canonicalName, old.aliases, old.articles) == (new.canonicalName, new.aliases, new.articles)
        }
        return corrected
    }

    /// Every article summary, in the collection's order.
    public var summaries: [ArticleSummary] { library.summaries }

    /// The whole article with this id, read again from its file when it is not among the last few opened; an
    /// article whose file changed since it was indexed is unavailable (its id is another now).
    public func article(_ id: ArticleID) -> Result<Article, ArticleUnavailable> {
        guard let summary = library.summary(id) else { return .failure(.notInCollection) }
        return texts.article(summary)
    }

    /// The whole articles of `ids`, in order (nil for one that cannot be read), those not read recently read side by
    /// side on every core.
    public func articles(_ ids: [ArticleID]) -> [Article?] {
        let summaries = ids.map(library.summary)
        let found = texts.articles(summaries.compactMap { $0 })
        var next = found.makeIterator()
        return summaries.map { $0 == nil ? nil : next.next() ?? nil }
    }

    /// The raw lines at an article's address (its file, or the lines of its record), or the problem in one line.
    public func rawLines(_ address: String) -> [String] {
        switch loader.rawBytes(address) {
        case .success(let bytes): TextDecoding.decode(bytes).lines
        case .failure(let problem): [problem.description]
        }
    }

    /// Reads and parses a summary's file (or record), which must still hold the text it was indexed from.
    private static func read(_ summary: ArticleSummary, with loader: CollectionLoader) -> Result<Article, ArticleUnavailable> {
        switch loader.read(summary.path) {
        case .failure(let problem): .failure(.unreadable(problem))
        case .success(let article) where article.id != summary.id: .failure(.changed)
        case .success(let article): .success(article)
        }
    }
}

/// An index's site furniture, asked of it when a collection's first article is read (a command that reads none never
/// counts it) and kept with the collection; should the index fail to count it, articles are read unfolded.
private final class SiteFurnitureOnce: Sendable {
    private let index: CollectionIndex
    private let counted = Mutex<SiteFurniture?>(nil)

    init(_ index: CollectionIndex) { self.index = index }

    func folding(_ article: Article) -> Article {
        let furniture = counted.withLock { counted in
            if counted == nil { counted = (try? index.siteFurniture()) ?? SiteFurniture() }
            return counted!
        }
        return furniture.folding(article)
    }
}

/// Why an article of a collection cannot be shown, in words for the status bar.
public enum ArticleUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// No article of the collection has that id.
    case notInCollection
    /// Its file cannot be read now (deleted, unreadable, emptied).
    case unreadable(LoadProblem)
    /// Its file holds another text than the one indexed.
    case changed

    public var description: String {
        switch self {
        case .notInCollection: "it is no longer in the collection"
        case .unreadable(let problem): problem.reason.description
        case .changed: "its file changed since it was indexed (it is indexed again on the next open)"
        }
    }
}

/// The article orders of the entity pages shown so far, with the entity's mentions in each article, by entity id,
/// for one collection: a new collection starts with none, and a correction keeps only those of the entities it left
/// as they were (`keeping`).
final class EntityPageOrders: Sendable {
    typealias Ranked = (order: [ArticleID], mentions: [ArticleID: Int])
    private let orders: Mutex<[EntityID: Ranked]>

    init(_ orders: [EntityID: Ranked] = [:]) { self.orders = Mutex(orders) }

    /// The order of `entity`'s articles and its mentions in each, made by `make` the first time.
    func order(of entity: Entity, _ make: () -> Ranked) -> Ranked {
        if let known = orders.withLock({ $0[entity.id] }) { return known }
        let made = make()
        orders.withLock { $0[entity.id] = made }
        return made
    }

    /// The orders of the entities `unchanged` says are the same (names and articles) in a corrected collection.
    func keeping(_ unchanged: (EntityID) -> Bool) -> EntityPageOrders {
        EntityPageOrders(orders.withLock { $0 }.filter { unchanged($0.key) })
    }
}
