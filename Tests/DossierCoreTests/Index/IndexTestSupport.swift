import DossierCore
import Foundation

/// Small invented articles and helpers for the index tests.
enum IndexFixture {
    static let tagger = try! EntityTagger.shipped()
    static let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: tagger))

    /// A short news article naming `people`, `organisation` and `place`.
    static func article(_ title: String, person: String, organisation: String, place: String, extra: String = "") -> String {
        """
        \(title)

        By Staff Writer

        \(person) told reporters in \(place) on Monday that \(organisation) would review its contracts before the end of the year.

        The review follows months of pressure from lawmakers, who say \(organisation) ignored warnings about the cost. \(extra)

        A spokesperson for \(organisation) declined to comment further, and \(person) left \(place) the same evening.
        """
    }

    /// Writes the standard four articles into `folder`.
    static func populate(_ folder: TemporaryFolder) throws {
        try folder.write("a.txt", Array(article("Harbour authority faces audit", person: "Miriam Castellano",
                                                organisation: "Northwind Shipping", place: "Rotterdam").utf8))
        try folder.write("b.txt", Array(article("Shipping group reviews contracts", person: "Tomasz Wierzbicki",
                                                organisation: "Northwind Shipping", place: "Gdansk").utf8))
        try folder.write("sub/c.txt", Array(article("Ministers question port spending", person: "Miriam Castellano",
                                                    organisation: "Baltic Port Council", place: "Rotterdam").utf8))
        try folder.write("sub/d.txt", Array(article("Auditors arrive at the docks", person: "Hélène Marchetti",
                                                    organisation: "Baltic Port Council", place: "Antwerp").utf8))
    }

    /// Opens (updating) the index at `index` for `folder`.
    static func open(_ folder: TemporaryFolder, index: String) throws -> IndexedCollection {
        try IndexedCollection.open([folder.url.path], indexPath: index, analyser: analyser, workers: 2)
    }

    /// What must be equal between two opens of the same files: articles in order, entities with their names,
    /// counts and articles, and each article's mentions with their entities.
    static func fingerprint(_ collection: IndexedCollection) -> [String] {
        fingerprint(summaries: collection.summaries, entities: collection.entities, mentions: collection.mentions)
    }

    /// The fingerprint of a collection given by its parts (an index's, or one resolved in memory).
    static func fingerprint(summaries: [ArticleSummary], entities: [Entity], mentions: any MentionSource) -> [String] {
        summaries.map { summary in
            "\(summary.id) \(summary.path) \(summary.title ?? "") "
                + mentions.mentions(in: summary.id).map { "\($0.entity):\($0.mention.part):\($0.mention.range)" }.joined(separator: ",")
        } + entities.sorted { $0.id < $1.id }.map { entity in
            "\(entity.id) \(entity.canonicalName) \(entity.kind) \(entity.aliases) \(entity.mentionCount) \(entity.articles)"
        }
    }
}

extension MentionIndex {
    /// The entity's mentions in each of `articles` that names it, counted one by one from the linked mentions: what
    /// `mentionCounts(of:)` must give.
    func countingLinkedMentions(of id: EntityID, in articles: [ArticleID]) -> [ArticleID: Int] {
        var counts: [ArticleID: Int] = [:]
        for article in articles {
            let count = mentions(in: article).count { $0.entity.id == id }
            if count > 0 { counts[article] = count }
        }
        return counts
    }
}
