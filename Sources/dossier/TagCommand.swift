import ArgumentParser
import DossierCore
import Foundation

/// `dossier tag`: tags pre-tokenised CoNLL text with the entity tagger, or benchmarks it.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag named entities in a pre-tokenised CoNLL file.",
        discussion: """
        Prints TOKEN<TAB>TAG lines (IOB2; PER, ORG, LOC, MISC) with the input's blank and -DOCSTART- \
        lines, ready for nereval.py. With --benchmark, prints speed and memory instead of tags.

        Examples:
          dossier tag --conll eng.testa > pred.txt && python3 nereval.py eng.testa pred.txt
          swift run -c release dossier tag --conll eng.testa --benchmark
        """
    )

    @Option(name: .long, help: "The CoNLL file to tag (token in the first column).")
    var conll: String

    @Option(name: .long, help: "A model file from train-ner; default: the shipped model.")
    var model: String?

    @Flag(name: .long, help: "Report load time, tokens per second and peak memory instead of printing tags.")
    var benchmark = false

    @Option(name: .long, help: "With --benchmark: how many times to tag the file.")
    var repeats = 5

    func validate() throws {
        guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
    }

    func run() throws {
        let loadStart = DispatchTime.now()
        let tagger = try model.map { EntityTagger(model: try NERModel(contentsOf: URL(fileURLWithPath: $0))) } ?? EntityTagger.shipped()
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart.uptimeNanoseconds) / 1e9
        guard let data = FileManager.default.contents(atPath: conll), let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("\(conll): cannot read, or not valid UTF-8")
        }
        guard benchmark else {
            Output.write(tagger.tagCoNLL(text))
            return
        }
        let tokens = text.split(separator: "\n").filter { !$0.hasPrefix("-DOCSTART-") && !$0.allSatisfy(\.isWhitespace) }.count
        var best = Double.infinity
        for _ in 0 ..< repeats {
            let start = DispatchTime.now()
            _ = tagger.tagCoNLL(text)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        var usage = rusage()
        getrusage(0, &usage) // RUSAGE_SELF
        #if os(Linux)
        let peakBytes = Double(usage.ru_maxrss) * 1024
        #else
        let peakBytes = Double(usage.ru_maxrss)
        #endif
        Output.line(String(format: "model load   %.1f ms", loadSeconds * 1000))
        Output.line("tokens       \(tokens)")
        Output.line(String(format: "best of %d   %.3f s", repeats, best))
        Output.line(String(format: "tokens/s     %.0f", Double(tokens) / best))
        Output.line(String(format: "peak RSS     %.1f MB", peakBytes / 1_048_576))
    }
}
