import ArgumentParser
import DossierApp
import DossierCore
import DossierText

/// `dossier entities`: the people, organisations, places and other names of a collection.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the entities of a collection, most widely mentioned first.",
        discussion: "Example: dossier entities seeds --kind person --json"
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Ignore the reader's entity corrections (hidden, renamed, merged) from the marks database.") var uncorrected = false
    @Option(help: "Only this kind: person, organization, place or other.") var kind: EntityKind?
    @Flag(help: "Print a JSON array of {id, name, kind, aliases, mentions, articles}.") var json = false

    func run() throws {
        let index = try collection.openLibrary(entityMarks: try database.entityMarks(uncorrected: uncorrected)).index
        let rows = index.entities.filter { kind == nil || $0.kind == kind }.map(EntityRow.init)
        if json { return try Output.printJSON(rows) }
        for row in rows {
            let aliases = row.aliases.isEmpty ? "" : "  (" + row.aliases.joined(separator: ", ") + ")"
            Output.line(ArticleText.safe("\(row.articles)\t\(row.mentions)\t\(row.kind.rawValue)\t\(row.name)\(aliases)"))
        }
    }
}

extension EntityKind: ExpressibleByArgument {}

/// A row of `dossier entities`.
struct EntityRow: Encodable {
    var id: String, name: String, kind: EntityKind, aliases: [String], mentions: Int, articles: Int

    init(_ entity: Entity) {
        id = entity.id.rawValue
        name = entity.canonicalName
        kind = entity.kind
        aliases = entity.aliases
        mentions = entity.mentionCount
        articles = entity.articles.count
    }
}
