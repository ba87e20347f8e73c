import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier mark`: marks one article read, starred, tagged, annotated or archived, for scripts.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Mark an article: read or unread, starred, tagged, with a note, archived.",
        discussion: """
        ARTICLE is a file, or an article id (or a unique prefix of one) looked up in PATH…. Each change is committed \
        on its own; with no change, the article's marks are printed.
        Examples:
          dossier mark seeds/001_eb7e6b817fb86c01.txt --read --star --tag lobbying
          dossier mark 3f2a seeds --note "check the figures" --json
        """
    )

    @Argument(help: "A file, or an article id or unique id prefix.") var article: String
    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Mark it read.") var read = false
    @Flag(help: "Mark it unread.") var unread = false
    @Flag(help: "Star it.") var star = false
    @Flag(help: "Remove the star.") var unstar = false
    @Option(help: ArgumentHelp("Add a tag (repeatable).", valueName: "tag")) var tag: [String] = []
    @Option(help: ArgumentHelp("Remove a tag (repeatable).", valueName: "tag")) var untag: [String] = []
    @Option(help: ArgumentHelp("Set the note; an empty text removes it.", valueName: "text")) var note: String?
    @Flag(help: "Archive it.") var archive = false
    @Flag(help: "Take it out of the archive.") var unarchive = false
    @Flag(help: "Print the article's marks as JSON.") var json = false

    func validate() throws {
        for (on, off, name) in [(read, unread, "read"), (star, unstar, "star"), (archive, unarchive, "archive")] where on && off {
            throw ValidationError("--\(name) and --un\(name) cannot be used together")
        }
    }

    func run() throws {
        let id = try ArticleReference.resolve(article, in: collection).id
        let store = try database.open()
        var changes: [MarkChange] = []
        if read || unread { changes.append(.setRead(read, [id])) }
        if star || unstar { changes.append(.setStarred(star, [id])) }
        if archive || unarchive { changes.append(.setArchived(archive, [id])) }
        changes += tag.map { .addTag($0, [id]) } + untag.map { .removeTag($0, [id]) }
        if let note { changes.append(.setNote(note, id)) }
        let marks = try reportingStoreErrors { () throws(MarkStoreError) in
            for change in changes { try store.apply(change) }
            return try store.marks(for: id)
        }
        if json { return try Output.printJSON(MarkedArticle(id: id, marks: marks)) }
        var words = [marks.isRead ? "read" : "unread"]
        if marks.isStarred { words.append("starred") }
        if marks.isArchived { words.append("archived") }
        words += marks.tags.map { "#" + $0 }
        Output.line(ArticleText.safe(id.rawValue + "  " + words.joined(separator: " ")))
        if let note = marks.note { Output.line(ArticleText.safe("note: " + note)) }
    }
}

/// An article id with its marks, as `dossier mark --json` prints it.
struct MarkedArticle: Encodable {
    var id: ArticleID
    var marks: ArticleMarks
}
