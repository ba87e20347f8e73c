@testable import DossierCore
import Foundation
import Testing

/// An update whose articles change no name's decision resolves only those articles (`IndexUpdate.resolvedByDifference`);
/// one that does resolves the names again. Either way the index equals a fresh one of the same files.
@Suite struct ResolutionByDifferenceTests {
    static let given = ["Ana", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta"]
    static let surnames = ["Okafor", "Lindqvist", "Moreau", "Hale", "Castellano"]
    static let organisations = ["Northwind Shipping", "Baltic Port Council", "Harbour Ledger", "Vantor Holdings"]
    static let places = ["Rotterdam", "Gdansk", "Antwerp", "Hamburg", "Tallinn"]

    /// Who an article is about: two people, an organisation and a place.
    struct Cast {
        var people: [(given: String, surname: String)]
        var organisation: String
        var place: String

        init(_ random: inout SplitMix64) {
            func pick(_ list: [String]) -> String { list[Int(random.next() % UInt64(list.count))] }
            people = (0..<2).map { _ in (pick(ResolutionByDifferenceTests.given), pick(ResolutionByDifferenceTests.surnames)) }
            (organisation, place) = (pick(ResolutionByDifferenceTests.organisations), pick(ResolutionByDifferenceTests.places))
        }
    }

    /// A paragraph naming the cast's people (in full, by surname, with a title), organisation and place.
    static func paragraph(_ cast: Cast, _ random: inout SplitMix64) -> String {
        let (first, second) = (cast.people[0], cast.people[1])
        let (organisation, place) = (cast.organisation, cast.place)
        let initials = String(organisation.split(separator: " ").compactMap(\.first))
        let sentences = [
            "\(first.given) \(first.surname) told reporters in \(place) on Monday that \(organisation) would review its contracts.",
            "Mr \(first.surname) said the review would take a year, and \(second.given) \(second.surname) agreed.",
            "\(second.surname) has led \(organisation) since it left \(place).",
            "Officials in \(place) declined to comment on the plans of \(organisation).",
            "Ms \(second.surname) met \(first.given) \(first.surname) at the port of \(place).",
            "The \(organisation) (\(initials)) said \(initials) would publish its findings in \(place).",
        ]
        return (0..<2 + Int(random.next() % 2)).map { _ in sentences[Int(random.next() % UInt64(sentences.count))] }.joined(separator: " ")
    }

    static func article(_ cast: Cast, _ random: inout SplitMix64, title: String) -> String {
        ([title, ""] + (0..<2 + Int(random.next() % 3)).map { _ in paragraph(cast, &random) + "\n" }).joined(separator: "\n")
    }

    @Test(arguments: [7, 11, 23] as [UInt64])
    func editsAdditionsAndDeletionsEqualAFreshIndexAndEditsResolveByDifference(seed: UInt64) throws {
        let folder = try TemporaryFolder()
        var random = SplitMix64(seed: seed)
        var casts: [String: Cast] = [:]
        for number in 0..<14 {
            let file = "f\(number).txt"
            casts[file] = Cast(&random)
            try folder.write(file, Array(Self.article(casts[file]!, &random, title: "Port report number \(number)").utf8))
        }
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        var (edits, editsByDifference) = (0, 0)
        for step in 0..<20 {
            let files = casts.keys.sorted()
            let operation = random.next() % 4
            switch operation {
            case 0, 1:
                // A re-fetch: the same article with a paragraph more about the same people.
                let file = files[Int(random.next() % UInt64(files.count))]
                let text = String(decoding: try Data(contentsOf: folder.url.appendingPathComponent(file)), as: UTF8.self)
                try folder.write(file, Array((text + "\n" + Self.paragraph(casts[file]!, &random) + "\n").utf8))
            case 2:
                let file = "new\(step).txt"
                casts[file] = Cast(&random)
                try folder.write(file, Array(Self.article(casts[file]!, &random, title: "Harbour update \(step)").utf8))
            default:
                let gone = files[Int(random.next() % UInt64(files.count))]
                casts[gone] = nil
                try FileManager.default.removeItem(at: folder.url.appendingPathComponent(gone))
            }
            let updated = try IndexFixture.open(folder, index: indexPath)
            if operation < 2 {
                edits += 1
                if updated.update.resolvedByDifference { editsByDifference += 1 }
            }
            let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh\(step).sqlite").path)
            #expect(IndexFixture.fingerprint(updated) == IndexFixture.fingerprint(fresh), "step \(step)")
            #expect(!fresh.update.resolvedByDifference)
        }
        #expect(editsByDifference * 2 >= edits && edits > 0, "\(editsByDifference) of \(edits) edits resolved by difference")
    }
}
