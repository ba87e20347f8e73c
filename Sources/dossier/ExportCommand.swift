import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation

/// `dossier export`: the matching articles with their marks, notes and highlights, as Markdown or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export articles with their marks, notes and highlights.",
        discussion: """
        Without --filter, only the articles with marks beyond being read (starred, archived, tagged, with a note or a \
        highlight) are exported, unless --all. JSON exports also carry every entity mark and can be restored with \
        `dossier import`.
        Examples:
          dossier export seeds --filter 'is:starred' --with-text > starred.md
          dossier export seeds --all --json > marks.json
        """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var filter: FilterOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: "markdown or json.") var format: Format = .markdown
    @Flag(help: "The same as --format json.") var json = false
    @Flag(help: "Every article (the default without --filter is the marked ones).") var all = false
    @Flag(help: "Markdown: each article's text after its marks.") var withText = false

    func validate() throws {
        if withText && (json || format == .json) { throw ValidationError("--with-text is for Markdown exports") }
    }

    func run() throws {
        let format = json ? Format.json : self.format
        try database.requireNamedDatabase()
        let store = try database.openExisting()
        let (selected, marks, library) = try filter.selectOpening(collection, store: store)
        let articles = all || filter.filter != nil ? selected : selected.filter { Self.isMarked(marks[$0.id]) }
        let entities = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() } } ?? [:]
        let archive = MarksArchive(
            articles: articles.map { .init(article: $0, marks: marks[$0.id] ?? ArticleMarks()) },
            entities: entities.sorted { $0.key < $1.key }.map { .init(id: $0.key, marks: $0.value) }
        )
        switch format {
        case .json:
            Output.printJSON(data: try archive.json())
        case .markdown:
            Output.write(Self.markdown(archive) { id in withText ? Self.text(of: id, in: library) : nil })
        }
    }

    /// Whether an article has a mark beyond being read: a star, the archive, a tag, a note or a highlight.
    static func isMarked(_ marks: ArticleMarks?) -> Bool {
        guard var marks else { return false }
        marks.isRead = false
        return !marks.isEmpty
    }

    /// The article's text as the reader shows it (title, standfirst, paragraphs and captions, furniture left out),
    /// a paragraph a line, or why it cannot be read.
    static func text(of id: ArticleID, in library: OpenCollection) -> String {
        switch library.article(id) {
        case .success(let article):
            let parts = [article.standfirst].compactMap { $0 } + article.blocks.filter { $0.kind != .furniture }.map(\.text)
            return parts.map(MarkdownText.escaped).joined(separator: "\n\n")
        case .failure(let reason):
            return "(text not exported: \(MarkdownText.escaped(reason.description)))"
        }
    }

    /// One section per article: title, identification, marks, note and highlights as quotations, then the text
    /// `text` gives (none when it gives nil). Everything from a document or a reader is escaped (`MarkdownText`), so
    /// that the export shows it as written and runs nothing.
    static func markdown(_ archive: MarksArchive, text: (ArticleID) -> String? = { _ in nil }) -> String {
        var out = ""
        for entry in archive.articles {
            let marks = entry.marks
            out += "## " + MarkdownText.escaped(entry.title ?? "(untitled)") + "\n\n"
            let facts = [entry.date.map(MarkdownText.escaped), entry.source.map(MarkdownText.escaped), entry.path.map(MarkdownText.code),
                         "id " + MarkdownText.code(entry.id.rawValue)].compactMap { $0 }
            out += facts.joined(separator: " · ") + "\n\n"
            var states = [marks.isRead ? "read" : "unread"]
            if marks.isStarred { states.append("starred") }
            if marks.isArchived { states.append("archived") }
            out += "Marks: " + states.joined(separator: ", ")
            out += marks.tags.isEmpty ? "\n\n" : " · tags: " + marks.tags.map(MarkdownText.escaped).joined(separator: ", ") + "\n\n"
            if let note = marks.note {
                out += "Note: " + note.split(separator: "\n").map { MarkdownText.escaped(String($0)) }.joined(separator: "\n") + "\n\n"
            }
            for highlight in marks.highlights {
                let quoted = highlight.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "> " + MarkdownText.escaped(String($0)) }.joined(separator: "\n")
                out += quoted + "\n>\n> — lines \(highlight.lines)\n\n"
            }
            if let body = text(entry.id) { out += "### Text\n\n" + body + "\n\n" }
        }
        return out
    }
}
