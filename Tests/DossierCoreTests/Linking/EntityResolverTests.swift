import DossierCore
import Testing

/// Resolution rules, each with a case that must merge and one that must not.
@Suite struct EntityResolverTests {
    /// Mentions given as (article, surface, kind).
    func resolve(_ items: [(String, String, EntityKind)], definitions: [String: String] = [:]) -> [Entity] {
        let found = items.enumerated().map { offset, item in
            FoundMention(mention: Mention(article: ArticleID(rawValue: item.0), part: .block(offset), range: 0..<item.1.count, surface: item.1), kind: item.2)
        }
        return EntityResolver().resolve(found, definitions: definitions).entities
    }

    func entity(_ entities: [Entity], named name: String) -> Entity? { entities.first { $0.isNamed(name) } }

    @Test func exactMatchIgnoresCaseQuotesAndPossessives() {
        let entities = resolve([("a", "‘Israel’", .place), ("a", "Israel’s", .place), ("b", "ISRAEL", .place), ("b", "Israel", .organization)])
        #expect(entities.count == 1)
        #expect(entities[0].canonicalName == "Israel")
        #expect(entities[0].kind == .place)
        #expect(entities[0].articles.count == 2)
    }

    @Test func countryAliases() {
        let entities = resolve([("a", "U.S.", .place), ("a", "US", .place), ("b", "United States", .place), ("b", "USA", .place), ("b", "UK", .place)])
        let us = entity(entities, named: "U.S.")
        #expect(us?.canonicalName == "United States")
        #expect(us?.mentionCount == 4)
        #expect(entity(entities, named: "Britain")?.mentionCount == 1)
    }

    @Test func governmentBodyWordOrder() {
        let entities = resolve([
            ("a", "Department of Commerce", .organization), ("a", "US Department of Commerce", .organization),
            ("a", "US Commerce Department", .organization), ("b", "U.S. Commerce Department", .organization),
        ])
        #expect(entities.count == 1)
        #expect(entities[0].aliases.count == 3)
        #expect(entities[0].canonicalName == "US Department of Commerce")
    }

    @Test func governmentBodiesOfDifferentCountriesStayApart() {
        let entities = resolve([
            ("a", "Defence Ministry", .organization), ("a", "UK Defence Ministry", .organization), ("b", "Russia's Defence Ministry", .organization),
        ])
        #expect(entities.count == 3, "a bare body cannot be placed when two countries' bodies are in the collection")
    }

    @Test func organizationSuffix() {
        let entities = resolve([("a", "NSO Group", .organization), ("a", "NSO", .organization), ("b", "NSO", .organization)])
        #expect(entities.count == 1)
        #expect(entities[0].canonicalName == "NSO Group")
        #expect(entities[0].aliases == ["NSO"])
    }

    @Test func organizationSuffixNeedsTheShortFormToBeAName() {
        let entities = resolve([("a", "Acme Group", .organization), ("a", "Group", .other)])
        #expect(entities.count == 2)
    }

    @Test func acronymByInitials() {
        let entities = resolve([("a", "The New York Times", .organization), ("a", "NYT", .organization), ("b", "NYT", .organization)])
        #expect(entities.count == 1)
        #expect(entities[0].canonicalName == "The New York Times")
    }

    @Test func ambiguousAcronymStaysApartUnlessDefined() {
        let items: [(String, String, EntityKind)] = [
            ("a", "National Transit Board", .organization), ("a", "National Tennis Bureau", .organization), ("b", "NTB", .organization),
        ]
        #expect(resolve(items).count == 3)
        let defined = resolve(items, definitions: ["ntb": "National Tennis Bureau"])
        #expect(defined.count == 2)
        #expect(entity(defined, named: "NTB")?.canonicalName == "National Tennis Bureau")
    }

    @Test func surnameJoinsTheFullName() {
        let entities = resolve([("a", "Joe Biden", .person), ("b", "Biden", .person), ("b", "Biden", .person)])
        #expect(entities.count == 1)
        #expect(entities[0].canonicalName == "Joe Biden")
        #expect(entities[0].articles.count == 2)
    }

    @Test func placeAndPersonWithTheSameNameStayApart() {
        let entities = resolve([("a", "Washington", .place), ("a", "George Washington", .person), ("b", "Washington", .place)])
        #expect(entity(entities, named: "George Washington")?.mentionCount == 1)
        #expect(entities.first { $0.kind == .place }?.mentionCount == 2)
    }

