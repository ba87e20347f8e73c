import Foundation
import Testing
@testable import DossierCore

/// The shipped page-dump classifier and the rules alone on small hand-written pages, and cleaned articles.
struct PageDumpDetectorTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    @Test("the shipped model finds exactly the article lines", arguments: PageDumpFixtures.names)
    func shippedModelFindsTheBody(_ name: String) throws {
        let (lines, body) = try PageDumpFixtures.page(name)
        let roles = try PageDumpDetector.shipped().classify(lines)
        #expect(roles.count == lines.count)
        #expect(zip(lines, roles).filter { $0.1 == .body }.map(\.0) == body)
    }

    @Test("the rules alone keep every article line", arguments: PageDumpFixtures.ruleLanguageNames)
    func rulesKeepTheBody(_ name: String) throws {
        let (lines, body) = try PageDumpFixtures.page(name)
        let found = zip(lines, PageDumpDetector(model: nil).classify(lines)).filter { $0.1 == .body }.map(\.0)
        #expect(Set(body).isSubset(of: Set(found)))
        #expect(found.count <= body.count + 2)
    }

    @Test("every line gets a role: blanks stay blank, the title is the title, the rest is furniture with a reason")
    func everyLineHasARole() throws {
        let (lines, _) = try PageDumpFixtures.page("comments")
        let roles = try PageDumpDetector.shipped().classify(lines)
        #expect(roles[0] == .title)
        for (line, role) in zip(lines, roles) {
            #expect((role == .blank) == line.isEmpty)
            if case .furniture(let reason) = role { #expect(!reason.isEmpty) }
        }
        let reasons = zip(lines, roles).compactMap { line, role -> (String, String)? in
            if case .furniture(let reason) = role { (line, reason) } else { nil }
        }
        #expect(reasons.contains { $0 == ("Leave a Reply", "comments") })
        #expect(reasons.contains { $0 == ("Click to share on Facebook (Opens in new window)", "sharing") })
    }

    @Test("hand-written page dumps are recognised", arguments: PageDumpFixtures.names)
    func pageDumpsAreRecognised(_ name: String) throws {
        #expect(PageDumpDetector(model: nil).looksLikePageDump(try PageDumpFixtures.page(name).lines))
    }

    @Test("cleaned articles are not page dumps")
    func cleanedArticlesAreNot() throws {
        let detector = PageDumpDetector(model: nil)
        let files = try FileManager.default.contentsOfDirectory(at: Self.seeds, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(!files.isEmpty)
        for file in files { #expect(!detector.looksLikePageDump(try PageDumpFixtures.lines(file)), "\(file.lastPathComponent)") }
        for name in PageDumpFixtures.names {
            let (lines, body) = try PageDumpFixtures.page(name)
            #expect(!detector.looksLikePageDump([lines[0], ""] + body.flatMap { [$0, ""] }))
        }
    }

    @Test("a page title with a site suffix gives the title and the publisher", arguments: [
        ("Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay - WSJ",
         "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay", "WSJ"),
        ("Orchard growers brace for late frost | Valley Times", "Orchard growers brace for late frost", "Valley Times"),
        ("Museum reopens east wing — City Arts Daily", "Museum reopens east wing", "City Arts Daily"),
        ("Anthony Lynn: “We needed to win this game”", "Anthony Lynn: “We needed to win this game”", nil),
        ("Rates - the long view from three central bankers who disagree", "Rates - the long view from three central bankers who disagree", nil),
    ] as [(String, String, String?)])
    func titleSuffix(_ line: String, _ title: String, _ publisher: String?) {
        let found = PageDumpDetector(model: nil).titleAndPublisher(line)
        #expect(found.title == title)
        #expect(found.publisher == publisher)
    }
}
