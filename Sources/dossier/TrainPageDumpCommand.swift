import ArgumentParser
import DossierCore
import Foundation

/// `dossier train-pagedump`: trains the page-dump classifier on saved pages with gold bodies, reports
/// cross-validated and in-sample scores, and writes the weights file.
struct TrainPageDumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-pagedump",
        abstract: "Train the classifier that finds the article in whole-page text dumps.",
        discussion: """
        FOLDER holds NAME.txt pages and ground-truth.json ({NAME: {"articleBody": TEXT}}). Prints the \
        cross-validated and in-sample precision, recall and F1 (the article-extraction benchmark's shingle \
        metric, as bodyeval.py), the rules-only and whole-page baselines, and how many pages (and how many \
        gold bodies, as clean articles) look like page dumps; then writes the model trained on all pages.

        Example:
          dossier train-pagedump --pages corpora/scraped --out Sources/DossierCore/Resources/pagedump-weights.json
        """
    )

    @Option(name: .long, help: "The folder of pages and ground-truth.json.")
    var pages: String

    @Option(name: .long, help: "Where to write the model (JSON).")
    var out: String

    @Option(name: .long, help: "Cross-validation folds (0 to skip).")
    var folds = 5

    @Option(name: .long, help: "Passes of gradient descent of stage two (stage one is boosted trees).")
    var epochs = 12

    @Option(name: .long, help: "The body probability from which a line counts as body.")
    var threshold = 0.4

    @Option(name: .long, help: "Write the cross-validated (held-out) bodies here as {NAME: {\"articleBody\": …}}.")
    var predictions: String?

    @Flag(name: .long, help: "Print the scores as JSON.")
    var json = false

    func validate() throws {
        guard folds >= 0, folds != 1 else { throw ValidationError("--folds must be 0 (none) or at least 2") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    }

    func run() throws {
        let corpus = try TrainingPage.load(folder: URL(fileURLWithPath: pages))
        var options = PageDumpTrainer.Options()
        options.epochs = epochs
        options.threshold = threshold
        let trainer = PageDumpTrainer(options: options)
        var report = Report(pages: corpus.count)
        report.whole = BodyScore(gold: corpus.map(\.goldBody), predicted: corpus.map { $0.lines.joined(separator: "\n") })
        let rules = PageDumpDetector(model: nil)
        report.rules = BodyScore(gold: corpus.map(\.goldBody), predicted: corpus.map { rules.body($0.lines) })
        if folds >= 2 {
            let (score, bodies) = trainer.crossValidate(corpus, folds: folds)
            report.crossValidated = score
            if let predictions { try Self.write(bodies, to: predictions) }
        }
        let model = trainer.train(corpus)
        try model.write(to: URL(fileURLWithPath: out))
        let detector = PageDumpDetector(model: model)
        report.inSample = BodyScore(gold: corpus.map(\.goldBody), predicted: corpus.map { detector.body($0.lines) })
        report.detectedPages = corpus.count { detector.looksLikePageDump($0.lines) }
        report.detectedCleanBodies = corpus.count { page in
            let title = page.lines.first { !$0.allSatisfy(\.isWhitespace) } ?? ""
            return detector.looksLikePageDump([title, ""] + page.goldBody.components(separatedBy: "\n"))
        }
        Output.line(json ? try report.json() : report.text(out: out))
    }

    private static func write(_ bodies: [String: String], to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(bodies.mapValues { ["articleBody": $0] }).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The figures one training run measures.
    private struct Report: Encodable {
        var pages: Int
        var crossValidated: BodyScore?
        var inSample: BodyScore?
        var rules: BodyScore?
        var whole: BodyScore?
        var detectedPages = 0
        var detectedCleanBodies = 0

        func json() throws -> String {
            String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
        }

        func text(out: String) -> String {
            func line(_ label: String, _ score: BodyScore?) -> String? {
                score.map { String(format: "%@ precision %.3f  recall %.3f  F1 %.3f", label, $0.precision, $0.recall, $0.f1) }
            }
            return [
                "pages \(pages)",
                line("cross-validated", crossValidated), line("in-sample      ", inSample),
                line("rules only     ", rules), line("whole page     ", whole),
                "detected as page dumps: \(detectedPages)/\(pages) pages, \(detectedCleanBodies)/\(pages) gold bodies",
                "wrote \(out)",
            ].compactMap { $0 }.joined(separator: "\n")
        }
    }
}
