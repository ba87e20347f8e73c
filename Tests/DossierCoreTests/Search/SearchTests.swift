@testable import DossierCore
import Foundation
import GRDB
import Testing

/// Full-text search over titles and reading texts with FTS5: ranking, phrases, prefixes, exclusions, snippets,
/// and clear messages for searches that cannot be run.
struct SearchTests {
    static let seeds: IndexedCollection = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-search-\(UUID().uuidString).sqlite")
        return try! IndexedCollection.open([Repository.seeds.path], indexPath: folder.path, analyser: IndexFixture.analyser)
    }()

    func titles(_ query: String) throws -> [String] {
        try Self.seeds.index.search(SearchQuery(query)).map { $0.title ?? "" }
    }

    @Test func aWordFindsEveryArticleUsingIt() throws {
        #expect(try titles("spyware").count == 2)
        #expect(try titles("blacklist*").count == 2)
        #expect(try titles("zzzzqx").isEmpty)
    }

    @Test func aPhraseNeedsItsWordsTogetherAndInOrder() throws {
        let phrase = try titles("\"spyware company\"")
        let loose = try titles("company spyware")
        #expect(phrase.count == 1)
        #expect(loose.count >= phrase.count)
        #expect(try titles("\"company spyware\"").isEmpty)
    }

    @Test func exclusionsAndAlternatives() throws {
        let both = try titles("spyware")
        let without = try titles("spyware -zionist")
        #expect(without.count == both.count - 1)
        #expect(try titles("zzzzqx OR spyware").count == 2)
    }

    @Test func aTitleMatchOutranksBodyMatches() throws {
        let folder = try TemporaryFolder()
        try folder.write("body.txt", Array("""
            Coastal guards report a quiet winter

            The old lighthouse on the point was repainted, and the lighthouse crew said the lighthouse lamp is fine.
            """.utf8))
        try folder.write("title.txt", Array("""
            Lighthouse keeper retires after forty years

            The keeper said goodbye to the island on Friday and will move to the mainland with his family.
            """.utf8))
        let collection = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("index.sqlite").path)
        let hits = try collection.index.search(SearchQuery("lighthouse"))
        #expect(hits.map(\.path).map { URL(fileURLWithPath: $0).lastPathComponent } == ["title.txt", "body.txt"])
        #expect(hits[0].rank <= hits[1].rank)
    }

    /// A large index is searched in parts side by side: the hits, their order, ranks and snippets are those of one
    /// search over the whole index, and so is the reader's list of every match.
    @Test func aSearchInPartsGivesTheHitsOfOneSearch() throws {
        let folder = try TemporaryFolder()
        let words = ["harbour", "council", "budget", "ferry", "strike", "mayor", "tunnel", "port"]
        for number in 0..<40 {
            let chosen = (0..<6).map { words[($0 * 7 + number * 3) % words.count] }
            let body = "The " + chosen.joined(separator: " and the ") + " were discussed on day \(number), "
                + String(repeating: "again ", count: number % 5)
            try folder.write("a\(number).txt", Array("Story \(number) on the \(chosen[0])\n\n\(body)\n".utf8))
        }
        let index = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("index.sqlite").path).index
        let split = try index.searchParts(splitRows: 10, cores: 3)
        #expect(split.count == 3)
        #expect(try index.searchParts(splitRows: 1_000, cores: 3).count == 1, "a small index in one part")
        for text in ["harbour", "ferr*", "\"the mayor\"", "tunnel -strike", "budget OR port"] {
            let query = try SearchQuery(text)
            for limit in [3, 50] {
                let whole = try index.search(query, limit: limit, parts: [Int64.min...Int64.max])
                #expect(!whole.isEmpty)
                #expect(try index.search(query, limit: limit, parts: split) == whole, "\(text), \(limit) hits")
            }
            let all = try index.rankedArticles(matching: query, parts: [Int64.min...Int64.max])
            #expect(try index.rankedArticles(matching: query, parts: split) == all, "\(text), every match")
            #expect(all == (try index.search(query, limit: 1_000, parts: split)).map(\.article), "\(text): the same order either way")
        }
    }

    @Test func snippetsMarkTheMatches() throws {
        let hits = try Self.seeds.index.search(SearchQuery("blacklist*"))
        for hit in hits {
            #expect(!hit.highlights.isEmpty)
            let characters = Array(hit.snippet)
            for range in hit.highlights {
                #expect(String(characters[range]).lowercased().hasPrefix("blacklist"))
            }
            #expect(!hit.snippet.contains("\n"))
        }
    }

    @Test func filterWordsThroughTheIndexAgreeWithTheScan() throws {
        let articles = CollectionLoader().load([Repository.seeds.path]).articles
        let scan = ArticleTextScan(articles: articles)
        for phrase in ["spyware", "Pegasus spyware", "United States", "Facebook", "nothing like this"] {
            #expect(try Self.seeds.index.articles(containing: phrase) == scan.articles(containing: phrase), "\(phrase)")
        }
    }

    /// What FTS5's own `bm25()` and `snippet()` give for `query` in the index at `path`: each hit's article, rank
    /// and snippet text (on one line, without match markers), best first; and every match's article in rank order.
    static func reference(_ path: String, _ query: SearchQuery, limit: Int) throws -> (hits: [String], ranked: [String]) {
        let database = try DatabaseQueue(path: path)
        return try database.read { db in
            let hits = try Row.fetchAll(db, sql: """
                SELECT a.id, bm25(article_text, 10.0, 1.0) AS score,
                       snippet(article_text, -1, char(57344), char(57345), '…', 16)
                FROM article_text JOIN article a ON a.rowid = article_text.rowid
                WHERE article_text MATCH ? ORDER BY score LIMIT ?
                """, arguments: [query.expression, limit]).map { row in
                let snippet = String((row[2] as String).map { $0.isNewline ? " " : $0 }.filter { $0 != "\u{E000}" && $0 != "\u{E001}" })
                return "\(row[0] as String) \(row[1] as Double) \(snippet)"
            }
            let ranked = try String.fetchAll(db, sql: """
                SELECT a.id FROM article_text JOIN article a ON a.rowid = article_text.rowid
                WHERE article_text MATCH ? ORDER BY bm25(article_text, 10.0, 1.0)
                """, arguments: [query.expression])
            return (hits, ranked)
        }
    }

    /// Expects `index` (at `path`) to give, for each of `queries`, the hits, ranks, snippets and order FTS5 gives.
    static func expectFTS5Ranking(_ index: CollectionIndex, path: String, _ queries: [String], limit: Int = 5) throws {
        for text in queries {
            let query = try SearchQuery(text)
            let expected = try reference(path, query, limit: limit)
            let hits = try index.search(query, limit: limit)
            #expect(hits.map { "\($0.article.rawValue) \($0.rank) \($0.snippet)" } == expected.hits, "\(text)")
            #expect(try index.rankedArticles(matching: query).map(\.rawValue) == expected.ranked, "\(text)")
        }
    }

    @Test func ranksAndSnippetsAreFTS5sOwn() throws {
        // Forty articles of varied lengths and word counts, a few of them alike so that ranks tie.
        let folder = try TemporaryFolder()
        let people = ["Miriam Castellano", "Tomasz Wierzbicki", "Hélène Marchetti", "Anouk de Vries"]
        let places = ["Rotterdam", "Gdansk", "Antwerp", "Hamburg"]
        for number in 0..<40 {
            let extra = String(repeating: "Security officials met again. ", count: number % 7)
                + String(repeating: "The market fell. ", count: number % 5) + (number % 6 == 0 ? "" : "Report \(number).")
            try folder.write("\(number).txt", Array(IndexFixture.article(
                number % 3 == 0 ? "Security report on the harbour" : "Port spending questioned",
                person: people[number % 4], organisation: "Northwind Shipping", place: places[number % 4], extra: extra).utf8))
        }
        let path = folder.url.appendingPathComponent("index.sqlite").path
        let index = try IndexFixture.open(folder, index: path).index
        try Self.expectFTS5Ranking(index, path: path, [
            "security", "the", "sec*", "s*", "report*", "\"security officials\"", "market OR harbour", "officials -market",
            "Rotterdam sec*", "zzzzqx",
        ], limit: 20)
        let hits = try index.search(SearchQuery("security"), limit: 5)
        #expect(hits.count == 5)
        #expect(hits.allSatisfy { !$0.snippet.isEmpty && !$0.highlights.isEmpty })
        #expect(hits.map(\.rank) == hits.map(\.rank).sorted())
        #expect(hits.allSatisfy { $0.title == "Security report on the harbour" })
    }

    @Test func ranksFollowTheIndexAsArticlesChange() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let path = folder.url.appendingPathComponent("index.sqlite").path
        let queries = ["Rotterdam", "Northwind", "contract*", "\"Baltic Port Council\""]
        try Self.expectFTS5Ranking(try IndexFixture.open(folder, index: path).index, path: path, queries)
        // A longer article changes its length and the collection's mean length: ranks must follow. (The last article
        // written is the one most likely to come back under the same rowid.)
        try folder.write("sub/d.txt", Array(IndexFixture.article("Auditors arrive at the docks", person: "Hélène Marchetti",
                                                                 organisation: "Baltic Port Council", place: "Rotterdam",
                                                                 extra: String(repeating: "Northwind contracts were read. ", count: 40)).utf8))
        let reopened = try IndexFixture.open(folder, index: path).index
        // Lengths read ahead of a search (as the reader does after an update) are those of the index as it now is.
        try reopened.prepareSearch()
        try Self.expectFTS5Ranking(reopened, path: path, queries)
    }

    @Test(arguments: [
        ("", SearchQueryError.empty),
        ("\"open phrase", .unclosedQuote),
        ("OR spyware", .misplacedOr),
        ("spyware OR", .misplacedOr),
        ("a OR OR b", .misplacedOr),
        ("*", .bareWildcard),
        ("-spyware", .onlyExclusions),
        ("!!!", .noWords("!!!")),
    ])
    func badSearchesSayWhatIsWrong(_ text: String, _ error: SearchQueryError) {
        #expect(throws: error) { try SearchQuery(text) }
        #expect(!error.description.isEmpty)
    }

    @Test func typedSyntaxNeverReachesSQLite() throws {
        // FTS5 operators and column filters typed by a reader are searched as words.
        #expect(try SearchQuery("title:NEAR(a b) AND").expression == "\"title NEAR a\" AND \"b\" AND \"AND\"")
        _ = try Self.seeds.index.search(SearchQuery("title:NEAR(a b) AND"))
    }
}
