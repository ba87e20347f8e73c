import ArgumentParser
import DossierCore
import DossierUI
import Foundation

/// `--filter QUERY`: selects articles with the filter language (`is:unread tag:lobbying entity:"NSO Group"`).
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Only articles matching QUERY: words or "phrases", is:read|unread|starred|archived, has:note|highlight, \
        tag:NAME, entity:NAME, source:NAME, after:YYYY-MM-DD, before:YYYY-MM-DD; -TERM negates; terms combine with AND.
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

    /// Loads the collection (cross-linking entities only when the filter names one) and keeps the matching
    /// articles, with the marks of every article.
    func select(from collection: CollectionOptions, store: MarkStore?) throws -> (articles: [Article], marks: [ArticleID: ArticleMarks]) {
        let marks = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allArticleMarks() } } ?? [:]
        guard let query = try query() else { return (try collection.load(), marks) }
        let articles: [Article]
        var index: MentionIndex?
        if query.usesEntities {
            let (loaded, extracted) = try collection.loadIndexed()
            let entityMarks = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() } } ?? [:]
            articles = loaded
            index = MentionIndex(entities: extracted.entities, articleOrder: loaded.map(\.id), marks: entityMarks)
        } else {
            articles = try collection.load()
        }
        let evaluator = QueryEvaluator(query: query, marks: marks, index: index, search: ArticleTextScan(articles: articles))
        return (evaluator.filter(articles), marks)
    }
}
