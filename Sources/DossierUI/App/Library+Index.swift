import DossierCore

extension Library {
    /// The library of an indexed collection: summaries and entities from the index, FTS5 for filter words, and
    /// each article read from its file when opened.
    public init(name: String, collection: IndexedCollection, entityMarks: [EntityID: EntityMarks] = [:]) {
        self.init(name: name, summaries: collection.summaries, entities: collection.entities, entityMarks: entityMarks,
                  textSearch: collection.index, load: { IndexedCollection.article($0) })
    }
}
