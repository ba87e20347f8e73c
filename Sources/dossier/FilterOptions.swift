import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation

/// `--filter QUERY`: selects articles with the filter language (`is:unread tag:lobbying entity:"Acme Group"`).
struct FilterOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("""
        Only articles matching QUERY: words or "phrases", is:read|unread|starred|archived, has:note|highlight, \
        tag:NAME, entity:NAME, source:NAME, path:TEXT, folder:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD; -TERM negates \
        (`--filter -is:read` works); terms combine with AND, A OR B with OR, (…) groups.
        """, valueName: "query"))
    var filter: String?

    func validate() throws { _ = try query() }

    /// The parsed filter, or nil without one; a bad filter is a usage error showing where it went wrong.
    func query() throws -> Query? {
        guard let filter else { return nil }
        do { return try Query(parsing: filter) } catch {
            let caret = String(repeating: " ", count: error.column - 1) + "^ " + error.message
            throw ValidationError("bad --filter: \(error)\n  " + ArticleText.safe(filter) + "\n  " + caret)
        }
    }

    /// Opens the collection through its index and keeps the matching articles, with the marks of every article.
    /// Marks of articles whose text changed follow it first (`OpenCollection.followMarks`).
    func select(from collection: CollectionOptions, store: MarkStore?) throws -> (articles: [ArticleSummary], marks: [ArticleID: ArticleMarks]) {
        let (articles, marks, _) = try selectOpening(collection, store: store)
        return (articles, marks)
    }

    /// As `select`, with the open collection the articles were selected from (to read their text).
    func selectOpening(_ collection: CollectionOptions, store: MarkStore?) throws
        -> (articles: [ArticleSummary], marks: [ArticleID: ArticleMarks], library: OpenCollection) {
        let entityMarks = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() } } ?? [:]
        let library = try collection.openLibrary(entityMarks: entityMarks)
        if let store { try library.reportFollowing(in: store) }
        let marks = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allArticleMarks() } } ?? [:]
        guard let query = try query() else { return (library.summaries, marks, library) }
        var lookups = QueryLookups(query, index: library.index, search: library.search)
        if let failure = lookups.failure {
            // The index's words cannot be read: the article files can.
            Output.printError("dossier: warning: \(failure); searching the article files instead")
            let articles = library.articles(library.summaries.map(\.id)).compactMap { $0 }
            lookups = QueryLookups(query, index: library.index, search: ArticleTextScan(articles: articles))
        }
        let evaluator = QueryEvaluator(query: query, marks: marks, lookups: lookups)
        return (library.summaries.filter(evaluator.matches), marks, library)
    }
}
