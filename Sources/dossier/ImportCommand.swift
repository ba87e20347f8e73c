import ArgumentParser
import DossierCore
import Foundation

/// `dossier import`: restores marks from a JSON export.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore marks from a file written by `dossier export --format json`.",
        discussion: """
        Each article and entity in FILE gets exactly the marks the file gives it, in one transaction; others are left as they are.
        Example:
          dossier import marks.json --db ~/backup.sqlite
        """
    )

    @Argument(help: "A JSON export.") var file: String
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print {articles, entities} counts as JSON.") var json = false

    func run() throws {
        let archive: MarksArchive
        do { archive = try MarksArchive.read(path: file) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        let store = try database.open()
        let edit = try reportingStoreErrors { () throws(MarkStoreError) in try store.apply(archive.change) }
        let summary = ImportSummary(articles: archive.articles.count, entities: archive.entities.count,
                                    changedArticles: edit.articlesAfter.count, changedEntities: edit.entitiesAfter.count)
        if json { return try Output.printJSON(summary) }
        print("restored the marks of \(summary.articles) articles (\(summary.changedArticles) changed) and "
            + "\(summary.entities) entities (\(summary.changedEntities) changed) into \(store.path)")
    }
}

/// What `dossier import` restored.
struct ImportSummary: Encodable {
    var articles: Int, entities: Int, changedArticles: Int, changedEntities: Int
}
