import ArgumentParser
import DossierCore
import Foundation

/// `dossier train-ner`: trains the entity tagger on CoNLL (or GMB CSV) files and writes a model file.
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the named-entity tagger and write a model file.",
        discussion: """
        Reads CoNLL-2003 style files (token first, tag last; IOB1 or IOB2; types PER, ORG, LOC, MISC) \
        and GMB NER CSV files (ending in .csv), prints dev F1 after each epoch, and writes a compact \
        binary model. With --dev, each pass keeps its best epoch on the dev data.

        Example:
          dossier train-ner --train eng.train --dev eng.testa --out Sources/DossierCore/Resources/ner.model
        """
    )

    @Option(name: .long, parsing: .upToNextOption, help: "Training files (CoNLL, or GMB .csv).")
    var train: [String]

    @Option(name: .long, help: "A CoNLL file to report F1 on after each epoch and to pick the best epoch.")
    var dev: String?

    @Option(name: .long, help: "Where to write the model.")
    var out: String

    @Option(name: .long, help: "Passes over the training data per model.")
    var epochs = 12

    @Option(name: .long, help: "Cross-validation folds for the second (document consistency) pass; 0 for none.")
    var folds = 4

    @Option(name: .long, help: "Smallest quantised weight (1-16000) a feature needs to be kept; larger makes a smaller model.")
    var minWeight = 200

    @Option(name: .long, help: "Seed for the order of training sentences.")
    var seed: UInt64 = 2003

    @Option(name: .long, help: "Perceptrons averaged in each pass, each trained on the sentences in another order (1: a single one).")
    var members = 4

    @Option(name: .long, help: "Perceptrons averaged in the first pass (default: --members).")
    var firstMembers: Int?

    @Option(name: .long, help: "Perceptrons averaged in the folds' first passes, which make the second pass's training labels.")
    var foldMembers = 1

    @Option(name: .long, help: "Epochs of the first pass (default: --epochs).")
    var firstEpochs: Int?

    @Option(name: .long, help: "A directory of gazetteer lists (places.txt, first-names.txt, last-names.txt, languages.txt); default: the shipped lists.")
    var gazetteers: String?

    @Option(name: .long, help: "How many of the commonest training tokens the model lists so that their features are weighed once at load (speed only).")
    var commonWords = 10000

    @Option(name: .long, help: "A word-cluster file from scripts/make-clusters.py; default: the shipped clusters.")
    var clusters: String?

    func validate() throws {
        for (name, value) in [("--epochs", epochs), ("--members", members), ("--fold-members", foldMembers),
                              ("--first-members", firstMembers ?? 1), ("--first-epochs", firstEpochs ?? 1)] where value < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        guard folds >= 0, folds != 1 else { throw ValidationError("--folds must be 0 (none) or at least 2") }
        guard (1...16_000).contains(minWeight) else { throw ValidationError("--min-weight must be between 1 and 16000") }
        guard commonWords >= 0 else { throw ValidationError("--common-words cannot be negative") }
    }

    func run() throws {
        var options = NERTrainer.Options()
        options.epochs = epochs
        options.folds = folds
        options.minimumWeight = Int16(minWeight)
        options.seed = seed
        options.members = members
        options.commonWords = commonWords
        options.firstMembers = firstMembers
        options.foldMembers = foldMembers
        options.firstEpochs = firstEpochs
        let trainer = try NERTrainer(options: options, gazetteerDirectory: gazetteers.map { URL(fileURLWithPath: $0) }, clusters: clusters.map { URL(fileURLWithPath: $0) })
        let training = try train.flatMap(Self.read)
        let devDocuments = try dev.map(Self.read) ?? []
        let started = Date()
        let model = trainer.train(training, dev: devDocuments) {
            Output.line($0)
            Output.flush()
        }
        let outURL = URL(fileURLWithPath: out)
        try model.write(to: outURL)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        Output.line(String(format: "wrote %@ (%.2f MB) in %.0f s", out, Double(size) / 1_048_576, Date().timeIntervalSince(started)))
        if !devDocuments.isEmpty {
            let score = EntityTagger(model: model).score(devDocuments)
            Output.line(String(format: "dev F1 of the written model: %.2f", score.f1()))
        }
    }

    private static func read(_ path: String) throws -> [LabeledDocument] {
        let url = URL(fileURLWithPath: path)
        return path.hasSuffix(".csv") ? try CorpusReader.gmb(url) : try CorpusReader.conll(url)
    }
}
