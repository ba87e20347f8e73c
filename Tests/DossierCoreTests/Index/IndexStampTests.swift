import Crypto
@testable import DossierCore
import Foundation
import GRDB
import Testing

/// An index says what made it, and one made otherwise is rebuilt; what the analysis makes of a text cannot change
/// while the stamp stays the same.
struct IndexStampTests {
    /// The stamp the analysis digest below was recorded with, and that digest. When `theAnalysisChangesOnlyWithTheStamp`
    /// fails, bump `IndexStamp.parserVersion` if the analysis changed, then record the values it prints.
    static let recorded = (stamp: "schema 19, parser 6, models efe9fb8832e1576c68c5a81d76e320aa", digest: "a2513a7d6d9b44480de5151e88db9eb3")

    /// Texts in the shapes the parser tells apart (header lines, a wire story's credit and dateline, furniture, a
    /// figure, a whole-page dump), naming people, organisations, places and an acronym.
    static let texts = [
        """
        Council approves harbour budget

        The Harbour Council approved its budget on Monday after Mayor Ines Duarte spoke for an hour.

        What the budget includes:
        - More money for Northbridge schools
        - A new bus route to St Anne's Hospital

        The plan will be reviewed by the Finance Committee next year.
        """,
        """
        2023-04-18 Harbour authority faces audit over ferry contracts

        By Miriam Castellano

        ROTTERDAM — The Port of Rotterdam Authority (PRA) will face an independent audit of its ferry contracts, \
        Dutch ministers said on Tuesday, after Northwind Shipping won three tenders in a row.

        Share this article

        Castellano, who chairs the harbour committee, said the PRA had ignored warnings from the European Commission.

        Tomasz Wierzbicki of Northwind Shipping declined to comment.
        """,
        """
        Senate passes stopgap bill to avert shutdown

        Published: March 3, 2021 10:42 AM ET
        By Jane Roe and John Doe

        WASHINGTON (Reuters) - The U.S. Senate on Wednesday passed a stopgap spending bill that keeps the government \
        open until December, sending it to President Joe Biden.

        A view of the Capitol at dusk
        Image: Getty Images

        Senator Chuck Schumer said he expected a longer deal before the end of the year. Biden thanked Schumer.

        Related articles
        Shutdown looms as talks stall
        Markets shrug off budget fight
        """,
        """
        Harbour Council Approves New Ferry Timetable - Coastal Herald

        Skip to main content
        Menu
        Home
        News
        Sport
        Subscribe

        Harbour Council Approves New Ferry Timetable

        By Maria Lindqvist
        March 3, 2021 9:14 AM

        The Baltic Port Council voted on Tuesday evening in Gdańsk to approve a new ferry timetable that adds two \
        early crossings on weekdays and a late return service on Fridays.

        Councillors said the change answers years of complaints from commuters, and Hélène Marchetti of the \
        Coastal Herald asked Lindqvist whether the operator would hire more deck hands.

        Share this article
        Facebook
        Twitter

        About us
        Privacy policy
        © 2021 Coastal Herald. All rights reserved.
        """,
    ]

    @Test func theAnalysisChangesOnlyWithTheStamp() throws {
        let stamp = IndexStamp.current.description
        let digest = try Self.analysisDigest()
        let record = "record: (stamp: \"\(stamp)\", digest: \"\(digest)\")"
        if stamp == Self.recorded.stamp {
            #expect(digest == Self.recorded.digest, """
                What parsing, tagging or resolution make of the test texts changed, but the index stamp did not: indexes \
                made before would be kept with stale contents. Bump IndexStamp.parserVersion, then \(record)
                """)
        } else {
            Issue.record("The index stamp changed since the analysis digest was recorded; \(record)")
        }
    }

    /// A digest of what the analyser makes of `texts` (each article, its mentions and acronym definitions) and of
    /// the entities resolved from them.
    static func analysisDigest() throws -> String {
        let folder = try TemporaryFolder()
        let files = try texts.enumerated().map { (path: try folder.write("\($0.offset).txt", $0.element), digest: String?.none) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines: [String] = []
        var analysed: [ArticleMentions] = []
        for (number, outcome) in IndexFixture.analyser.analyse(files, workers: 1).enumerated() {
            guard case .analysed(_, _, _, let articles, _, _) = outcome, articles.count == 1, let read = articles.first?.article,
                  let mentions = articles.first?.mentions else {
                Issue.record("text \(number) was not analysed: \(outcome)")
                continue
            }
            var article = read
            article.path = "\(number).txt"
            lines.append(String(decoding: try encoder.encode(article), as: UTF8.self))
            lines += mentions.found.map { "\($0.mention.part) \($0.mention.range) \($0.kind) \($0.isConfirmed) \($0.mention.surface)" }
            lines += mentions.definitions.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }
            lines.append("title case: \(mentions.titleCase)")
            analysed.append(mentions)
        }
        let resolution = MentionExtractor.entities(from: analysed)
        lines += resolution.entities.map { "\($0.id) \($0.canonicalName) \($0.kind) \($0.aliases) \($0.articles) \($0.mentionCount)" }
        for article in analysed.map(\.article) {
            lines += resolution.mentions.mentions(in: article).map { "\($0.mention.part) \($0.mention.range) \($0.entity)" }
        }
        return SHA256.hash(data: Data(lines.joined(separator: "\n").utf8)).prefix(16).lowercaseHex
    }

    @Test func anIndexOfAnotherStampIsRebuilt() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.path("index.sqlite")
        _ = try IndexFixture.open(folder, index: indexPath)
        try DatabaseQueue(path: indexPath).write { db in try db.execute(sql: "UPDATE stamp SET models = 'retrained'") }
        let reopened = try IndexFixture.open(folder, index: indexPath)
        #expect(reopened.update.analysed == 4)
        #expect(try DatabaseQueue(path: indexPath).read(IndexStamp.stored) == .current)
    }

    @Test func anIndexFromBeforeStampsIsRebuilt() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.path("index.sqlite")
        _ = try IndexFixture.open(folder, index: indexPath)
        try DatabaseQueue(path: indexPath).write { db in
            try db.execute(sql: "DROP TABLE stamp")
            try db.execute(sql: "PRAGMA user_version = 10")
        }
        let reopened = try IndexFixture.open(folder, index: indexPath)
        #expect(reopened.update.analysed == 4)
        #expect(reopened.entities.contains { $0.canonicalName == "Northwind Shipping" })
    }

    /// `--index` pointed at a file that is no index (the marks, say) is refused, its tables and bytes as they were.
    @Test func aFileThatIsNoIndexKeepsItsTables() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE notes (text TEXT)")
            try db.execute(sql: "INSERT INTO notes VALUES ('keep me')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: IndexError.notAnIndex(path: path, reason: "another program's SQLite database")) { try CollectionIndex(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT text FROM notes") } == ["keep me"])
    }
}
