@testable import DossierCore
import Testing

/// Name keys and the forms resolution compares.
struct NameKeyTests {
    @Test(arguments: [
        ("NYT", true), ("U.N.", true), ("NYT's", true), (" NYT", true), ("“NATO”", true),
        ("New York", false), ("N Y T", false), ("Nyt", false), ("A", false), ("ABCDEFG", false), ("NATO  Alliance", false),
    ])
    func acronymsAreTwoToSixCapitals(surface: String, expected: Bool) {
        #expect(NameKey.isAcronym(surface) == expected)
    }

    @Test func keysIgnoreCaseDotsQuotesAndCountryAliases() {
        #expect(NameKey.key("The New York Times") == NameKey.key("new york times"))
        #expect(NameKey.key("U.S.") == "united states")
        #expect(NameKey.key("Israel’s") == NameKey.key("Israel"))
    }

    /// Plain names take a short way to their forms; a trailing tab sends the same name down the general rules.
    @Test(arguments: ["The Hague", "the", "The", "USA", "Usa", "United States", "Acme Corp", "Ministry of Defence",
                      "G7 Summit", "Smith & Sons", "St. Louis", "Jean-Luc Picard", "Mr Okoro", "the the end", "Ali, Omar"])
    func plainNamesGetTheFormsTheGeneralRulesGive(name: String) {
        #expect(NameKey.key(name) == NameKey.key(name + "\t"))
        #expect(NameKey.display(name) == NameKey.display(name + "\t"))
        #expect(NameKey.isAcronym(name) == NameKey.isAcronym(name + "\t"))
    }

    @Test(arguments: [
        ("Mr", true), ("Ms.", true), ("Around", true), ("However", true),
        ("Mr Okoro", false), ("Around Town", false), ("US", false), ("IT", false), ("WHO", false), ("May", false), ("Okoro", false),
    ])
    func aTitleOrAFunctionWordAloneIsNeverAName(surface: String, expected: Bool) {
        #expect(NameKey.isNeverAName(surface) == expected)
    }

    @Test(arguments: [("mr okoro", "okoro"), ("senator warren", "warren"), ("okoro", nil), ("mr daniel okoro", nil), ("daniel okoro", nil)])
    func aTitleAndOneWordGiveTheSurname(key: String, surname: String?) {
        #expect(NameKey.honorificSurname(key) == surname)
    }
}
