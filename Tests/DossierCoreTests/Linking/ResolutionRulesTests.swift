import DossierCore
import Foundation
import Testing

/// The rules that decide identity, each with invented collections that must join and ones that must stay apart.
@Suite struct ResolutionRulesTests {
    /// Mentions given as (article, surface, kind).
    func resolve(_ items: [(String, String, EntityKind)]) -> [Entity] {
        let found = items.enumerated().map { offset, item in
            FoundMention(mention: Mention(article: ArticleID(rawValue: item.0), part: .block(offset), range: 0..<item.1.count, surface: item.1), kind: item.2)
        }
        return EntityResolver().resolve(found).entities
    }

    func entity(_ entities: [Entity], named name: String) -> Entity? { entities.first { $0.isNamed(name) } }

    func together(_ entities: [Entity], _ a: String, _ b: String) -> Bool {
        guard let x = entity(entities, named: a), let y = entity(entities, named: b) else { return false }
        return x.id == y.id
    }

    /// `count` articles (named `prefix0`, `prefix1`, …), each mentioning `surface` as `kind`.
    func articles(_ prefix: String, _ count: Int, _ surface: String, _ kind: EntityKind) -> [(String, String, EntityKind)] {
        (0..<count).map { ("\(prefix)\($0)", surface, kind) }
    }

    @Test func theTaggersKindNeverSplitsANameAndTheVoteDecidesIt() {
        let entities = resolve(articles("c", 6, "Harbour Rovers", .organization) + articles("p", 2, "Harbour Rovers", .person))
        #expect(entities.count == 1)
        #expect(entities[0].kind == .organization)
        let flipped = resolve(articles("c", 2, "Harbour Rovers", .organization) + articles("p", 6, "Harbour Rovers", .person))
        #expect(flipped[0].kind == .person)
        #expect(flipped[0].id == entities[0].id, "an id does not change when the vote flips")
    }

    @Test func aHomonymSplitsOnlyWhenCuesConfirmTwoKindsInDifferentArticles() {
        func resolve(_ items: [(String, EntityKind, Bool)]) -> [Entity] {
            let found = items.enumerated().map { offset, item in
                FoundMention(mention: Mention(article: ArticleID(rawValue: item.0), part: .block(offset), range: 0..<8, surface: "Carlisle"),
                             kind: item.1, isConfirmed: item.2)
            }
            return EntityResolver().resolve(found).entities
        }
        let split = resolve([("a", .place, true), ("b", .place, true), ("c", .organization, true), ("d", .organization, true),
                             ("e", .organization, false), ("f", .place, false), ("f", .place, false), ("f", .organization, false)])
        #expect(split.count == 2)
        let city = split.first { $0.kind == .place }
        #expect(city?.id == EntityID(rawValue: "carlisle (place)"))
        #expect(city?.articles.map(\.rawValue) == ["a", "b", "f"])
        #expect(split.first { $0.kind == .organization }?.id == EntityID(canonicalName: "Carlisle"))
        // The tagger's kinds alone, one confirmed article a kind, or both kinds confirmed in one article: one entity.
        #expect(resolve([("a", .place, false), ("b", .place, false), ("c", .person, false), ("d", .person, false)]).count == 1)
        #expect(resolve([("a", .place, true), ("b", .place, true), ("c", .organization, true)]).count == 1)
        #expect(resolve([("a", .place, true), ("b", .place, true), ("b", .organization, true), ("c", .organization, true)]).count == 1)
    }

    @Test func cuesConfirmAKind() throws {
        let article = ArticleParser().parse(lines: ["Derby day", "", "Fans gathered in Carlisle before the match. Carlisle's manager spoke to President Okafor."])
        let found = MentionExtractor(tagger: try EntityTagger.shipped()).mentions(in: article).found
        let readings = found.map { ($0.mention.surface, $0.kind, $0.isConfirmed) }
        #expect(readings.contains { $0 == ("Carlisle", .place, true) })
        #expect(readings.contains { $0.0 == "Okafor" && $0.1 == .person && $0.2 })
    }

