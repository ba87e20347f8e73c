import DossierCore
import Foundation
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
            #expect(Self.seeds.index.articles(containing: phrase) == scan.articles(containing: phrase), "\(phrase)")
        }
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
