@testable import DossierCore
import Foundation
import Testing

/// Near-duplicates grouped as versions of one text (`ArticleVersions`), and what changed between two (`TextDiff`).
struct ArticleVersionsTests {
    /// An invented story of five paragraphs about `subject`.
    static func story(_ subject: String, title: String, date: String? = nil, extra: String? = nil) -> String {
        var lines = [(date.map { "date \($0) " } ?? "") + title, ""]
        lines += [
            "\(subject) said on Tuesday that the plan to rebuild the old tram depot would go ahead despite the objections raised at the last public meeting.",
            "Residents of the streets around the depot had asked for the work to be delayed until a study of traffic and noise was finished next spring.",
            "The council's transport committee approved the budget of four million pounds by six votes to three after a debate that lasted most of the evening.",
            "Opponents said they would take the decision to the regional planning inspector, and a petition against the scheme had gathered two thousand names.",
            "Work on the site is expected to start in the autumn and to take about eighteen months, with the first trams running from the new depot in 2027.",
        ].map { $0 + "\n" }
        if let extra { lines.append(extra) }
        return lines.joined(separator: "\n")
    }

    /// Another invented story, on another subject, that quotes one paragraph of `story` word for word.
    static let otherStory = """
    Cyclists welcome new lanes on the ring road

    Cycling groups welcomed the new lanes opened on the ring road on Saturday, saying they would make the morning ride far safer for children.

    Residents of the streets around the depot had asked for the work to be delayed until a study of traffic and noise was finished next spring.

    The lanes cost less than expected because the works were combined with repairs to the road surface that had been planned for this year anyway.

    The city hopes that the number of people cycling to work will double within five years, and plans a second phase along the river next summer.
    """

    static func prints(_ texts: [String]) -> ArticleVersions.Prints {
        var prints = ArticleVersions.Prints()
        for text in texts { prints.append(parse(text)) }
        return prints
    }

    @Test func oneWordChangedOrALineAddedIsAVersionAndAnotherStoryIsNot() {
        let original = Self.story("The mayor", title: "Tram depot plan goes ahead")
        let corrected = original.replacingOccurrences(of: "six votes to three", with: "seven votes to two")
        let syndicated = Self.story("The mayor", title: "Tram depot plan goes ahead despite objections", extra: "Reporting by the city desk; editing by the night team.")
        let groups = ArticleVersions.groups(Self.prints([original, Self.otherStory, corrected, syndicated]))
        #expect(groups == [[0, 2, 3]])
        // Versions share most of their paragraphs; another story that quotes one of them does not.
        let prints = Self.prints([original, Self.otherStory, corrected])
        #expect(ArticleVersions.sharesMostParagraphs(prints.paragraphs(of: 0), prints.paragraphs(of: 2)))
        #expect(!ArticleVersions.sharesMostParagraphs(prints.paragraphs(of: 0), prints.paragraphs(of: 1)))
    }

    @Test func aParagraphManyTextsShareStillGroupsTheVersionsAmongThem() {
        // A footer on many different pages of a site, two of which are versions of one story.
        let footer = "Sign up to our morning newsletter for the day's headlines, delivered to your inbox before seven."
        let vocabulary = ("council budget river bridge school teacher hospital nurse market farmer harvest storm flood road rail "
            + "museum festival court judge election voter minister union strike factory worker airport runway forest park "
            + "library reader theatre actor police officer station harbour ship price tax bank loan house rent").split(separator: " ")
        var random = SplitMix64(seed: 7)
        func sentence() -> String { (0..<18).map { _ in String(vocabulary[Int(random.next() % UInt64(vocabulary.count))]) }.joined(separator: " ") + "." }
        var texts = (0..<80).map { n in "Notice \(n)\n\n" + (0..<3).map { _ in sentence() }.joined(separator: "\n\n") + "\n\n" + footer }
        let story = Self.story("The mayor", title: "Tram depot plan goes ahead", extra: footer)
        texts += [story, story.replacingOccurrences(of: "two thousand", with: "three thousand")]
        #expect(ArticleVersions.groups(Self.prints(texts)) == [[80, 81]])
    }

    @Test func shortTextsStayAlone() {
        let short = "Markets fall\n\nShares fell sharply on Monday morning as traders sold banks and miners across the region.\n"
        #expect(ArticleVersions.groups(Self.prints([short, short.replacingOccurrences(of: "Monday", with: "Tuesday")])).isEmpty)
    }

