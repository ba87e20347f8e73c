import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation

/// `dossier mentions`: every kept mention of a collection, where it stands in its file and the entity it belongs to.
struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "List every mention of a resolved entity, by file, line and column.",
        discussion: """
        Each mention gives its file's path, the article id, the 1-based raw line, the start and end offsets in \
        Unicode scalars within that line (end exclusive; endLine when it crosses a line break), the raw text there, \
        and its entity's id, kind and name, after the reader's corrections from the marks database.
        Example: dossier mentions seeds --json
        """
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Ignore the reader's entity corrections.") var uncorrected = false
    @Flag(help: "Print {\"mentions\": [{path, article, line, start, end, surface, kind, entity, name}]}.") var json = false

    func run() throws {
        let library = try collection.openLibrary(entityMarks: try database.entityMarks(uncorrected: uncorrected))
        var rows: [MentionRow] = []
        for summary in library.summaries {
            guard case .success(let article) = library.article(summary.id),
                  case .success(let bytes) = library.loader.rawBytes(summary.path) else {
                Output.printError("\(summary.path): changed or unreadable since it was indexed; its mentions are left out")
                continue
            }
            let found = library.index.mentions(in: article.id)
            let places = MentionPlace.places(of: found.map { $0.mention }, in: article, lines: TextDecoding.decode(bytes).lines)
            for ((_, entity), place) in zip(found, places) {
                guard let place else { continue }
                rows.append(MentionRow(path: summary.path, article: article.id.rawValue, place: place, entity: entity))
            }
        }
        if json { return try Output.printJSON(["mentions": rows]) }
        for row in rows {
            let span = row.endLine.map { "\(row.line):\(row.start)-\($0):\(row.end)" } ?? "\(row.line):\(row.start)-\(row.end)"
            Output.line(ArticleText.safe("\(row.path):\(span)\t\(row.surface)\t\(row.kind.rawValue)\t\(row.name)"))
        }
    }
}

/// A row of `dossier mentions`.
struct MentionRow: Encodable {
    var path: String, article: String, line: Int, start: Int, end: Int, endLine: Int?, surface: String
    var kind: EntityKind, entity: String, name: String

    init(path: String, article: String, place: MentionPlace, entity: Entity) {
        self.path = path
        self.article = article
        line = place.line
        start = place.start
        end = place.end
        endLine = place.endLine == place.line ? nil : place.endLine
        surface = place.surface
        kind = entity.kind
        self.entity = entity.id.rawValue
        name = entity.canonicalName
    }
}
