@testable import DossierCore
import Testing

/// The context cues that settle a name's kind, and those that confirm it.
@Suite struct KindCuesTests {
    /// Spans for the given words of `text`, with kinds.
    func spans(_ text: String, _ items: [(String, EntityKind)]) -> [TaggedSpan] {
        items.map { word, kind in
            let range = text.range(of: word)!
            return TaggedSpan(kind: kind, text: word, range: range)
        }
    }

    @Test func companyNounBeforeTheName() {
        let text = "Officials met the spyware firm Zentra on Monday."
        #expect(KindCues.kind(of: 0, in: spans(text, [("Zentra", .other)]), text: text).kind == .organization)
    }

    @Test func coordinationWithAnOrganisation() {
        let text = "Acme Corp and Boltz, Northwind, Zentra were named."
        let found = spans(text, [("Acme Corp", .organization), ("Boltz", .other), ("Northwind", .other), ("Zentra", .other)])
        #expect(KindCues.kind(of: 1, in: found, text: text).kind == .organization)
        #expect(KindCues.kind(of: 2, in: found, text: text).kind == .other, "next to an `other`, not an organisation")
    }

    @Test(arguments: [
        ("He spoke French to the firm.", "French"),
        ("The firm hired Zentra Smith.", "Zentra Smith"),
    ])
    func otherCasesKeepTheirKind(text: String, word: String) {
        let expected: EntityKind = .other
        #expect(KindCues.kind(of: 0, in: spans(text, [(word, expected)]), text: text).kind == expected)
    }

    @Test(arguments: [
        ("Mercer told The Harbour Ledger on Monday.", "Harbour Ledger"),
        ("The review, seen by the Valley Herald, was published.", "Valley Herald"),
        ("Mercer told The Harbour Ledger on Monday.", "The Harbour Ledger"),
    ])
    func aPersonWithTheArticleIsAnOrganisation(text: String, name: String) {
        #expect(KindCues.kind(of: 0, in: spans(text, [(name, .person)]), text: text).kind == .organization)
    }

    @Test(arguments: [
        ("Details of the Mueller report emerged.", "Mueller"),
        ("Mercer told reporters on Monday.", "Mercer"),
        ("Breathe Mercer said, and left.", "Mercer"),
        ("In 1999 Mercer left.", "Mercer"),
    ])
    func aPersonWithoutTheArticleStaysAPerson(text: String, name: String) {
        #expect(KindCues.kind(of: 0, in: spans(text, [(name, .person)]), text: text).kind == .person)
    }

    @Test(arguments: [
        ("Floods hit streets in Carlisle on Monday.", "Carlisle", EntityKind.place, EntityKind.place, true),
        ("Fans in Carlisle's centre cheered.", "Carlisle", .place, .place, false),
        ("Carlisle's manager praised the players.", "Carlisle", .organization, .organization, true),
        ("Carlisle's win pleased the town.", "Carlisle", .organization, .organization, false),
        ("The talks with President Okafor ended.", "Okafor", .place, .person, true),
        ("Carlisle beat Barnet.", "Carlisle", .organization, .organization, false),
    ])
    func cuesConfirmTheKind(text: String, name: String, tagged: EntityKind, kind: EntityKind, confirmed: Bool) {
        #expect(KindCues.kind(of: 0, in: spans(text, [(name, tagged)]), text: text) == KindCues.Reading(kind: kind, isConfirmed: confirmed))
    }

    @Test func personAfterACompanyNounStaysAPerson() {
        let text = "The company Jones founded grew fast."
        #expect(KindCues.kind(of: 0, in: spans(text, [("Jones", .person)]), text: text).kind == .person)
    }
}