    @Test func twoPeopleSharingASurnameStayApart() {
        let entities = resolve([
            ("a", "Hillary Clinton", .person), ("a", "Clinton", .person),
            ("b", "Bill Clinton", .person), ("b", "Clinton", .person),
            ("c", "Clinton", .person),
        ])
        #expect(entity(entities, named: "Hillary Clinton")?.articles.map(\.rawValue) == ["a"])
        #expect(entity(entities, named: "Bill Clinton")?.articles.map(\.rawValue) == ["b"])
        // In an article that names neither in full, the surname cannot be placed.
        #expect(entities.first { $0.canonicalName == "Clinton" }?.articles.map(\.rawValue) == ["c"])
    }

    @Test func aTitleAndASurnameJoinTheFullName() {
        let entities = resolve([("a", "Daniel Okoro", .person), ("a", "Mr Okoro", .person), ("b", "Mr Okoro", .person),
                                ("b", "Mr Okoro", .person), ("b", "Mr Okoro", .person), ("c", "Mr Okoro", .organization)])
        #expect(entities.count == 1)
        // The full name stays canonical though the titled form is used more; the tagger's organisation is overruled.
        #expect(entities.first?.canonicalName == "Daniel Okoro")
        #expect(entities.first?.kind == .person)
        #expect(entities.first?.mentionCount == 6)
    }

    @Test func aTitleAndASurnameStayApartWhenTheFullNameIsAmbiguous() {
        let entities = resolve([("a", "Daniel Okoro", .person), ("b", "Grace Okoro", .person), ("b", "Ms Okoro", .person),
                                ("c", "Dr Okoro", .person)])
        #expect(entity(entities, named: "Grace Okoro")?.mentionCount == 2)
        #expect(entity(entities, named: "Daniel Okoro")?.mentionCount == 1)
        #expect(entity(entities, named: "Dr Okoro")?.canonicalName == "Dr Okoro")
        // `Mr` fits only one of them.
        let gendered = resolve([("a", "Daniel Okoro", .person), ("b", "Grace Okoro", .person), ("c", "Mr Okoro", .person)])
        #expect(entity(gendered, named: "Daniel Okoro")?.mentionCount == 2)
    }
    @Test func theCanonicalNameDoesNotDependOnTheOrderOfArticles() {
        let forms: [(String, String, EntityKind)] = [("a", "Harbour Recovery Centre", .organization), ("b", "Harbour Recovery Center", .organization)]
        for items in [forms, forms.reversed()] {
            let entities = resolve(items)
            #expect(entities.count == 1)
            #expect(entities.first?.canonicalName == "Harbour Recovery Center", "of two forms as complete and as frequent, the one that sorts first")
            #expect(entities.first?.aliases == ["Harbour Recovery Centre"])
        }
    }
}

/// The collection index: related articles and co-mentions.
@Suite struct MentionIndexTests {
    @Test func relatedArticlesWeighRareEntitiesMore() {
        func mention(_ article: String, _ name: String) -> FoundMention {
            FoundMention(mention: Mention(article: ArticleID(rawValue: article), part: .title, range: 0..<1, surface: name), kind: .organization)
        }
        // a shares a common name with b and c, and a rare one with c only.
        let found = ["a", "b", "c", "d"].map { mention($0, "Common Org") } + [mention("a", "Rare Org"), mention("c", "Rare Org")]
        let resolution = EntityResolver().resolve(found)
        let index = MentionIndex(entities: resolution.entities, articleOrder: ["a", "b", "c", "d"].map(ArticleID.init), mentions: resolution.mentions)
        #expect(index.related(to: ArticleID(rawValue: "a")).first?.article.rawValue == "c")
        #expect(index.related(to: ArticleID(rawValue: "a")).count == 3)
        let common = index.entities(named: "common org")[0]
        #expect(index.coMentioned(with: common.id).map(\.entity.canonicalName) == ["Rare Org"])
        #expect(index.entities.first?.canonicalName == "Common Org")
    }

    @Test func entitiesAreFoundByAnyOfTheirNamesInIndexOrder() {
        func mention(_ article: String, _ name: String, _ kind: EntityKind) -> FoundMention {
            FoundMention(mention: Mention(article: ArticleID(rawValue: article), part: .block(0), range: 0..<1, surface: name), kind: kind)
        }
        let found = [mention("a", "Washington", .place), mention("b", "Washington", .place), mention("c", "Washington", .person),
                     mention("a", "NSO Group", .organization), mention("b", "NSO", .organization)]
        let resolution = EntityResolver().resolve(found)
        let index = MentionIndex(entities: resolution.entities, articleOrder: ["a", "b", "c"].map(ArticleID.init), mentions: resolution.mentions)
        // One name, one entity: the tagger's odd person is outvoted.
        #expect(index.entities(named: "washington’s").map(\.kind) == [.place])
        #expect(index.entities(named: "NSO").map(\.canonicalName) == ["NSO Group"])
        #expect(index.entities(named: "nso group").map(\.canonicalName) == ["NSO Group"])
        #expect(index.entities(named: "Pegasus").isEmpty)
    }

}
