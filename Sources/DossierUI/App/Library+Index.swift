import DossierCore

extension Library {
    /// The library of an indexed collection: summaries and entities from the index, FTS5 for filter words, and
    /// each article read from its file when opened.
    public init(name: String, collection: IndexedCollection, entityMarks: [EntityID: EntityMarks] = [:]) {
        self.init(name: name, summaries: collection.summaries, entities: collection.entities, entityMarks: entityMarks,
                  textSearch: collection.index, load: { IndexedCollection.article($0) })
    }

    /// The articles `index` holds, ordered by path, before their entities are resolved: what the reader lists at
    /// once on opening a large collection.
    public static func articlesOnly(name: String, index: CollectionIndex) throws(IndexError) -> Library {
        Library(name: name, summaries: try index.summaries(order: try index.indexedFiles()), entities: [],
                textSearch: index, load: { IndexedCollection.article($0) })
    }
}
