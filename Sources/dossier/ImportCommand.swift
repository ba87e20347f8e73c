import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier import`: restores marks from a JSON export.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore marks from a file written by `dossier export --format json`.",
        discussion: """
        Each article and entity in FILE gets the marks the file gives it, in one transaction: a field the file does not \
        give (a note, a star) is kept as it is, and articles and entities it does not name are left alone.
        Given the collection's files or folders, it also says how many of the articles it names are not in the \
        collection: their marks are kept, and `dossier marks PATHS --orphaned` lists them.
        Examples:
          dossier import marks.json --dry-run
          dossier import marks.json seeds
          dossier import marks.json --db ~/backup.sqlite
        """
    )

    @Argument(help: "A JSON export.") var file: String
    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print {articles, entities} counts as JSON.") var json = false
    @Flag(help: "Show what would change (one line per article or entity) and change nothing.") var dryRun = false

    func run() throws {
        let archive: MarksArchive
        do { archive = try MarksArchive.read(path: file) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        let store = try database.open()
        let current = try reportingStoreErrors { () throws(MarkStoreError) in (try store.allArticleMarks(), try store.allEntityMarks()) }
        let change = archive.change(over: current)
        guard case .replace(let articles, let entities) = change else { return }
        let changedArticles = articles.filter { current.0[$0.key] ?? ArticleMarks() != $0.value }
        let changedEntities = entities.filter { current.1[$0.key] ?? EntityMarks() != $0.value }
        if dryRun {
            let live = try collection.paths.isEmpty ? nil : liveArticles(following: nil)
            let unattached = live.map { live in articles.keys.count { !live.contains($0) } }
            let summary = ImportSummary(articles: archive.articles.count, entities: archive.entities.count,
                                        changedArticles: changedArticles.count, changedEntities: changedEntities.count, unattached: unattached)
            if json { return try Output.printJSON(summary) }
            for id in changedArticles.keys.sorted() { Output.line(ArticleText.safe("would change article \(id.rawValue)")) }
            for id in changedEntities.keys.sorted() { Output.line(ArticleText.safe("would change entity \(id.rawValue)")) }
            Output.line("would change \(changedArticles.count) of \(summary.articles) articles and \(changedEntities.count) of "
                + "\(summary.entities) entities in \(ArticleText.safe(store.path)); nothing was written" + Self.unattached(unattached))
            return
        }
        try reportingStoreErrors { () throws(MarkStoreError) in _ = try store.apply(change) }
        // Marks of an article whose file changed since the export follow it first; those nothing could follow stay.
        var unattached: Int?
        if !collection.paths.isEmpty {
            let live = try liveArticles(following: store)
            unattached = try reportingStoreErrors { () throws(MarkStoreError) in try store.orphans(live: live).keys.count { articles[$0] != nil } }
        }
        let summary = ImportSummary(articles: archive.articles.count, entities: archive.entities.count,
                                    changedArticles: changedArticles.count, changedEntities: changedEntities.count, unattached: unattached)
        if json { return try Output.printJSON(summary) }
        Output.line("restored the marks of \(summary.articles) articles (\(summary.changedArticles) changed) and "
            + "\(summary.entities) entities (\(summary.changedEntities) changed) into \(ArticleText.safe(store.path))" + Self.unattached(unattached))
    }

    /// The articles of the collection named on the command line, after the marks in `store` (if given) followed edits.
    private func liveArticles(following store: MarkStore?) throws -> Set<ArticleID> {
        let library = try collection.openLibrary(entityMarks: [:])
        if let store { try library.reportFollowing(in: store) }
        return Set(library.summaries.map(\.id))
    }

    /// The sentence saying how many imported articles' marks no article of the collection took.
    private static func unattached(_ count: Int?) -> String {
        guard let count, count > 0 else { return "" }
        return "; \(count) of the articles \(count == 1 ? "is" : "are") not in the collection: \(count == 1 ? "its" : "their") marks are kept, "
            + "and `dossier marks PATHS --orphaned` lists them"
    }
}

/// What `dossier import` restored.
struct ImportSummary: Encodable {
    var articles: Int, entities: Int, changedArticles: Int, changedEntities: Int
    /// How many of the articles named are in no article of the collection given (nil without one).
    var unattached: Int?
}
