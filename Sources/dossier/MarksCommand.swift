import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation

/// `dossier marks`: marks whose article is no longer in the collection, listed, attached to an article by hand, or
/// deleted on purpose. Marks of an article whose file changed or moved follow it on their own (`MarkStore.follow`);
/// these are the ones nothing could follow.
struct MarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marks",
        abstract: "List marks whose article is gone (orphaned), attach them to an article, or delete them.",
        discussion: """
        Examples:
          dossier marks seeds --orphaned
          dossier marks seeds --attach 3f2a9c01 --to seeds/001_eb7e6b817fb86c01.txt
          dossier marks seeds --delete 3f2a9c01
        """
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "List the marks of articles no longer in the collection.") var orphaned = false
    @Option(help: ArgumentHelp("Attach the marks of this orphaned article id (or unique prefix) to the article --to names.", valueName: "id"))
    var attach: String?
    @Option(help: ArgumentHelp("The article (a file, or an id) --attach gives the marks to.", valueName: "article")) var to: String?
    @Option(help: ArgumentHelp("Delete the marks of this orphaned article id (or unique prefix).", valueName: "id")) var delete: String?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard [orphaned, attach != nil, delete != nil].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --orphaned, --attach ID --to ARTICLE, --delete ID")
        }
        if (attach == nil) != (to == nil) { throw ValidationError("--attach and --to go together") }
    }

    func run() throws {
        try database.requireNamedDatabase()
        let store = try database.open()
        let entityMarks = try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() }
        let library = try collection.openLibrary(entityMarks: entityMarks)
        try library.reportFollowing(in: store)
        let orphans = try reportingStoreErrors { () throws(MarkStoreError) in try store.orphans(live: Set(library.summaries.map(\.id))) }
        if orphaned {
            let rows = orphans.sorted { $0.key.rawValue < $1.key.rawValue }.map { MarkedArticle(id: $0.key, marks: $0.value) }
            if json { return try Output.printJSON(rows) }
            for row in rows { Output.line(ArticleText.safe(row.id.rawValue + "  " + row.marks.summary)) }
            if rows.isEmpty { Output.printError("no orphaned marks") }
            return
        }
        let old = try Self.orphan(attach ?? delete ?? "", in: orphans)
        if let to {
            let target = try ArticleReference.resolve(to, in: collection)
            let lines = library.library.summary(target.id).map { library.rawLines($0.path) }
            let move = try reportingStoreErrors { () throws(MarkStoreError) in try store.attach(old, to: target.id, lines: lines) }
            Output.line(ArticleText.safe("attached the marks of \(old.rawValue) to \(target.id.rawValue)")
                + (move.detachedHighlights == 0 ? "" : "; \(move.detachedHighlights) highlight(s) not found in its text (kept, detached)"))
        } else {
            try reportingStoreErrors { () throws(MarkStoreError) in _ = try store.apply(.replace(articles: [old: ArticleMarks()], entities: [:])) }
            Output.line(ArticleText.safe("deleted the marks of \(old.rawValue)"))
        }
    }

    /// The orphaned id `reference` names (in full, or by a prefix only one orphan has).
    static func orphan(_ reference: String, in orphans: [ArticleID: ArticleMarks]) throws -> ArticleID {
        let matches = orphans.keys.filter { $0.rawValue.hasPrefix(reference.lowercased()) }
        guard !reference.isEmpty, matches.count == 1 else {
            throw ValidationError(matches.isEmpty ? "no orphaned marks under \(reference) (see --orphaned)"
                                                  : "\(reference) names \(matches.count) orphaned articles; give more digits")
        }
        return matches[0]
    }
}
