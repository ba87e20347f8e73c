import ArgumentParser
import DossierCore
import DossierTerminal
import DossierUI
import Foundation

/// `dossier [read] PATH…`: the terminal reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: article list, reading view and entity sidebar (the default command).",
        discussion: "Example: dossier seeds"
    )

    @OptionGroup var collection: CollectionOptions
    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Draw without colour (as does a non-empty NO_COLOR).") var noColor = false

    /// Opens at once, shows what the index already holds as soon as it is read, brings the index up to date in the
    /// background (progress in the status bar) and swaps in the updated collection; problems are printed after the
    /// reader exits.
    func run() throws {
        let store = try database.open()
        let entityMarks = try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() }
        let articleMarks = try reportingStoreErrors { () throws(MarkStoreError) in try store.allArticleMarks() }
        let name = Self.collectionName(collection.roots)
        let analyser = try collection.analyser()
        let index: CollectionIndex
        do { index = try CollectionIndex(path: collection.indexPath) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        var environment = ProcessInfo.processInfo.environment
        if noColor { environment["NO_COLOR"] = "1" }
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        var state = AppState(library: Library(name: name, articles: [], resolution: Resolution(), entityMarks: entityMarks), size: terminal.size, marks: articleMarks)
        state.indexing = IndexProgress(done: 0, total: 0, analysed: 0, elapsed: 0)
        let indexer = BackgroundIndexer(index: index, roots: collection.roots, analyser: analyser, name: name, entityMarks: entityMarks)
        Self.loop(&state, terminal: terminal, store: store, indexer: indexer, loader: analyser.loader)
        terminal.shutdown()
        for problem in indexer.problems { Output.printError(problem.description) }
    }

    /// Draws, reads an event, reduces, performs effects, until an effect says quit. Every half second without
    /// input the clock ticks, so an article open for two seconds is marked read; while `indexer` runs, every tenth
    /// of a second, taking in its progress and finally the updated collection.
    ///
    /// Hidden, for the crash tests (docs/reliability.md): with `DOSSIER_FATAL_AFTER_MARKS=N` in the environment the
    /// reader stops with a fatal error right after committing the session's Nth mark change.
    static func loop(_ state: inout AppState, terminal: some Terminal, store: MarkStore, indexer: BackgroundIndexer, loader: CollectionLoader) {
        let fatalAfter = ProcessInfo.processInfo.environment["DOSSIER_FATAL_AFTER_MARKS"].flatMap { Int($0) }
        var markChanges = 0
        let start = ContinuousClock.now
        func seconds() -> Double {
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        while true {
            terminal.draw(Screen.render(state))
            let event = terminal.readEvent(timeout: .milliseconds(indexer.isRunning ? 100 : 500))
            var actions: [Action] = [.tick(seconds())] + indexer.drain()
            if let event, let action = Keymap.action(for: event, in: state) { actions.append(action) }
            var pending = actions.flatMap { reduce(&state, $0) }
            while !pending.isEmpty {
                switch pending.removeFirst() {
                case .quit:
                    return
                case .suspend:
                    terminal.suspend()
                    raise(SIGTSTP)
                    terminal.resume()
                case .loadRawText(let id, let path):
                    let lines: [String]
                    switch loader.rawBytes(path) {
                    case .success(let bytes): lines = TextDecoding.decode(bytes).lines
                    case .failure(let problem): lines = [problem.description]
                    }
                    pending += reduce(&state, .rawTextLoaded(id, lines))
                case .mark(let change):
                    pending += commit(&state, store) { () throws(MarkStoreError) in try store.apply(change).change.description }
                    markChanges += 1
                    if markChanges == fatalAfter { fatalError("DOSSIER_FATAL_AFTER_MARKS=\(markChanges): the crash tests' forced fatal error") }
                case .undoMark:
                    pending += commit(&state, store) { () throws(MarkStoreError) in try store.undo().map { "Undone: \($0.change)" } ?? "Nothing to undo" }
                case .redoMark:
                    pending += commit(&state, store) { () throws(MarkStoreError) in try store.redo().map { "Redone: \($0.change)" } ?? "Nothing to redo" }
                }
            }
        }
    }

    /// Runs a store operation, then hands the committed article and entity marks (or the failure) back to the state.
    private static func commit(_ state: inout AppState, _ store: MarkStore, _ operation: () throws(MarkStoreError) -> String) -> [Effect] {
        do {
            let message = try operation()
            return reduce(&state, .marksChanged(try store.allArticleMarks(), entities: try store.allEntityMarks(), message: message))
        } catch {
            return reduce(&state, .marksChanged(state.marks, message: "Not saved: \(error)"))
        }
    }

    /// The status bar's name for what was opened: the folder or file name, or a count of paths.
    static func collectionName(_ paths: [String]) -> String {
        guard paths.count == 1, let only = paths.first else { return "\(paths.count) paths" }
        let name = URL(fileURLWithPath: only).standardizedFileURL.lastPathComponent
        return name.isEmpty ? only : name
    }
}