    @Test func aNationalityNeverJoinsTheFullNameEndingInIt() {
        let entities = resolve([("a", "Dawn Keller", .person), ("a", "Keller", .person)]
            + [("x", "Dawn French", .person)] + articles("n", 5, "French", .other))
        #expect(!together(entities, "French", "Dawn French"))
        #expect(together(entities, "Keller", "Dawn Keller"))
        // In the article that names her, `French said` is the person.
        let local = resolve([("x", "Dawn French", .person), ("x", "French", .person)] + articles("n", 3, "French", .other))
        #expect(local.first { $0.canonicalName == "Dawn French" }?.mentionCount == 2)
    }

    @Test func aCommonWordOrAGivenNameJoinsOnlyWhereTheFullNameIs() {
        let common = resolve([("a", "Tom Rose", .person), ("b", "Rose", .person)])
        #expect(!together(common, "Rose", "Tom Rose"))
        let local = resolve([("a", "Tom Rose", .person), ("a", "Rose", .person)])
        #expect(together(local, "Rose", "Tom Rose"))
        // Called a person in two articles, the word is a name of this collection.
        let named = resolve([("a", "Tom Rose", .person), ("b", "Rose", .person), ("c", "Rose", .person)])
        #expect(together(named, "Rose", "Tom Rose"))
        let given = resolve([("a", "Larry David", .person), ("b", "David Cameron", .person), ("c", "David", .person)])
        #expect(!together(given, "David", "Larry David"))
        #expect(!together(given, "David", "David Cameron"))
        let rare = resolve([("a", "Ines Okonjo", .person), ("b", "Okonjo", .person)])
        #expect(together(rare, "Okonjo", "Ines Okonjo"))
    }

    @Test func aGenderedTitleJoinsOnlyANameThatFitsIt() {
        let entities = resolve([("a", "Peter Hale", .person), ("b", "Mrs Hale", .person)])
        #expect(!together(entities, "Mrs Hale", "Peter Hale"))
        let fitting = resolve([("a", "Peter Hale", .person), ("b", "Mr Hale", .person)])
        #expect(together(fitting, "Mr Hale", "Peter Hale"))
        let hers = resolve([("a", "Peter Hale", .person), ("a2", "Susan Hale", .person), ("b", "Mrs Hale", .person)])
        #expect(together(hers, "Mrs Hale", "Susan Hale"))
    }

    @Test func withNoFullNameASurnameAndItsTitledFormsAreOnePerson() {
        let one = resolve([("a", "Mr Okafor", .person), ("a", "Okafor", .person), ("b", "Mr. Okafor", .person)])
        #expect(together(one, "Mr Okafor", "Okafor"))
        let two = resolve([("a", "Mr Okafor", .person), ("b", "Mrs Okafor", .person), ("c", "Okafor", .person)])
        #expect(!together(two, "Mr Okafor", "Okafor"))
        #expect(!together(two, "Mrs Okafor", "Okafor"))
    }

    @Test func aPeersTitleJoinsOnlyInItsArticle() {
        let apart = resolve([("a", "Howard Archer", .person), ("b", "Lord Archer", .person)])
        #expect(!together(apart, "Lord Archer", "Howard Archer"))
        let local = resolve([("a", "Jeffrey Archer", .person), ("a", "Lord Archer", .person)])
        #expect(together(local, "Lord Archer", "Jeffrey Archer"))
    }

    @Test func anAmbiguousSurnameGoesToTheNameThatClearlyDominates() {
        let dominant = resolve(articles("p", 12, "Peter Hale", .person) + [("s", "Susan Hale", .person), ("m", "Mr Hale", .person), ("h", "Hale", .person)])
        #expect(together(dominant, "Mr Hale", "Peter Hale"))
        #expect(together(dominant, "Hale", "Peter Hale"))
        let even = resolve(articles("p", 3, "Peter Hale", .person) + articles("s", 2, "Susan Hale", .person) + [("h", "Hale", .person)])
        #expect(!together(even, "Hale", "Peter Hale"))
        #expect(!together(even, "Hale", "Susan Hale"))
    }

    @Test func shortFormsOfOrganisationsJoinTheirName() {
        let team = resolve([("a", "Green Bay Packers", .organization), ("b", "Packers", .organization), ("c", "Packers", .organization)])
        #expect(together(team, "Packers", "Green Bay Packers"))
        let house = resolve([("a", "House of Lords", .organization), ("b", "Lords", .organization)])
        #expect(together(house, "Lords", "House of Lords"))
        // A place's last word is another place.
        let city = resolve([("a", "New York", .place), ("b", "York", .place)])
        #expect(!together(city, "York", "New York"))
        // A place does not join the team named after it.
        let home = resolve([("a", "Harbour City Colts", .organization), ("b", "Harbour City", .place)])
        #expect(!together(home, "Harbour City", "Harbour City Colts"))
        let college = resolve([("a", "Creston Bluejays", .organization), ("b", "Creston", .organization)])
        #expect(together(college, "Creston", "Creston Bluejays"))
    }

