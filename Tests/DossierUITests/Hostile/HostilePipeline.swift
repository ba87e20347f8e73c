import DossierApp
import DossierCore
import DossierText
import DossierUI
import Foundation

/// Takes one hostile input the whole way a reader would: load it, tag its entities, open it in the reader state and
/// render frames (list, article, its end, the raw file, the sidebar, an entity page, tiny and huge windows) to a
/// recording terminal, checking at each step what must hold. Measures the reader's own work, not the checks: the
/// time to open the input (load, tag, first frames), the slowest later step (an action and its frame), and the
/// memory it took.
struct HostilePipeline {
    /// The bounds the issue sets for each input.
    static let timeLimit: Duration = .seconds(2)
    static let memoryLimit = 500 * 1024 * 1024
    /// Inputs of this many bytes or more are heavy: a debug build takes several times longer than a release build on
    /// them, so their time bound holds in release builds (`swift test -c release`) and is only reported in debug ones,
    /// where they are opened but not taken through the later steps.
    static let heavyBytes = 100 * 1024

    /// Whether heavy inputs get the time bounds and the later steps in this build.
    static var checksHeavyTime: Bool {
        #if DEBUG
        false
        #else
        true
        #endif
    }
    /// How many times an input that changes under the loader is loaded, racing the change.
    static let racedLoads = 40

    let tagger: EntityTagger

    /// What happened to one input.
    struct Outcome {
        var failures: [String] = []
        /// Loads made (more than one when the input changes under the loader), and what they gave in all.
        var loads = 0
        var articles = 0
        var problems = 0
        /// The time to open the input: load, tag, and draw the list and the article (the longest over raced loads).
        var time: Duration = .zero
        /// The slowest step after that: one action and the frame drawn for it.
        var slowestStep: Duration = .zero
        /// The peak memory growth over the resident size at the start of a load.
        var memoryGrowth = 0
        /// Whether the input is heavy (see ``HostilePipeline/heavyBytes``).
        var isHeavy = false
    }

    func run(_ testCase: HostileCase) -> Outcome {
        var outcome = Outcome()
        let folder: ScratchFolder
        let path: String
        do {
            folder = try ScratchFolder(label: "hostile")
            path = try testCase.make(folder)
        } catch {
            outcome.failures.append("could not make the input: \(error)")
            return outcome
        }
        var info = stat()
        outcome.isHeavy = stat(path, &info) == 0 && Int(info.st_size) >= Self.heavyBytes
        guard let interference = testCase.interference else {
            let allSteps = !outcome.isHeavy || Self.checksHeavyTime
            measure(&outcome) { check(testCase, path: path, folder: folder, linesUnchanged: true, allSteps: allSteps) }
            return outcome
        }
        let done = Flag()
        let meddler = Thread { while !done.isSet { interference(path) } }
        meddler.start()
        for _ in 0..<Self.racedLoads {
            measure(&outcome) { check(testCase, path: path, folder: folder, linesUnchanged: false, allSteps: true) }
        }
        done.set()
        while !meddler.isFinished { usleep(1000) }
        return outcome
    }

    /// What one load and render gave.
    private struct Load {
        var failures: [String] = []
        var articles = 0
        var problems = 0
        var open: Duration = .zero
        var slowestStep: Duration = .zero
    }

    /// Runs `body`, adding what it found to the outcome with its times and memory growth, failing past the bounds.
    private func measure(_ outcome: inout Outcome, _ body: () -> Load) {
        ResidentMemory.resetPeak()
        let baseline = ResidentMemory.current
        let load = body()
        let growth = max(0, ResidentMemory.peak - baseline)
        outcome.failures += load.failures
        outcome.loads += 1
        outcome.articles += load.articles
        outcome.problems += load.problems
        if !outcome.isHeavy || Self.checksHeavyTime {
            if load.open > Self.timeLimit, load.open > outcome.time { outcome.failures.append("opening took \(load.open), over \(Self.timeLimit)") }
            if load.slowestStep > Self.timeLimit, load.slowestStep > outcome.slowestStep {
                outcome.failures.append("a step took \(load.slowestStep), over \(Self.timeLimit)")
            }
        }
        if growth > Self.memoryLimit, growth > outcome.memoryGrowth {
            outcome.failures.append("memory grew by \(growth / 1_048_576) MB, over \(Self.memoryLimit / 1_048_576) MB")
        }
        outcome.time = max(outcome.time, load.open)
        outcome.slowestStep = max(outcome.slowestStep, load.slowestStep)
        outcome.memoryGrowth = max(outcome.memoryGrowth, growth)
    }

