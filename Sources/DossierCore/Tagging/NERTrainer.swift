import Foundation

/// Trains the entity tagger: a first pass over word, shape, affix, context, gazetteer, cluster and document
/// features, then a second pass that also reads what the first pass called the same word elsewhere in
/// the document. The second pass learns from first-pass labels made by cross-validation (jackknifing),
/// so it sees first-pass mistakes as they will occur on new text.
public struct NERTrainer {
    /// Training settings.
    public struct Options: Sendable {
        /// Passes over the training data for each model.
        public var epochs = 12
        /// Folds for the cross-validated first-pass labels the second pass learns from (0: no second pass).
        public var folds = 4
        /// Smallest quantised weight (1…16,000, the largest weight being 16,000) a feature needs somewhere to be
        /// kept in the model. The members of an ensemble each touch features the others do not, which their
        /// mean leaves with tiny weights; 200 drops those (a model as small as one perceptron's, as accurate).
        public var minimumWeight: Int16 = 200
        /// Seed for the order of training documents.
        public var seed: UInt64 = 2003
        /// How many of the training text's commonest tokens the model lists, for the tagger to weigh their
        /// features once at load (speed only: the labels are the same with any number).
        public var commonWords = 10000
        /// How many perceptrons each pass averages, each trained on the sentences in another order (an
        /// ensemble of the same size and speed as one model, which tells the kinds of names apart better;
        /// docs/entities.md).
        public var members = 4
        /// Perceptrons averaged in the first pass (nil: `members`).
        public var firstMembers: Int? = nil
        /// Perceptrons averaged in the cross-validation folds' first passes, whose labels the second pass learns
        /// from: one perceptron's mistakes, which the second pass learns to correct, find more names in web news
        /// (docs/entities.md).
        public var foldMembers = 1
        /// Epochs of the first pass (nil: `epochs`).
        public var firstEpochs: Int? = nil

        public init() {}
    }

    public var options: Options
    let lexicon: Lexicon

    /// A trainer using the gazetteer lists (`places.txt`, `first-names.txt`, …) in `gazetteerDirectory`,
    /// or the lists shipped with Dossier when nil, and the word clusters in `clusters` (a file written by
    /// `scripts/make-clusters.py`), or the shipped ones when nil.
    public init(options: Options = Options(), gazetteerDirectory: URL? = nil, clusters clustersFile: URL? = nil) throws {
        self.options = options
        guard let directory = gazetteerDirectory ?? Bundle.module.url(forResource: "Gazetteers", withExtension: nil, subdirectory: "Resources") ?? Bundle.module.url(forResource: "Gazetteers", withExtension: nil) else {
            throw NERModelError.unreadable("Resources/Gazetteers", "gazetteer lists are missing from the bundle")
        }
        guard let clusters = clustersFile ?? Bundle.module.url(forResource: "word-clusters", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "word-clusters", withExtension: "txt") else {
            throw NERModelError.unreadable("Resources/word-clusters.txt", "word clusters are missing from the bundle")
        }
        lexicon = Lexicon(gazetteer: try Gazetteer.load(directory: directory), clusters: try WordClusters.load(clusters))
    }

    /// Trains on `training`, reporting each epoch's dev F1 through `log` when `dev` is given, and keeping
    /// the epoch that scored best on dev.
    public func train(_ training: [LabeledDocument], dev: [LabeledDocument] = [], log: (String) -> Void = { _ in }) -> NERModel {
        let trainPrepared = training.map { DocumentContext.prepare($0.sentences, lexicon: lexicon, recasingTitles: false) }
        let devPrepared = dev.map { DocumentContext.prepare($0.sentences, lexicon: lexicon) }
        let gold = training.map { $0.labels.map { $0.map { UInt8($0.index) } } }
        let devGold = dev.map(\.labels)

        log("first pass: \(training.count) documents, \(gold.joined().joined().count) tokens")
        let firstMembers = options.firstMembers ?? options.members
        let firstEpochs = options.firstEpochs ?? options.epochs
        let first = trainPass(trainPrepared, gold: gold, devPrepared: devPrepared, devGold: devGold, members: firstMembers, epochs: firstEpochs, log: log)
        let firstModel = NERModel(lexicon: lexicon, passes: [first])
        guard options.folds > 1 else { return NERModel(lexicon: withCommonWords(training), passes: [first]) }

        var jackknifed = trainPrepared
        for fold in 0 ..< options.folds {
            let held = Set(stride(from: fold, to: training.count, by: options.folds))
            let rest = training.indices.filter { !held.contains($0) }
            log("fold \(fold + 1)/\(options.folds): first pass on \(rest.count) documents")
            let model = trainPass(rest.map { trainPrepared[$0] }, gold: rest.map { gold[$0] }, devPrepared: [], devGold: [], members: options.foldMembers, epochs: firstEpochs, log: { _ in })
            let foldModel = NERModel(lexicon: lexicon, passes: [model])
            for d in held {
                DocumentContext.addEvidence(&jackknifed[d], labels: foldModel.labelIndices(trainPrepared[d]))
            }
        }
        let devEvidence = devPrepared.map { doc -> [SentenceFeatures] in
            var withEvidence = doc
            DocumentContext.addEvidence(&withEvidence, labels: firstModel.labelIndices(doc))
            return withEvidence
        }
        log("second pass")
        let second = trainPass(jackknifed, gold: gold, devPrepared: devEvidence, devGold: devGold, members: options.members, epochs: options.epochs, log: log)
        return NERModel(lexicon: withCommonWords(training), passes: [first, second])
    }

