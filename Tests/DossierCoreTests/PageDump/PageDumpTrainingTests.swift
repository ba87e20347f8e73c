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

    @Test("boosted trees learn a rule that needs two features together, and refuse a malformed tree")
    func boostedTreesLearn() {
        // Body only where both hold (a short line under the headline, say): no single weight tells it.
        let examples: [[Double]] = (0..<400).map { (index: Int) -> [Double] in
            [Double(index % 2), Double((index / 2) % 2), Double(index % 7) / 7]
        }
        let labels: [Bool] = examples.map { $0[0] == 1 && $0[1] == 1 }
        var options = BoostedTrees.Options()
        options.trees = 40
        options.depth = 2
        options.minimumHessian = 1
        let names = ["a", "b", "noise"]
        let trees = BoostedTrees.fit(names: names, examples: examples, labels: labels, options: options)
        let treeErrors = examples.indices.count { (trees.probability(examples[$0]) >= 0.5) != labels[$0] }
        #expect(treeErrors == 0)
        #expect(trees.isWellFormed)
        let logistic = LogisticModel.fit(names: names, examples: examples, labels: labels, epochs: 60)
        let logisticErrors = examples.indices.count { (logistic.probability(examples[$0]) >= 0.5) != labels[$0] }
        #expect(logisticErrors > 0)
        var looping = trees
        looping.trees[0][0].left = 0
        #expect(!looping.isWellFormed)
        var unnamed = trees
        unnamed.trees[0][0].feature = 3
        #expect(!unnamed.isWellFormed)
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
