import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier export`: the matching articles with their marks, notes and highlights, as Markdown or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export articles with their marks, notes and highlights.",
        discussion: """
        JSON exports also carry every entity mark and can be restored with `dossier import`.
        Examples:
          dossier export seeds --filter 'is:starred' > starred.md
          dossier export seeds --format json > marks.json
        """
    )

    /// The export formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var filter: FilterOptions
    @OptionGroup var database: DatabaseOptions
    @Option(help: "markdown or json.") var format: Format = .markdown

    func run() throws {
        try database.requireNamedDatabase()
        let store = try database.openExisting()
        let (articles, marks) = try filter.select(from: collection, store: store)
        let entities = try store.map { store in try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() } } ?? [:]
        let archive = MarksArchive(
            articles: articles.map { .init(article: $0, marks: marks[$0.id] ?? ArticleMarks()) },
            entities: entities.sorted { $0.key < $1.key }.map { .init(id: $0.key, marks: $0.value) }
        )
        switch format {
        case .json:
            Output.printJSON(data: try archive.json())
        case .markdown:
            Output.write(Self.markdown(archive))
        }
    }

    /// One section per article: title, identification, marks, note and highlights as quotations. Everything from a
    /// document or a reader is escaped (`MarkdownText`), so that the export shows it as written and runs nothing.
    static func markdown(_ archive: MarksArchive) -> String {
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
        }
        return out
    }
}
