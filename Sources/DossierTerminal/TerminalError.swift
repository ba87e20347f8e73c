/// Why the ncurses terminal could not start.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// `/dev/tty` could not be opened: not running in a terminal.
    case noTerminal(reason: String)
    /// ncurses does not know the terminal type.
    case unknownTerminalType(String)
    /// Another ncurses terminal is already active in this process.
    case alreadyActive

    public var description: String {
        switch self {
        case .noTerminal(let reason): return "/dev/tty: cannot open the terminal (\(reason))"
        case .unknownTerminalType(let type): return "TERM=\(type): unknown terminal type"
        case .alreadyActive: return "a terminal session is already active"
        }
    }
}
