/// Trains the page-dump classifier on saved pages with gold bodies, and measures it by cross-validation.
public struct PageDumpTrainer: Sendable {
    /// Training settings.
    public struct Options: Sendable {
        /// The trees of stage one.
        public var trees = BoostedTrees.Options()
        /// Passes of stochastic gradient descent of stage two.
        public var epochs = 12
        /// L2 shrinkage of stage two's weights.
        public var l2 = 1e-4
        /// Folds used to give stage two honest (held-out) stage-one probabilities to learn from.
        public var innerFolds = 3
        /// The stage-two probability from which a line is body.
        public var threshold = 0.4
        public init() {}
    }

    /// A page prepared once: its layout, stage-one features and gold labels.
    struct Prepared {
        let page: TrainingPage
        let layout: PageLayout
        let stageOne: [PageLineFeatures.Vector]
        let labels: [Bool]

        init(_ page: TrainingPage) {
            self.page = page
            layout = PageLayout(page.lines)
            stageOne = PageLineFeatures.stageOne(layout)
            labels = page.goldLabels(layout)
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// A model trained on all of `pages`.
    public func train(_ pages: [TrainingPage]) -> PageDumpModel {
        train(prepared: pages.map(Prepared.init))
    }

    /// The score of models trained on all but one of `folds` groups of pages and tested on the group left out,
    /// with the body each page got while held out, keyed by page name.
    public func crossValidate(_ pages: [TrainingPage], folds: Int = 5) -> (score: BodyScore, bodies: [String: String]) {
        let prepared = pages.map(Prepared.init)
        var bodies: [String: String] = [:]
        for fold in 0..<folds {
            let model = train(prepared: prepared.indices.filter { $0 % folds != fold }.map { prepared[$0] })
            let detector = PageDumpDetector(model: model)
            for index in prepared.indices where index % folds == fold {
                bodies[pages[index].name] = detector.body(pages[index].lines)
            }
        }
        return (BodyScore(gold: pages.map(\.goldBody), predicted: pages.map { bodies[$0.name] ?? "" }), bodies)
    }

    private func train(prepared: [Prepared]) -> PageDumpModel {
        let stageOne = fitStageOne(prepared)
        var examples: [[Double]] = []
        var labels: [Bool] = []
        let inner = max(2, options.innerFolds)
        for fold in 0..<inner {
            let held = fitStageOne(prepared.indices.filter { $0 % inner != fold }.map { prepared[$0] })
            for index in prepared.indices where index % inner == fold {
                let page = prepared[index]
                let probabilities = page.stageOne.map { held.probability($0.values) }
                examples += PageLineFeatures.stageTwo(page.layout, stageOne: page.stageOne, probabilities: probabilities).map(\.values)
                labels += page.labels
            }
        }
        let stageTwo = LogisticModel.fit(names: PageLineFeatures.stageTwoNames, examples: examples, labels: labels,
                                         epochs: options.epochs, l2: options.l2)
        return PageDumpModel(stageOne: stageOne, stageTwo: stageTwo, threshold: options.threshold)
    }

    private func fitStageOne(_ prepared: [Prepared]) -> BoostedTrees {
        BoostedTrees.fit(names: PageLineFeatures.stageOneNames, examples: prepared.flatMap { $0.stageOne.map(\.values) },
                         labels: prepared.flatMap(\.labels), options: options.trees)
    }
}
