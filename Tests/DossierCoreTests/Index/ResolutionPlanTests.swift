@testable import DossierCore
import Foundation
import GRDB
import Testing

/// A small update resolves again the names it touched, the short names that read them and the entities those
/// join, not every name linked to them through given names and surnames.
struct ResolutionPlanTests {
    /// People who share given names and surnames in a chain: each article names one person in full and by surname.
    static let people = ["Idris Varga", "Lena Varga", "Lena Okafor", "Samir Okafor", "Samir Halvorsen", "Petra Halvorsen"]

    static func article(_ person: String) -> String {
        let (given, surname) = (person.split(separator: " ")[0], person.split(separator: " ")[1])
        return """
            \(person) speaks on budget

            \(person) told reporters on Monday that the budget would be reviewed before the end of the year.

            \(surname) said the review would take months, and \(surname) declined to comment further.

            "We will not rush it," \(given) said.
            """
    }

    @Test func aChangedPersonReachesOnlyTheNamesThatShareAWordWithIt() throws {
        let folder = try TemporaryFolder()
        for (number, person) in Self.people.enumerated() { try folder.write("\(number).txt", Array(Self.article(person).utf8)) }
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        let (plan, component) = try DatabaseQueue(path: indexPath).read { db in
            let graph = try NameGraph(db)
            return (try ResolutionPlan(dirty: ["idris varga", "varga"], entities: [], graph: graph, db).keys,
                    graph.components(of: ["idris varga", "varga"]).joined())
        }
        // Every person is linked to the first through a chain of shared words.
        #expect(Set(component).isSuperset(of: ["idris varga", "lena okafor", "samir halvorsen", "petra halvorsen"]))
        // The plan takes the surname's other full name (Varga decides between them) but stops there.
        #expect(Set(plan).isSuperset(of: ["idris varga", "varga", "lena varga"]))
        #expect(!plan.contains("samir halvorsen"))
        #expect(!plan.contains("petra halvorsen"))
    }
}
