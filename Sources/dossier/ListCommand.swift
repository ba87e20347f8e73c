import ArgumentParser
import DossierCore
import DossierUI

/// `dossier list`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of a collection.",
        discussion: "Example: dossier list seeds --json"
    )

    @OptionGroup var collection: CollectionOptions
    @Flag(help: "Print a JSON array of {id, date, source, title, path}.") var json = false

    func run() throws {
        let articles = try collection.load()
        let rows = articles.map(ListRow.init)
        if json { return try Terminal.printJSON(rows) }
        for row in rows {
            let fields = [row.id, row.date ?? "----------", row.source ?? "-", row.title ?? "(untitled)", row.path]
            print(fields.map(ArticleText.safe).joined(separator: "  "))
        }
    }
}

/// A row of `dossier list`; absent values are written as JSON null.
struct ListRow: Encodable {
    var id: String, date: String?, source: String?, title: String?, path: String

    init(_ article: Article) {
        id = article.id.rawValue
        date = article.date
        source = article.source
        title = article.title
        path = article.path
    }

    enum CodingKeys: CodingKey { case id, date, source, title, path }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(path, forKey: .path)
    }
}
