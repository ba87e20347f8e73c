import Testing
@testable import DossierCore

/// Captions with their credits, bylines, publication dates, copyright lines and teasers are never body; the
/// sentences they resemble are.
struct NonBodyLineTests {
    func reason(_ line: String) -> String? { NonBodyLine.reason(PageLineShape(line)) }

    @Test(arguments: [
        ("Protesters gathered outside the town hall on Monday (Image: GETTY )", "caption"),
        ("A cross-section of the module showing the crew quarters. Credit: ESA", "caption"),
        ("The border crossing near the port of entry. (AP Photo/Jane Doe, File)", "caption"),
        ("Image caption The singer has managed her own label since 2019", "caption"),
        ("Photo by Jane Doe/Getty Images", "caption"),
        ("Jane Doe | Bloomberg | Getty Images", "caption"),
        ("By Ann Lee, Omar Diaz on Monday, November 18th, 2019 at 11:08 a.m.", "byline"),
        ("Edited by: Ann Lee", "byline"),
        ("First published on November 19, 2019 / 8:16 AM", "date"),
        ("November 20, 2019 / 1:07 AM / Example News", "date"),
        ("© 2019 Example Media Inc. All Rights Reserved.", "legal"),
        ("Example Health, LLC is the owner of the trademarks shown on this site, which may not be used without its permission. ©2019 Example Health, LLC",
         "legal"),
        ("Results vary with effort and diet, and no statement on this site has been evaluated by any agency. All rights reserved.", "legal"),
        ("Related: The harbour festival in pictures", "related"),
        ("SEE MORE: Ferry timetable changes in full", "related"),
        ("Council leader resigns over ferry deal [ VIDEO]", "related"),
        ("Get the app by clicking here", "related"),
    ])
    func notBody(_ line: String, _ expected: String) {
        #expect(reason(line) == expected)
    }

    @Test(arguments: [
        "The electronic patient record (ePA) was discussed for years before it reached the clinics.",
        "By March 2020, prices at the harbour had risen by a third, the council said.",
        "The agency (PACS) stores the images, the report said, and shares them with every hospital.",
        "The ferry will leave at 7:10 every morning from April onwards, the operator said.",
        "Residents said the credit for the new timetable belongs to the commuters who complained.",
        "The publisher sued over the copyright of the photographs, which a court in 2019 said belonged to the agency.",
    ])
    func body(_ line: String) {
        #expect(reason(line) == nil)
    }

    @Test func aCaptionGivesItsWordsAndItsCredit() throws {
        let found = try #require(NonBodyLine.caption("Protesters gathered outside the town hall (Image: GETTY )"))
        #expect(found.caption == "Protesters gathered outside the town hall")
        #expect(found.credit == "GETTY")
        let credited = try #require(NonBodyLine.caption("A view of the module. Credit: ESA/Jane Doe"))
        #expect(credited.caption == "A view of the module.")
        #expect(credited.credit == "ESA/Jane Doe")
    }
}
