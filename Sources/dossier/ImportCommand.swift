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
        Examples:
          dossier import marks.json --dry-run
          dossier import marks.json --db ~/backup.sqlite
        """
    )

    @Argument(help: "A JSON export.") var file: String
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
            let summary = ImportSummary(articles: archive.articles.count, entities: archive.entities.count,
                                        changedArticles: changedArticles.count, changedEntities: changedEntities.count)
            if json { return try Output.printJSON(summary) }
            for id in changedArticles.keys.sorted() { Output.line(ArticleText.safe("would change article \(id.rawValue)")) }
            for id in changedEntities.keys.sorted() { Output.line(ArticleText.safe("would change entity \(id.rawValue)")) }
            Output.line("would change \(changedArticles.count) of \(summary.articles) articles and \(changedEntities.count) of "
                + "\(summary.entities) entities in \(ArticleText.safe(store.path)); nothing was written")
            return
        }
        try reportingStoreErrors { () throws(MarkStoreError) in _ = try store.apply(change) }
        let summary = ImportSummary(articles: archive.articles.count, entities: archive.entities.count,
                                    changedArticles: changedArticles.count, changedEntities: changedEntities.count)
        if json { return try Output.printJSON(summary) }
        Output.line("restored the marks of \(summary.articles) articles (\(summary.changedArticles) changed) and "
            + "\(summary.entities) entities (\(summary.changedEntities) changed) into \(ArticleText.safe(store.path))")
    }
}

/// What `dossier import` restored.
struct ImportSummary: Encodable {
    var articles: Int, entities: Int, changedArticles: Int, changedEntities: Int
}
