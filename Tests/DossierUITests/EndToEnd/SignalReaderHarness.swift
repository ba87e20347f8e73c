import DossierCore
import Foundation

/// The real reader in tmux on a small generated collection, with its own marks database and index cache: the shell
/// that runs it survives Ctrl-C (as an interactive shell does) and afterwards prints the reader's exit status,
/// `stty -a` and `end-of-report`, so tests can see how the terminal was left.
final class ReaderHarness {
    let folder: ScratchFolder
    let database: String
    let session: TmuxSession

    /// Titles of the generated articles, in list order.
    static let titles = ["Alpha report on the harbour works", "Bravo report on the city budget", "Charlie report on the river bridge"]

    /// Starts the reader in a `width`×`height` window; `environment` is added to the reader's.
    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        folder = try ScratchFolder(label: "e2e")
        for (number, title) in Self.titles.enumerated() {
            let paragraphs = (1...40).map { "Paragraph \($0) of the \(title.split(separator: " ")[0]) piece says what the council decided and why." }
            try folder.write("articles/\(number).txt", ([title] + paragraphs).joined(separator: "\n\n") + "\n")
        }
        database = folder.path("marks.sqlite")
        let variables = ["XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data")].merging(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let script = "trap : INT; \(Products.dossier!.path) \(folder.path("articles")) --db \(database) --create; echo \"exit=$?\"; stty -a; echo end-of-report; sleep 60"
        session = try TmuxSession(command: "env \(assignments) sh -c '\(script)'", width: width, height: height, directory: URL(fileURLWithPath: folder.path))
    }

    /// Ends the session (and the reader, if it still runs) by destroying it: the tmux server inherits a test
    /// thread's signal mask, with SIGTERM blocked, so its own `kill-server` would leave it and the reader running.
    deinit { _ = try? session.tmux(["kill-session", "-t", session.name]) }

    /// The reader's process: the one whose command line names this harness's database.
    var pid: pid_t? {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = pid_t(entry), let arguments = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")) else { continue }
            let words = arguments.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            if words.first == Products.dossier!.path, words.contains(database) { return pid }
        }
        return nil
    }

    /// Waits for the reader's list.
    func waitForList() throws {
        try session.waitFor("the article list", seconds: 30) { screen in Self.titles.allSatisfy { screen.contains($0.prefix(8)) } }
    }

    /// Waits until the list row of article `index` shows a star.
    func waitForStar(on index: Int) throws {
        let title = Self.titles[index].prefix(8)
        try session.waitFor("the star on \(title)") { screen in
            screen.split(separator: "\n").contains { $0.contains(title) && $0.contains("★") }
        }
    }

    /// What the shell printed after the reader ended: its exit status and the terminal's modes.
    struct Aftermath {
        var exitStatus: Int?
        /// The words of `stty -a`.
        var modes: Set<String>
    }

    /// Waits for the reader to end and the shell to report.
    func aftermath() throws -> Aftermath {
        let screen = try session.waitFor("the exit status and stty -a", seconds: 20) { $0.contains("end-of-report") }
        let status = screen.split(separator: "\n").first { $0.hasPrefix("exit=") }.flatMap { Int($0.dropFirst(5)) }
        let modes = screen.split { $0.isWhitespace || $0 == ";" }.map(String.init)
        return Aftermath(exitStatus: status, modes: Set(modes))
    }

    /// The marks the database holds now.
    func marks() throws -> [ArticleID: ArticleMarks] {
        try MarkStore(path: database).allArticleMarks()
    }
}
