import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signal handling that hands the terminal back however the process ends or stops: on
/// SIGTERM, SIGHUP, SIGINT, SIGQUIT and fatal signals (Swift traps raise SIGILL or SIGTRAP) it
/// calls `endwin` and re-raises with the default action; on SIGTSTP it leaves curses mode,
/// stops, and repaints when continued; at `exit` it calls `endwin`.
enum TerminalRestoration {
    /// Signals that end the process.
    static let terminating: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Installs the handlers; returns the previous ones for ``uninstall(_:)``. Must run before
    /// `newterm`, so that ncurses keeps these instead of installing its own.
    static func install() -> [Int32: sigaction] {
        var previous: [Int32: sigaction] = [:]
        for signal in terminating { previous[signal] = setHandler(restoreAndReraise, for: signal) }
        previous[SIGTSTP] = setHandler(stopAndRepaint, for: SIGTSTP)
        _ = exitHook
        return previous
    }

    /// Registers `endwin` to run at `exit`, once per process.
    private static let exitHook: Void = {
        atexit { _ = endwin() }
    }()

    /// Puts back the handlers `install()` replaced.
    static func uninstall(_ previous: [Int32: sigaction]) {
        for (signal, var action) in previous { sigaction(signal, &action, nil) }
    }

    @discardableResult
    private static func setHandler(_ handler: @convention(c) (Int32) -> Void, for signal: Int32) -> sigaction {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        var previous = sigaction()
        sigaction(signal, &action, &previous)
        return previous
    }

    private static func setDefault(_ signal: Int32) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
    }

    private static func unblock(_ signal: Int32) {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    private static let restoreAndReraise: @convention(c) (Int32) -> Void = { signal in
        _ = endwin()
        TerminalRestoration.setDefault(signal)
        TerminalRestoration.unblock(signal)
        _ = raise(signal)
    }

    private static let stopAndRepaint: @convention(c) (Int32) -> Void = { signal in
        _ = endwin()
        TerminalRestoration.setDefault(SIGTSTP)
        TerminalRestoration.unblock(SIGTSTP)
        _ = raise(SIGTSTP)
        TerminalRestoration.setHandler(TerminalRestoration.stopAndRepaint, for: SIGTSTP)
        _ = refresh()
    }
}
