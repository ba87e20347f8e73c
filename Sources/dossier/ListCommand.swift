import ArgumentParser
import DossierCore
import DossierText

/// `dossier list`: one row per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles of a collection.",
        discussion: """
        Each row shows the article's marks: r (read), * (starred), a (archived), and its tags. Versions of one text
        (fetched again or syndicated with small changes) are each a row: the newest counts the others, which name it;
        the reader lists them as one row.
        Examples:
          dossier list seeds --json
          dossier list seeds --filter 'is:starred tag:lobbying -is:read'
        """
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var filter: FilterOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Print a JSON array of {id, date, source, title, path, copies, versions, listedAs, read, starred, archived, tags, note, highlights}.")
    var json = false

    func run() throws {
        try database.requireNamedDatabase()
        let (articles, marks) = try filter.select(from: collection, store: try database.openExisting())
        let rows = articles.map { ListRow($0, marks: marks[$0.id] ?? ArticleMarks()) }
        if json { return try Output.printJSON(rows) }
        for row in rows {
            let flags = (row.read ? "r" : "-") + (row.starred ? "*" : "-") + (row.archived ? "a" : "-")
            let tags = row.tags.isEmpty ? nil : "[" + row.tags.joined(separator: ", ") + "]"
            let copies = row.copies.isEmpty ? nil : "(+\(row.copies.count) cop\(row.copies.count == 1 ? "y" : "ies"))"
            let versions = row.versions.isEmpty ? nil : "(+\(row.versions.count) version\(row.versions.count == 1 ? "" : "s"))"
            let listedAs = row.listedAs.map { "(a version of \($0.prefix(8)))" }
            let fields = [row.id, flags, row.date ?? "----------", row.source ?? "-", row.title ?? "(untitled)", row.path, copies, versions, listedAs, tags]
            Output.line(fields.compactMap { $0 }.map(ArticleText.safe).joined(separator: "  "))
        }
    }
}

/// A row of `dossier list`; absent values are written as JSON null.
struct ListRow: Encodable {
    var id: String, date: String?, source: String?, title: String?, path: String
    /// The other files with the same text.
    var copies: [String]
    /// On the newest version of a text, the ids of its other versions, newest first; on another, the newest's id.
    var versions: [String], listedAs: String?
    var read: Bool, starred: Bool, archived: Bool, tags: [String], note: String?, highlights: Int

    init(_ article: ArticleSummary, marks: ArticleMarks) {
        id = article.id.rawValue
        date = article.date
        source = article.source
        title = article.title
        path = article.path
        copies = article.copies
        versions = article.versions.map(\.rawValue)
        listedAs = article.listedAs?.rawValue
        read = marks.isRead
        starred = marks.isStarred
        archived = marks.isArchived
        tags = marks.tags
        note = marks.note
        highlights = marks.highlights.count
    }

    enum CodingKeys: CodingKey { case id, date, source, title, path, copies, versions, listedAs, read, starred, archived, tags, note, highlights }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(path, forKey: .path)
        try container.encode(copies, forKey: .copies)
        try container.encode(versions, forKey: .versions)
        try container.encode(listedAs, forKey: .listedAs)
        try container.encode(read, forKey: .read)
        try container.encode(starred, forKey: .starred)
        try container.encode(archived, forKey: .archived)
        try container.encode(tags, forKey: .tags)
        try container.encode(note, forKey: .note)
        try container.encode(highlights, forKey: .highlights)
    }
}
