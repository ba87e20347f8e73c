import Foundation
import Testing
@testable import DossierCore

/// The learned part on its own: the logistic model, gold labels, the body metric and model files.
struct PageDumpTrainingTests {
    @Test("logistic regression learns a separable rule")
    func logisticRegressionLearns() {
        let examples = (0..<200).map { index in [1.0, Double(index % 10) / 10, Double(index % 7) / 7] }
        let labels = examples.map { $0[1] > 0.45 }
        let model = LogisticModel.fit(names: ["bias", "x", "noise"], examples: examples, labels: labels, epochs: 60, learningRate: 0.5, l2: 0)
        let correct = zip(examples, labels).count { (model.probability($0.0) >= 0.5) == $0.1 }
        #expect(correct >= 190)
    }

    @Test("gold labels mark the lines whose words make the gold body, short headings only beside them")
    func goldLabels() {
        let page = TrainingPage(name: "p.txt", lines: [
            "Site news", "", "Home", "The committee met on Monday to discuss the budget for next year.", "",
            "Budget cuts", "Several members asked for more money for the libraries in the north.", "", "Home", "Contact us",
        ], goldBody: "The committee met on Monday to discuss the budget for next year.\n\nBudget cuts\n\nSeveral members asked for more money for the libraries in the north.\n\nContact the committee by letter.")
        #expect(page.goldLabels(PageLayout(page.lines)) == [false, false, true, true, true, false, false])
    }

    @Test("the body score is 1 for an exact body, and falls with extra and missing text")
    func bodyScore() {
        let gold = "one two three four five six seven eight"
        #expect(BodyScore(gold: [gold], predicted: [gold]).f1 == 1)
        let extra = BodyScore(gold: [gold], predicted: [gold + " nine ten eleven twelve"])
        #expect(extra.recall == 1 && extra.precision < 1)
        let half = BodyScore(gold: [gold], predicted: ["one two three four five"])
        #expect(half.precision == 1 && abs(half.recall - 2.0 / 5.0) < 1e-9)
    }

    @Test("a trained model round-trips through its file, and a file for other features is refused")
    func modelFile() throws {
        let pages = try ["menus", "comments", "related"].map { name in
            let page = try PageDumpFixtures.page(name)
            return TrainingPage(name: name, lines: page.lines, goldBody: page.body.joined(separator: "\n\n"))
        }
        var options = PageDumpTrainer.Options()
        options.epochs = 3
        let model = PageDumpTrainer(options: options).train(pages)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pagedump-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        #expect(try PageDumpModel(contentsOf: url) == model)
        var other = model
        other.stageOne.names[1] = "something else"
        try other.write(to: url)
        #expect(throws: PageDumpModelError.self) { try PageDumpModel(contentsOf: url) }
    }
}