    @Test func namesThatDifferByAPluralOrABritishSpellingAreOne() {
        let centre = resolve([("a", "Harbour Recovery Centre", .organization), ("b", "Harbour Recovery Center", .organization),
                              ("c", "Harbour City Colt", .organization), ("d", "Harbour City Colts", .organization)])
        #expect(together(centre, "Harbour Recovery Centre", "Harbour Recovery Center"))
        #expect(together(centre, "Harbour City Colt", "Harbour City Colts"))
        let people = resolve([("a", "Ines Williams", .person), ("b", "Ines William", .person)])
        #expect(!together(people, "Ines Williams", "Ines William"))
    }

    @Test func abbreviationsAndAcronymsOfHyphenatedNames() {
        let party = resolve([("a", "Social Democrats", .organization), ("b", "Soc Dems", .organization)])
        #expect(together(party, "Soc Dems", "Social Democrats"))
        let other = resolve([("a", "Social Credit", .organization), ("b", "Soc Dems", .organization)])
        #expect(!together(other, "Soc Dems", "Social Credit"))
        let united = resolve([("a", "Manchester United", .organization), ("b", "Man Utd", .organization)])
        #expect(together(united, "Man Utd", "Manchester United"))
        let maker = resolve([("a", "Rolls-Royce", .organization), ("b", "RR", .organization)])
        #expect(together(maker, "RR", "Rolls-Royce"))
    }

    @Test func fullerAndShorterFormsOfOnePersonsName() {
        let entities = resolve([("a", "W. Mark Felt", .person), ("b", "Mark Felt", .person), ("c", "Regina M. Benjamin", .person),
                                ("d", "Regina Benjamin", .person), ("e", "Frederick Cheney LaRue", .person), ("f", "Fred LaRue", .person)])
        #expect(together(entities, "Mark Felt", "W. Mark Felt"))
        #expect(together(entities, "Regina Benjamin", "Regina M. Benjamin"))
        #expect(together(entities, "Fred LaRue", "Frederick Cheney LaRue"))
        let brothers = resolve([("a", "Mark Felt", .person), ("b", "Jim Felt", .person), ("c", "Mark A. Felt", .person), ("d", "Mark B. Felt", .person)])
        #expect(!together(brothers, "Mark Felt", "Jim Felt"))
        #expect(!together(brothers, "Mark A. Felt", "Mark B. Felt"))
        #expect(!together(brothers, "Mark Felt", "Mark A. Felt"), "two fuller forms: which one is not known")
        // Two fuller forms that are forms of one name are one person's.
        let one = resolve([("a", "Frederick Cheney Okafor", .person), ("b", "Frederick Okafor", .person), ("c", "Fred Okafor", .person)])
        #expect(together(one, "Fred Okafor", "Frederick Cheney Okafor"))
        #expect(together(one, "Frederick Okafor", "Frederick Cheney Okafor"))
        // A generational suffix: the father's and the son's names are forms of one name only when one lacks it.
        let family = resolve([("a", "Joseph Okafor Jr.", .person), ("b", "Joseph Okafor", .person),
                              ("c", "Ike Okafor III", .person), ("d", "Ike Okafor Sr.", .person)])
        #expect(together(family, "Joseph Okafor", "Joseph Okafor Jr."))
        #expect(!together(family, "Ike Okafor III", "Ike Okafor Sr."))
    }

    @Test func aSurnameInAnArticleOfSeveralNamesJoinsTheOneItNamesFarMoreOften() {
        let obituary = Array(repeating: ("a", "Fred Okafor", EntityKind.person), count: 4) + [("a", "Okafor", .person), ("a", "Ike Okafor", .person)]
        let entities = resolve(obituary)
        #expect(entity(entities, named: "Fred Okafor")?.mentionCount == 5)
        let even = resolve([("a", "Fred Okafor", .person), ("a", "Ike Okafor", .person), ("a", "Okafor", .person)])
        #expect(!together(even, "Okafor", "Fred Okafor"))
        #expect(!together(even, "Okafor", "Ike Okafor"))
    }

