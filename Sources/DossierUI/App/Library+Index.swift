import DossierCore

extension Library {
    /// The library of an indexed collection: summaries and entities from the index, FTS5 for filter words, and
    /// each article read from its file when opened.
    public init(name: String, collection: IndexedCollection, entityMarks: [EntityID: EntityMarks] = [:]) {
        self.init(name: name, summaries: collection.summaries, entities: collection.entities, index: collection.index,
                  loader: collection.loader, entityMarks: entityMarks)
    }

    /// The library of `summaries` with `entities`, both read from `index`, articles read again by `loader`.
    private init(name: String, summaries: [ArticleSummary], entities: [Entity], index: CollectionIndex, loader: CollectionLoader,
                 entityMarks: [EntityID: EntityMarks]) {
        self.init(name: name, summaries: summaries, entities: entities, mentions: index.mentionSource,
                  entityMarks: entityMarks, textSearch: index, load: { IndexedCollection.article($0, loader: loader) })
    }

    /// This library of an index's articles with the entities the index holds for them.
    public func withEntities(of index: CollectionIndex, loader: CollectionLoader,
                             entityMarks: [EntityID: EntityMarks]) throws(IndexError) -> Library {
        Library(name: name, summaries: summaries, entities: try index.entities(of: summaries), index: index, loader: loader, entityMarks: entityMarks)
    }

    /// The articles `index` holds, ordered by path, before their entities are resolved: what the reader lists at
    /// once on opening a large collection.
    public static func articlesOnly(name: String, index: CollectionIndex, loader: CollectionLoader = CollectionLoader()) throws(IndexError) -> Library {
        // No entities yet, so no mentions to look up.
        Library(name: name, summaries: try index.summariesByPath(), entities: [], mentions: MentionTable(), textSearch: index,
                load: { IndexedCollection.article($0, loader: loader) })
    }
}
