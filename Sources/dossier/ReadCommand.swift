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
    @Flag(help: "Draw without colour (as does a non-empty NO_COLOR).") var noColor = false

    func run() throws {
        let start = ContinuousClock.now
        let showProgress = isatty(STDERR_FILENO) != 0
        if showProgress { FileHandle.standardError.write(Data("Opening \(collection.paths.joined(separator: " "))…\r".utf8)) }
        let (articles, index) = try collection.loadIndexed()
        if showProgress, ContinuousClock.now - start > .milliseconds(300) {
            FileHandle.standardError.write(Data("Opened \(articles.count) articles in \(ContinuousClock.now - start)\n".utf8))
        }
        var environment = ProcessInfo.processInfo.environment
        if noColor { environment["NO_COLOR"] = "1" }
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal(environment: environment) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        defer { terminal.shutdown() }
        let library = Library(name: Self.collectionName(collection.paths), articles: articles, index: index)
        var state = AppState(library: library, size: terminal.size)
        Self.loop(&state, terminal: terminal)
    }

    /// Draws, reads an event, reduces, performs effects, until an effect says quit.
    static func loop(_ state: inout AppState, terminal: some Terminal) {
        while true {
            terminal.draw(Screen.render(state))
            guard let event = terminal.readEvent(timeout: nil), let action = Keymap.action(for: event, in: state) else { continue }
            var pending = reduce(&state, action)
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
                    switch RawFile.read(path, limit: CollectionLoader().maximumFileSize) {
                    case .success(let bytes): lines = TextDecoding.decode(bytes).lines
                    case .failure(let problem): lines = [problem.description]
                    }
                    pending += reduce(&state, .rawTextLoaded(id, lines))
                }
            }
        }
    }

    /// The status bar's name for what was opened: the folder or file name, or a count of paths.
    static func collectionName(_ paths: [String]) -> String {
        guard paths.count == 1, let only = paths.first else { return "\(paths.count) paths" }
        let name = URL(fileURLWithPath: only).standardizedFileURL.lastPathComponent
        return name.isEmpty ? only : name
    }
}
