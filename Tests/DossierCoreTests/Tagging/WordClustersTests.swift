import Foundation
import Testing
@testable import DossierCore

@Suite struct WordClustersTests {
    @Test func readsClusterLinesAndLooksWordsUpInAnyCase() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("clusters-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "harbour\t0110\tl\nquellton\t10\tc\nwharf\t0111\tm\n".write(to: url, atomically: true, encoding: .utf8)
        let clusters = try WordClusters.load(url)
        let harbour = clusters.entry(WordForm("HARBOUR").lower)
        #expect(harbour == clusters.entry(WordForm("Harbour").lower))
        #expect(harbour.path == 0b10110 && harbour.depth == 4 && harbour.usualCase == 1)
        #expect(clusters.entry(WordForm("Quellton").lower).usualCase == 2)
        #expect(clusters.entry(WordForm("ferry").lower).packed == 0)
        #expect(clusters.entry(WordForm("ferry").lower).prefix(4) == 0)

        for bad in ["harbour\t0110\n", "harbour\t0120\tl\n", "harbour\t\(String(repeating: "0", count: 21))\tl\n", "harbour\t01\tx\n"] {
            try bad.write(to: url, atomically: true, encoding: .utf8)
            #expect(throws: NERModelError.self) { try WordClusters.load(url) }
        }
    }

    @Test func pathPrefixesNameEnclosingClusters() {
        let harbour = WordClusters.Entry(packed: 0b10110 | 1 << 26), wharf = WordClusters.Entry(packed: 0b10111 | 4 << 26)
        #expect(harbour.prefix(3) == wharf.prefix(3) && harbour.prefix(3) == 0b1011)
        #expect(harbour.prefix(4) != wharf.prefix(4))
        // A prefix longer than the path is the whole path.
        #expect(harbour.prefix(20) == harbour.path && wharf.usualCase == 4)
        #expect(harbour.prefix(1) == 0b10 && WordClusters.Entry(packed: 0b11).prefix(1) != WordClusters.Entry(packed: 0b10).prefix(1))
    }

    @Test func shippedClustersGroupWeekdaysAndKnowUsualCase() throws {
        let clusters = try EntityTagger.shipped().model.lexicon.clusters
        let tuesday = clusters.entry(WordForm("tuesday").lower), friday = clusters.entry(WordForm("friday").lower)
        #expect(tuesday.packed != 0 && tuesday.path == friday.path)
        let london = clusters.entry(WordForm("london").lower), germany = clusters.entry(WordForm("germany").lower)
        // Places share a short prefix, days and places do not.
        #expect(london.prefix(1) == germany.prefix(1) && london.prefix(1) != tuesday.prefix(1))
        #expect(clusters.entry(WordForm("announced").lower).usualCase == 1)
        #expect(clusters.entry(WordForm("london").lower).usualCase == 2)
    }

    @Test func linesInCapitalsAndTitleCaseAreTold() throws {
        let lexicon = try EntityTagger.shipped().model.lexicon
        func line(_ text: String) -> SentenceFeatures.Line {
            SentenceFeatures(forms: text.split(separator: " ").map { WordForm(String($0)) }, lexicon: lexicon).line
        }
        #expect(line("Mayor Announces New Budget for Harbour Schools") == .titleCase)
        #expect(line("FERRY STRIKE HALTS HARBOUR TRAFFIC") == .capitals)
        #expect(line("Ines Vartola met Pavel Dunmore in Quellton") == .text)
        #expect(line("The mayor announced a budget for schools") == .text)
    }

    @Test func headlinesInTitleCaseOrCapitalsAreNotOneLongName() throws {
        let tagger = try EntityTagger.shipped()
        let spans = tagger.mentions(inDocument: [
            "Mayor Announces New Budget For Schools",
            "POLICE ARREST TWO MEN AFTER ROBBERY IN DUBLIN",
            "The mayor announced a new budget for schools on Tuesday, and police in Dublin said two men were arrested after a robbery.",
        ])
        #expect(!spans[0].contains { $0.text.contains("Announces") || $0.text.contains("Budget") })
        #expect(spans[1].map(\.text) == ["DUBLIN"])
        #expect(spans[1].first?.kind == .place)
    }
}
