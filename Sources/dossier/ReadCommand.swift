import ArgumentParser
import DossierApp
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

    /// Reads the config file (a bad one stops here, exit 2), opens at once, shows what the index already holds as soon as it is read, brings the index up to date in the
    /// background (progress in the status bar) and swaps in the updated collection; problems are printed after the
    /// reader exits.
    func run() throws {
        let config: ReaderConfig
        do {
            config = try ReaderConfig.load(path: ReaderConfig.path(environment: ProcessInfo.processInfo.environment),
                                           environment: ProcessInfo.processInfo.environment)
        } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode(2)
        }
        try database.requireNamedDatabase()
        let store = try database.open()
        let entityMarks = try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() }
        let articleMarks = try reportingStoreErrors { () throws(MarkStoreError) in try store.allArticleMarks() }
        let name = Self.collectionName(collection.roots)
        let analyser = try collection.analyser()
        let index: CollectionIndex
        do {
            do { index = try CollectionIndex(path: collection.indexPath) } catch where error.isUnavailableCache {
                Output.printError("dossier: warning: \(error); working without the cache this time")
                index = try CollectionIndex(path: try TemporaryIndex.make())
            }
        } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        let fatalAfter = ProcessInfo.processInfo.environment["DOSSIER_FATAL_AFTER_MARKS"].flatMap { Int($0) }
        var environment = ProcessInfo.processInfo.environment
        if noColor { environment["NO_COLOR"] = "1" }
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment) } catch {
            // No usable terminal is a matter of how the reader was started, as bad usage is.
            Output.printError("dossier: \(error)")
            throw ExitCode.validationFailure
        }
        var session = ReaderSession(collection: OpenCollection(name: name, articles: [], resolution: Resolution(), entityMarks: entityMarks),
                                    size: terminal.size, marks: articleMarks, theme: config.theme, bindings: config.bindings,
                                    layout: config.layout, store: store, savedFilters: SavedFilterFile(databasePath: database.path),
                                    history: PromptHistoryFile(databasePath: database.path)) { commits in
            // Hidden, for the crash tests (docs/reliability.md): with DOSSIER_FATAL_AFTER_MARKS=N the reader stops with
            // a fatal error right after committing the session's Nth mark change.
            if commits == fatalAfter { fatalError("DOSSIER_FATAL_AFTER_MARKS=\(commits): the crash tests' forced fatal error") }
        }
        session.send(.indexProgress(IndexProgress(done: 0, total: 0, analysed: 0, elapsed: 0)))
        let indexer = BackgroundIndexer(index: index, roots: collection.roots, analyser: analyser, name: name, entityMarks: entityMarks)
        ReaderLoop.run(&session, terminal: terminal, indexer: indexer, programs: config.programs)
        indexer.cancel()
        terminal.shutdown()
        for problem in indexer.problems { Output.printError(problem.description) }
    }

    /// The status bar's name for what was opened: the folder or file name, or a count of paths.
    static func collectionName(_ paths: [String]) -> String {
        guard paths.count == 1, let only = paths.first else { return "\(paths.count) paths" }
        let name = URL(fileURLWithPath: only).standardizedFileURL.lastPathComponent
        return name.isEmpty ? only : name
    }
}
