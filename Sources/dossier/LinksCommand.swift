import ArgumentParser
import DossierApp
import DossierCore
import DossierText

/// `dossier links`: where an entity is mentioned, sentence by sentence.
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Show the articles that mention an entity (by any of its names), with each mentioning sentence.",
        discussion: "Example: dossier links \"New York Times\" seeds --json"
    )

    @Argument(help: "The entity's name or one of its aliases.") var entity: String
    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Ignore the reader's entity corrections (hidden, renamed, merged) from the marks database.") var uncorrected = false
    @Option(help: "The entity's id, when several are named so (see `dossier entities --json`).") var id: String?
    @Option(help: "Only an entity of this kind, when several are named so.") var kind: EntityKind?
    @Flag(help: "Print a JSON array of entities, each with its articles and sentences.") var json = false

    func run() throws {
        let library = try collection.openLibrary(entityMarks: try database.entityMarks(uncorrected: uncorrected))
        let matches = library.index.entities(named: entity).filter { entity in
            (id == nil || entity.id.rawValue == id) && (kind == nil || entity.kind == kind)
        }
        guard !matches.isEmpty else { throw ValidationError("no entity is named \(entity)" + (id == nil && kind == nil ? "" : " with that id or kind")) }
        guard matches.count == 1 else {
            Output.printError("dossier: \(matches.count) entities are named \(entity); choose one with --id or --kind:")
            for match in matches {
                Output.printError("  --id \"\(match.id.rawValue)\"  \(match.kind.rawValue)  \(match.canonicalName), \(match.articles.count) article(s)")
            }
            throw ExitCode.validationFailure
        }
        let results = matches.map { EntityLinks($0, library: library) }
        if json { return try Output.printJSON(results) }
        for result in results {
            Output.line(ArticleText.safe("\(result.name) (\(result.kind.rawValue)), \(result.articles.count) article(s)"))
            for article in result.articles {
                Output.line(ArticleText.safe("  \(article.id)  \(article.title ?? article.path)"))
                for sentence in article.sentences { Output.line(ArticleText.safe("    • " + sentence)) }
            }
        }
    }
}

/// An entity with the articles that mention it and the sentences that do.
struct EntityLinks: Encodable {
    struct ArticleLinks: Encodable {
        var id: String, title: String?, path: String, sentences: [String]
    }

    var id: String, name: String, kind: EntityKind, aliases: [String], articles: [ArticleLinks]

    init(_ entity: Entity, library: OpenCollection) {
        id = entity.id.rawValue
        name = entity.canonicalName
        kind = entity.kind
        aliases = entity.aliases
        self.articles = entity.articles.compactMap { articleID in
            guard case .success(let article) = library.article(articleID) else { return nil }
            let sentences = article.contexts(of: library.index.mentions(of: entity.id, in: articleID)).map(\.sentence)
            return ArticleLinks(id: articleID.rawValue, title: article.title, path: article.path, sentences: sentences)
        }
    }
}
