import Foundation
import Testing
@testable import DossierCore

/// The hand-written news fixture, in CoNLL form.
private let newsFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Entities/news.conll")

@Suite struct EntityTaggerTests {
    @Test func shippedModelLoads() throws {
        let tagger = try EntityTagger.shipped()
        #expect(tagger.model.passes == 2)
    }

    @Test func findsPeoplePlacesAndOrganisationsInNews() throws {
        let tagger = try EntityTagger.shipped()
        let text = "Angela Merkel met Emmanuel Macron in Paris on Monday, a spokesman for the European Commission said."
        let found = Set(tagger.mentions(in: text).map { "\($0.kind.rawValue):\($0.text)" })
        #expect(found.isSuperset(of: ["person:Angela Merkel", "person:Emmanuel Macron", "place:Paris", "organization:European Commission"]))
    }

    @Test func hyphenatedAndPossessiveNamesAreTagged() throws {
        let tagger = try EntityTagger.shipped()
        let text = "The Tel Aviv-based company sold tools to Mexico’s government, according to Amnesty International."
        let spans = tagger.mentions(in: text)
        #expect(spans.contains { $0.kind == .place && $0.text == "Tel Aviv" })
        #expect(spans.contains { $0.kind == .place && $0.text == "Mexico" })
        #expect(spans.contains { $0.kind == .organization && $0.text == "Amnesty International" })
        for span in spans { #expect(String(text[span.range]) == span.text) }
    }

    @Test func documentPassKeepsOneKindPerName() throws {
        let tagger = try EntityTagger.shipped()
        let texts = [
            "Talks with Jordan",
            "Foreign minister Ayman Safadi said Jordan would host the next round of talks in Amman.",
            "Jordan has long mediated between its neighbours.",
        ]
        let spans = tagger.mentions(inDocument: texts)
        #expect(spans.count == 3)
        let kinds = Set(spans.joined().filter { $0.text == "Jordan" }.map(\.kind))
        #expect(kinds == [.place])
    }

    @Test func scoresAboveAFloorOnTheNewsFixture() throws {
        let tagger = try EntityTagger.shipped()
        let documents = try CorpusReader.conll(newsFixture)
        #expect(documents.count == 5)
        let score = tagger.score(documents)
        #expect(score.f1() >= 80, "F1 \(score.f1())")
        #expect(score.f1(.place) >= 85)
    }

    @Test func conllOutputKeepsTheInputLayout() throws {
        let tagger = try EntityTagger.shipped()
        let input = "-DOCSTART- -X- -X- O\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n\nBRUSSELS NNP I-LOC\n1996-08-22 CD O\n\n"
        let output = tagger.tagCoNLL(input)
        #expect(output == "-DOCSTART- -X- -X- O\n\nPeter\tB-PER\nBlackburn\tI-PER\n\nBRUSSELS\tB-LOC\n1996-08-22\tO\n\n")
    }
}
