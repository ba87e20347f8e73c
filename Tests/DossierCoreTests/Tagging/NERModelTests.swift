import Foundation
import Testing
@testable import DossierCore

private let newsFixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Entities/news.conll")

@Suite struct NERModelTests {
    @Test func shippedModelWritesTheShippedFileByteForByte() throws {
        let file = try Data(contentsOf: Repository.root.appendingPathComponent("Sources/DossierCore/Resources/ner.model"))
        let bytes = try EntityTagger.shipped().model.serialized()
        #expect(bytes == file)
        #expect(try NERModel(data: bytes, path: "copy").serialized() == bytes)
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

    @Test func commonWordsChangeSpeedNotLabels() throws {
        let shipped = try EntityTagger.shipped().model
        #expect(shipped.lexicon.commonWords.count > 1000 && shipped.lexicon.commonWords.contains("the"))
        var lexicon = shipped.lexicon
        lexicon.commonWords = []
        let bare = NERModel(lexicon: lexicon, weights: shipped.weights, transitions: shipped.transitions)
        #expect(bare.serialized().count < shipped.serialized().count)
        let documents = try CorpusReader.conll(newsFixture)
        for document in documents {
            #expect(bare.tag(document: document.sentences) == shipped.tag(document: document.sentences))
        }
    }

    @Test func wordRowsSumEachRolesWeights() throws {
        let shipped = try EntityTagger.shipped().model
        let width = shipped.weights.width
        var rows = WordRows(capacity: 4, width: width)
        var buffer: [UInt64] = []
        let form = WordForm("Reuters"), cluster = shipped.lexicon.clusters.entry(form.lower)
        #expect(rows.block(form.raw) == -1)
        let block = rows.add(form, cluster, weights: shipped.weights, buffer: &buffer)
        #expect(rows.block(form.raw) == block && rows.block(WordForm("reuters").raw) == -1)
        for role in FeatureExtractor.Role.allCases {
            buffer.removeAll()
            FeatureExtractor.extractRole(role, form, cluster, into: &buffer)
            var expected = [Int32](repeating: 0, count: width)
            for feature in buffer {
                if let row = shipped.weights.row(feature) { for (n, w) in row.enumerated() { expected[n] += Int32(w) } }
            }
            let start = (block * WordRows.roles + role.rawValue) * width
            #expect(Array(rows.scores[start ..< start + width]) == expected)
        }
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
