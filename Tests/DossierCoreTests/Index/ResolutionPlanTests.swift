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

    /// A short form (`Colts`) that no name dominated unites with the one that comes to dominate when new articles
    /// name it: the plan did not count the short form changed, so its first try shows a union it did not foresee
    /// and it plans again. The update stores what resolving every name again stores.
    @Test func aShortFormThatNowUnitesIsPlannedAgain() throws {
        let folder = try TemporaryFolder()
        func write(_ name: String, _ title: String, _ body: String) throws {
            try folder.write(name, Array("\(title)\n\n\(body)\n".utf8))
        }
        try write("colts-1.txt", "Colts win again", "The Colts beat their rivals on Sunday, and fans of the Colts celebrated.")
        try write("colts-2.txt", "Colts coach speaks", "The Colts will face a hard schedule, the club said. The Colts declined to comment.")
        try write("indianapolis.txt", "Quarterback signs", "The Indianapolis Colts signed a new quarterback on Monday.")
        try write("harbour.txt", "Harbour Colts lose", "The Harbour Colts lost at home on Saturday.")
        // Other names, so that the update's dirty keys are few beside the collection's and take the plan's path.
        for number in 0..<12 {
            let person = ["Anika Brandvold", "Tomas Ekholm", "Ilse Varnhagen", "Oskar Lindqvist"][number % 4]
            try write("council-\(number).txt", "Council meets",
                      "\(person) met officials of Veltrona Holdings in Marwick on Tuesday. Officials of Quillan Water attended.")
        }
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        let before = try IndexFixture.open(folder, index: indexPath)
        #expect(before.entities.contains { $0.canonicalName == "Colts" })
        for number in 0..<6 { try write("indianapolis-\(number).txt", "Camp report", "The Indianapolis Colts trained on day \(number + 2) of the camp.") }
        let updated = try IndexFixture.open(folder, index: indexPath)
        #expect(updated.entities.contains { $0.canonicalName == "Indianapolis Colts" && $0.aliases.contains("Colts") })
        #expect(try DatabaseQueue(path: indexPath).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM name") ?? 0 } > 4 * 2)

        let fullPath = folder.url.appendingPathComponent("full.sqlite").path
        try DatabaseQueue(path: indexPath).backup(to: DatabaseQueue(path: fullPath))
        try DatabaseQueue(path: fullPath).write { db in
            try db.execute(sql: "DELETE FROM occurrence; DELETE FROM entity; DELETE FROM entity_form; DELETE FROM name_decision; INSERT OR IGNORE INTO dirty (key) SELECT key FROM name")
        }
        let full = try IndexFixture.open(folder, index: fullPath)
        #expect(IndexFixture.fingerprint(updated) == IndexFixture.fingerprint(full))
        let rows = try [indexPath, fullPath].map { path in try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM entity") } }
        #expect(rows[0] == rows[1])
    }
}
