import Foundation
import Testing
@testable import DossierCore

private let newsFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Entities/news.conll")

@Suite struct NERModelTests {
    @Test func shippedModelRoundTripsThroughBytes() throws {
        let model = try EntityTagger.shipped().model
        let bytes = model.serialized()
        let copy = try NERModel(data: bytes, path: "copy")
        #expect(copy.serialized() == bytes)
    }

    @Test func trainedModelRoundTripsThroughAFile() throws {
        var options = NERTrainer.Options()
        options.epochs = 3
        options.folds = 2
        let documents = try CorpusReader.conll(newsFixture)
        let model = try NERTrainer(options: options).train(documents)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ner-\(UUID().uuidString).model")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let read = try NERModel(contentsOf: url)
        let sentences = documents.flatMap(\.sentences)
        #expect(read.tag(document: sentences) == model.tag(document: sentences))
        // Trained and tested on the same five documents, the model should recall most of them.
        #expect(EntityTagger(model: read).score(documents).f1() > 90)
    }

    @Test func damagedModelsAreRejectedWithTheFileName() throws {
        let bytes = try EntityTagger.shipped().model.serialized()
        #expect(throws: NERModelError.truncated("cut")) { try NERModel(data: bytes.prefix(bytes.count / 2), path: "cut") }
        #expect(throws: NERModelError.badMagic("junk")) { try NERModel(data: Data("not a model".utf8), path: "junk") }
    }

    @Test func conllReaderTurnsIOB1IntoIOB2() {
        let labels = CorpusReader.iob2(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"])
        #expect(labels.map(\.conll) == ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"])
    }

    @Test func spanScoreMatchesExactSpansOnly() {
        var score = SpanScore()
        let gold = CorpusReader.iob2(["B-PER", "I-PER", "O", "B-LOC"])
        score.add(gold: gold, predicted: CorpusReader.iob2(["B-PER", "O", "O", "B-LOC"]))
        #expect(score.precisionRecall().precision == 50)
        #expect(score.f1(.place) == 100)
        #expect(score.f1(.person) == 0)
    }
}
