import DossierCore
import Foundation
import Testing

/// The shipped tagger and the resolver together on the two sample articles.
@Suite struct SeedEntityTests {
    static let loaded: (articles: [Article], index: MentionIndex) = {
        let articles = CollectionLoader().load([Repository.seeds.path]).articles
        let index = MentionExtractor(tagger: try! EntityTagger.shipped()).index(articles)
        return (articles, index)
    }()

    func entity(_ name: String) -> Entity? { Self.loaded.index.entities(named: name).first }

    @Test(arguments: [
        ("NSO Group", EntityKind.organization), ("Joe Biden", .person), ("US Department of Commerce", .organization),
        ("United States", .place), ("Israel", .place), ("Tel Aviv", .place), ("Washington", .place),
    ])
    func entityInBothSeeds(name: String, kind: EntityKind) throws {
        let found = try #require(entity(name), "no entity \(name)")
        #expect(found.kind == kind)
        #expect(found.articles.count == 2)
        #expect(Self.loaded.index.entities(named: name).count == 1, "\(name) is one entity")
    }

    @Test func surfaceFormsJoinTheirEntity() throws {
        #expect(try #require(entity("Biden")).canonicalName == "Joe Biden")
        let commerce = try #require(entity("Department of Commerce"))
        #expect(commerce.aliases.count + 1 == 4, "four surface forms: \(commerce.aliases)")
        #expect(entity("U.S. Commerce Department")?.id == commerce.id)
        #expect(entity("NYT")?.id == entity("The New York Times")?.id)
        #expect(entity("NSO")?.id == entity("NSO Group")?.id)
    }

    @Test func quotedNameInAHeadlineCounts() throws {
        let israel = try #require(entity("Israel"))
        let first = try #require(Self.loaded.articles.first { $0.path.hasSuffix("000_60547e2e5f7a7922.txt") })
        #expect(Self.loaded.index.mentions(of: israel.id, in: first.id).contains { $0.part == .title })
    }

    @Test func organisationAndCaptionPerson() throws {
        #expect(entity("Candiru")?.kind == .organization)
        let hulio = try #require(entity("Shalev Hulio"))
        #expect(hulio.kind == .person)
        let article = try #require(Self.loaded.articles.first { $0.id == hulio.articles[0] })
        #expect(Self.loaded.index.mentions(of: hulio.id, in: article.id).contains { mention in
            if case .block(let index) = mention.part { article.blocks[index].kind == .figure } else { false }
        })
    }

    @Test func noMentionComesFromFurniture() {
        for article in Self.loaded.articles {
            for (mention, _) in Self.loaded.index.mentions(in: article.id) {
                if case .block(let index) = mention.part { #expect(article.blocks[index].kind != .furniture) }
            }
        }
    }

    @Test func eachSeedIsTheOthersFirstRelatedArticle() {
        let ids = Self.loaded.articles.map(\.id)
        #expect(Self.loaded.index.related(to: ids[0]).first?.article == ids[1])
        #expect(Self.loaded.index.related(to: ids[1]).first?.article == ids[0])
    }
}

/// Context cues and the headline filter, on text other than the samples.
@Suite struct ExtractionRuleTests {
    static let tagger = try! EntityTagger.shipped()

    func article(_ text: String, path: String) -> Article {
        ArticleParser().parse(TextDecoding.decode(Array(text.utf8)), path: path)
    }

    @Test func titleCaseHeadlineKeepsOnlyNamesTheCollectionMentions() {
        let first = article("Regulators Weigh Fine Against Northwind Shipping Over Spill\n\nNorthwind Shipping said on Monday it would contest any penalty.", path: "a.txt")
        let index = MentionExtractor(tagger: Self.tagger).index([first])
        let titleMentions = index.mentions(in: first.id).map(\.mention).filter { $0.part == .title }
        #expect(titleMentions.allSatisfy { NameKey.key($0.surface).contains("northwind") })
        #expect(!index.entities.contains { $0.canonicalName.contains("Regulators Weigh") || $0.canonicalName.contains("Spill") })
    }

    @Test func sentenceCaseHeadlineIsTaggedAsItIs() {
        let first = article("Northwind Shipping fined over spill near Rotterdam\n\nThe penalty was announced on Monday.", path: "b.txt")
        let index = MentionExtractor(tagger: Self.tagger).index([first])
        #expect(index.mentions(in: first.id).contains { $0.mention.part == .title })
    }
}