    @Test func theNewestVersionIsListedAndNamesTheOthers() {
        let old = parse(Self.story("The mayor", title: "Tram depot plan goes ahead", date: "2024-03-01"))
        let new = parse(Self.story("The mayor", title: "Tram depot plan goes ahead (updated)", date: "2024-03-02"))
        let undated = parse(Self.story("The mayor", title: "Tram depot plan", extra: "Updated with reaction."))
        let articles = [old, new, undated, parse(Self.otherStory)]
        var prints = ArticleVersions.Prints()
        for article in articles { prints.append(article) }
        let summaries = ArticleVersions.grouping(articles.map(\.summary), prints: prints)
        #expect(summaries[1].versions == [old.id, undated.id])
        #expect(summaries[0].listedAs == new.id && summaries[2].listedAs == new.id)
        #expect(summaries[1].listedAs == nil && summaries[3].listedAs == nil && summaries[3].versions.isEmpty)
    }

    @Test func anIndexGroupsTheVersionsItHolds() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.story("The mayor", title: "Tram depot plan goes ahead", date: "2024-03-01"))
        try folder.write("b.txt", Self.story("The mayor", title: "Tram depot plan goes ahead", date: "2024-03-04")
            .replacingOccurrences(of: "six votes to three", with: "seven votes to two"))
        try folder.write("c.txt", Self.otherStory)
        // A copy of the older version: one article with two paths, still a version.
        try folder.write("z-copy.txt", Self.story("The mayor", title: "Tram depot plan goes ahead", date: "2024-03-01"))
        let collection = try IndexFixture.open(folder, index: folder.path("index.sqlite"))
        let byPath = Dictionary(collection.summaries.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) }) { first, _ in first }
        #expect(byPath["b.txt"]?.versions == [byPath["a.txt"]!.id])
        #expect(byPath["a.txt"]?.listedAs == byPath["b.txt"]?.id)
        #expect(byPath["a.txt"]?.copies == [folder.path("z-copy.txt")] && byPath["z-copy.txt"] == nil)
        #expect(byPath["c.txt"]?.versions == [] && byPath["c.txt"]?.listedAs == nil)
        let byPathOrder = try collection.index.summariesByPath()
        #expect(byPathOrder.allSatisfy { $0.versions.isEmpty && $0.listedAs == nil }, "left to the reader's second step")
        #expect(try collection.index.groupingVersions(byPathOrder).map(\.versions) == [[], [byPath["a.txt"]!.id], []])
    }
}

/// What changed between two versions of a text.
struct TextDiffTests {
    @Test func aChangedWordIsShownInPlaceAndTheRestCounted() {
        let diff = TextDiff(from: ["Title", "One two three four five.", "Same words here."], to: ["Title", "One two six four five.", "Same words here."])
        #expect(diff.parts == [
            .same(["Title"]),
            .paragraph([.init(text: "One two", change: .kept), .init(text: "three", change: .removed), .init(text: "six", change: .added),
                        .init(text: "four five.", change: .kept)]),
            .same(["Same words here."]),
        ])
        #expect(diff.wordCounts == (removed: 1, added: 1))
    }

    @Test func aParagraphAddedRemovedOrRewrittenIsWhole() {
        let diff = TextDiff(from: ["A", "Gone paragraph of words.", "Kept."], to: ["A", "Kept.", "Entirely new text here now."])
        #expect(diff.parts == [.same(["A"]), .paragraph([.init(text: "Gone paragraph of words.", change: .removed)]), .same(["Kept."]),
                               .paragraph([.init(text: "Entirely new text here now.", change: .added)])])
        // Replaced in place by a paragraph with less than half its words: a removal and an addition, not a word soup.
        let rewritten = TextDiff(from: ["Alpha beta gamma delta"], to: ["Epsilon zeta eta beta"])
        #expect(rewritten.parts == [.paragraph([.init(text: "Alpha beta gamma delta", change: .removed)]),
                                    .paragraph([.init(text: "Epsilon zeta eta beta", change: .added)])])
        #expect(TextDiff(from: ["Same."], to: ["Same."]).wordCounts == (removed: 0, added: 0))
    }
}
