import Foundation

/// A detached tmux session on its own server socket, for driving the real `dossier` binary in a real terminal.
final class TmuxSession {
    let socket = "dossier-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let name = "reader"

    /// Starts `command` in a `width`×`height` window with `TERM=tmux-256color` and `LANG=C.UTF-8`.
    init(command: String, width: Int, height: Int, directory: URL) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                  "-c", directory.path, "env TERM=tmux-256color LANG=C.UTF-8 \(command)"])
        try tmux(["set-option", "-g", "escape-time", "0"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Runs tmux on this session's server and returns its output. It spawns and reaps the client itself: the
    /// first call starts the tmux server, which keeps whatever descriptors it inherits, so output goes to a file,
    /// and gets an empty signal mask and default signal handling.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The server outlives this call: it must not inherit signals the test thread blocks or ignores, or a
        // failed test could leave it running where `kill-server` and SIGTERM cannot reach it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ) == 0 else {
            throw TmuxError(arguments: arguments, status: -1)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw TmuxError(arguments: arguments, status: status) }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    struct TmuxError: Error, CustomStringConvertible {
        var arguments: [String], status: Int32
        var description: String { "tmux \(arguments.joined(separator: " ")) exited \(status)" }
    }

    /// Sends tmux key names (`Enter`, `BTab`, `q`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

    /// The visible screen with its colours and attributes as escape sequences.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

    /// Waits until the screen satisfies `condition`, up to `seconds`; returns the last screen.
    @discardableResult
    func waitFor(_ description: String, seconds: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = (try? screen()) ?? ""
            if condition(last) { return last }
            usleep(50_000)
        }
        throw WaitError(description: "timed out waiting for \(description); screen was:\n\(last)")
    }

    struct WaitError: Error, CustomStringConvertible { var description: String }

    /// Whether the session still exists.
    var isRunning: Bool { (try? tmux(["has-session", "-t", name])) != nil }
}