    @Test func aGivenNameAloneJoinsTheOneFullNameOfItsArticle() {
        let entities = resolve([("a", "Kathina Morrow", .person), ("a", "Kathina", .person), ("b", "Kathina", .person)])
        #expect(entity(entities, named: "Kathina Morrow")?.mentionCount == 2)
    }

    @Test func countryQualifiedFormsJoinTheBareOne() {
        let entities = resolve([("a", "US Surgeon General", .person), ("b", "Surgeon General", .other)])
        #expect(together(entities, "Surgeon General", "US Surgeon General"))
    }

    @Test func leadingWordsThatNeverStartANameAreTrimmed() {
        #expect(MentionExtractor.leadingNonNameLength("However Zenith") == "However ".count)
        #expect(MentionExtractor.leadingNonNameLength("Could Acme") == "Could ".count)
        #expect(MentionExtractor.leadingNonNameLength("Will Smith") == 0)
        #expect(MentionExtractor.leadingNonNameLength("Mr Hale") == 0)
        #expect(MentionExtractor.leadingNonNameLength("2012 Harbour City Colts") == "2012 ".count)
        // Only a person's name loses a leading -ing word, or a description before a given name.
        #expect(MentionExtractor.leadingNonNameLength("Having Okonjo", person: true) == "Having ".count)
        #expect(MentionExtractor.leadingNonNameLength("Rolling Stones") == 0)
        #expect(MentionExtractor.leadingNonNameLength("Comedian Ellen Okafor", person: true) == "Comedian ".count)
        #expect(MentionExtractor.leadingNonNameLength("Frenchman Robert Hale", person: true) == "Frenchman ".count)
        #expect(MentionExtractor.leadingNonNameLength("Comedian Ellen Okafor") == 0)
        #expect(MentionExtractor.leadingNonNameLength("Sterling Okafor", person: true) == 0)
    }

    @Test func aPersonsGenerationalSuffixIsPartOfTheName() {
        #expect(MentionExtractor.generationalSuffixLength(after: " Jr. said") == " Jr.".count)
        #expect(MentionExtractor.generationalSuffixLength(after: ", III, who") == ", III".count)
        #expect(MentionExtractor.generationalSuffixLength(after: " Jrs") == 0)
        #expect(MentionExtractor.generationalSuffixLength(after: " said") == 0)
    }

    @Test func titleCaseAndCapitalHeadlinesAreRecasedFromTheArticle() {
        let body = ["The mayor, Ines Okonjo, said on Monday that the new budget for schools would pass.",
                    "Critics of Okonjo say the budget announces cuts."]
        #expect(HeadlineCase.recased("Mayor Ines Okonjo Announces New Budget For Schools", body: body, lexicons: .shipped)
            == "Mayor Ines Okonjo announces new budget for schools")
        #expect(HeadlineCase.recased("INES OKONJO ANNOUNCES NEW BUDGET", body: body, lexicons: .shipped) == "Ines Okonjo announces new budget")
        // A headline written as a sentence is left alone.
        #expect(HeadlineCase.recased("Ines Okonjo announces a new budget", body: body, lexicons: .shipped) == nil)
        // Title case leaves short words in lower case; a word after a given name stays a surname.
        #expect(HeadlineCase.recased("Ines Okonjo Returns to Host the Awards", body: [], lexicons: .shipped)
            == "Ines Okonjo returns to host the awards")
        #expect(HeadlineCase.recased("Sixers Hire Maurice Cheeks as Coach", body: [], lexicons: .shipped) == "Sixers hire Maurice Cheeks as coach")
        #expect(HeadlineCase.recased("Actress Esther Williams Dies at 91", body: [], lexicons: .shipped) == "Actress Esther Williams dies at 91")
    }

    @Test func aTitleBeforeANameMakesItAPersons() throws {
        let article = ArticleParser().parse(lines: ["Talks", "", "The envoy met President Lagos in Abuja on Monday."])
        let found = MentionExtractor(tagger: try EntityTagger.shipped()).mentions(in: article).found
        #expect(found.first { $0.mention.surface == "Lagos" }?.kind == .person)
    }
}