    /// The lexicon with the training text's `options.commonWords` commonest tokens (seen twice or more).
    private func withCommonWords(_ training: [LabeledDocument]) -> Lexicon {
        var counts: [String: Int] = [:]
        for document in training { for sentence in document.sentences { for token in sentence { counts[token, default: 0] += 1 } } }
        var lexicon = lexicon
        lexicon.commonWords = counts.filter { $0.value > 1 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(options.commonWords).map(\.key)
        return lexicon
    }

    /// Trains one pass and returns it quantised; with dev data, keeps the best epoch by dev F1.
    private func trainPass(
        _ docs: [[SentenceFeatures]], gold: [[[UInt8]]],
        devPrepared: [[SentenceFeatures]], devGold: [[[EntityLabel]]], members: Int, epochs: Int, log: (String) -> Void
    ) -> QuantisedPass {
        var index = PerceptronTrainer.FeatureIndex()
        var buffer: [UInt64] = []
        var instances: [PerceptronTrainer.Instance] = []
        for (doc, docGold) in zip(docs, gold) {
            for (sentence, labels) in zip(doc, docGold) {
                let features = (0 ..< sentence.count).map { i -> [Int32] in
                    buffer.removeAll(keepingCapacity: true)
                    FeatureExtractor.extract(sentence, at: i, into: &buffer)
                    FeatureExtractor.extractEvidence(sentence, at: i, into: &buffer)
                    return buffer.map { index.id(adding: $0) }
                }
                instances.append(.init(tokenFeatures: features, gold: labels))
            }
        }
        let devInstances = zip(devPrepared, devGold).flatMap { doc, labels in
            zip(doc, labels).map { sentence, gold in
                PerceptronTrainer.Instance(tokenFeatures: (0 ..< sentence.count).map { i in
                    buffer.removeAll(keepingCapacity: true)
                    FeatureExtractor.extract(sentence, at: i, into: &buffer)
                    FeatureExtractor.extractEvidence(sentence, at: i, into: &buffer)
                    return buffer.compactMap { index.id($0) }
                }, gold: gold.map { UInt8($0.index) })
            }
        }
        // The pass is the average of `options.members` perceptrons, each seeing the sentences in its own order
        // (member k's from seed + k * 1,000,003), trained side by side on the machine's cores.
        let members = max(1, members)
        var trainers = (0 ..< members).map { _ in PerceptronTrainer(featureCount: index.hashes.count) }
        var rngs = (0 ..< members).map { SplitMix64(seed: options.seed &+ UInt64($0) &* 1_000_003) }
        var orders = Array(repeating: Array(instances.indices), count: members)
        let workers = ProcessInfo.processInfo.activeProcessorCount
        var best: (f1: Double, weights: PerceptronTrainer.Weights)?
        for epoch in 1 ... max(1, epochs) {
            for k in 0 ..< members { orders[k].shuffle(using: &rngs[k]) }
            let (current, currentOrders, training) = (trainers, orders, instances)
            trainers = Array(0 ..< members).concurrentMap(workers: workers) { k in
                var trainer = current[k]
                trainer.epoch(training, order: currentOrders[k])
                return trainer
            }
            guard !devInstances.isEmpty else { continue }
            let weights = PerceptronTrainer.Weights.mean(trainers.map(\.averaged))
            var score = SpanScore()
            for instance in devInstances {
                score.add(gold: instance.gold.map { EntityLabel(index: Int($0)) }, predicted: weights.decode(instance).map { EntityLabel(index: Int($0)) })
            }
            log(String(format: "  epoch %2d  dev F1 %.2f", epoch, score.f1()))
            if best == nil || score.f1() > best!.f1 { best = (score.f1(), weights) }
        }
        let weights = best?.weights ?? PerceptronTrainer.Weights.mean(trainers.map(\.averaged))
        return weights.quantised(hashes: index.hashes, minimum: options.minimumWeight)
    }
}