    private func check(_ testCase: HostileCase, path: String, folder: ScratchFolder, linesUnchanged: Bool, allSteps: Bool) -> Load {
        let loader = CollectionLoader()
        let started = ContinuousClock.now
        let result = testCase.unprivileged ? UnprivilegedFileAccess.run { loader.load([path]) } : loader.load([path])
        var outcome = Load(articles: result.articles.count, problems: result.problems.count, open: ContinuousClock.now - started)
        let expected = testCase.expected
        if let count = expected.articles, count != result.articles.count {
            outcome.failures.append("\(result.articles.count) articles loaded, expected \(count); problems: \(result.problems.map(\.reason))")
        }
        if let reasons = expected.problems, reasons != result.problems.map(\.reason) {
            outcome.failures.append("problems \(result.problems.map(\.reason)), expected \(reasons)")
        }
        for problem in result.problems { outcome.failures += Self.unclear(problem, under: folder.path) }
        for article in result.articles {
            if let failure = expected.check?(article) { outcome.failures.append(failure) }
            if linesUnchanged, let failure = Self.unaccountedLines(article) { outcome.failures.append(failure) }
        }
        guard !result.articles.isEmpty else { return outcome }
        let shown = render(result.articles, name: URL(fileURLWithPath: path).lastPathComponent, allSteps: allSteps, into: &outcome)
        for text in expected.shows where !shown.contains(where: { $0.contains(text) }) {
            outcome.failures.append("no frame shows “\(text)”")
        }
        return outcome
    }

    /// What is wrong with a problem entry: it must name a path in the scratch folder and a reason, and print safely.
    private static func unclear(_ problem: LoadProblem, under root: String) -> [String] {
        var failures: [String] = []
        if !problem.path.hasPrefix(root) { failures.append("problem names \(problem.path), outside the input") }
        if problem.description != "\(problem.path): \(problem.reason)" || problem.reason.description.isEmpty {
            failures.append("problem entry is not PATH: reason: \(problem.description)")
        }
        let printed = ArticleText.safe(problem.description)
        if printed.unicodeScalars.contains(where: SanitizationTests.isUnsafe) { failures.append("problem prints raw controls") }
        return failures
    }

    /// Whether the article's parts cover exactly the non-blank lines of its file, as decoded again.
    private static func unaccountedLines(_ article: Article) -> String? {
        guard case .success(let bytes) = CollectionLoader().rawBytes(article.path) else { return "the file cannot be read again" }
        let lines = TextDecoding.decode(bytes).lines
        guard article.lineCount == lines.count else { return "line count \(article.lineCount), the file has \(lines.count)" }
        for (index, part) in article.lineParts.enumerated() where lines[index].allSatisfy(\.isWhitespace) != (part == .blank) {
            return "line \(index + 1) is \(part == .blank ? "lost" : "blank but claimed")"
        }
        return nil
    }

    /// Renders the reader over the articles and returns the text of every frame, recording what is wrong and how
    /// long the reader's work took: opening (added to the load's time) and, with `allSteps`, each later step.
    private func render(_ articles: [Article], name: String, allSteps: Bool, into load: inout Load) -> [String] {
        var work: Duration = .zero
        func timed<T>(_ body: () -> T) -> T {
            let start = ContinuousClock.now
            defer { work += ContinuousClock.now - start }
            return body()
        }
        var session = timed {
            let collection = OpenCollection(name: name, articles: articles, resolution: MentionExtractor(tagger: tagger).entities(articles))
            return ReaderSession(collection: collection, size: Size(width: 100, height: 30))
        }
        var state: AppState { session.state }
        let terminal = RecordingTerminal(size: state.size)
        var frames: [String] = []
        var last = Grid(size: .zero)
        var failures: [String] = []
        func frame(_ label: String) {
            let grid = timed {
                if terminal.size != state.size { terminal.resize(to: state.size) }
                return Screen.render(state)
            }
            let before = terminal.output.count
            timed { terminal.draw(grid) }
            let cells = grid.cells.filter { $0.character.unicodeScalars.contains(where: SanitizationTests.isUnsafe) }
            if !cells.isEmpty { failures.append("\(label): \(cells.count) cells hold raw controls") }
            if !GridTests.wideCharactersAreWhole(grid) { failures.append("\(label): a wide character is split") }
            let violations = SanitizationTests.violations(in: Array(terminal.output[before...]))
            if !violations.isEmpty { failures.append("\(label): the terminal received \(violations.prefix(3))") }
            frames.append(grid.text)
            last = grid
        }
        func send(_ actions: Action...) {
            timed { for action in actions { session.send(action) } }
        }
        /// One step: actions and the frame drawn after them, timed on its own.
        func step(_ label: String, _ actions: Action...) {
            work = .zero
            for action in actions { send(action) }
            frame(label)
            load.slowestStep = max(load.slowestStep, work)
        }
        frame("list")
        send(.activate)
        frame("article")
        load.open += work
        if allSteps {
            step("article at 300x100", .resize(Size(width: 300, height: 100)))
            step("article end", .resize(Size(width: 100, height: 30)), .focus(.reader), .bottom)
            step("raw file", .toggleRaw)
            step("raw file end", .bottom)
            step("entity page", .toggleRaw, .focus(.sidebar), .activate)
            step("1x1 window", .resize(Size(width: 1, height: 1)))
            step("20x5 window", .resize(Size(width: 20, height: 5)))
        }
        if terminal.screen.lines() != last.lines() { failures.append("the recorded screen differs from the last frame") }
        load.failures += failures
        return frames
    }
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
