/// Why the ncurses terminal could not start.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    /// `/dev/tty` could not be opened: not running in a terminal.
    case noTerminal(reason: String)
    /// ncurses does not know the terminal type.
    case unknownTerminalType(String)
    /// The terminal type cannot move the cursor (`TERM=dumb`), which a full-screen reader needs.
    case cannotAddressCursor(String)
    /// Another ncurses terminal is already active in this process.
    case alreadyActive

    public var description: String {
        switch self {
        case .noTerminal(let reason): return "/dev/tty: cannot open the terminal (\(reason))"
        case .unknownTerminalType(let type): return type.isEmpty ? "TERM is not set: the reader needs a terminal type" : "TERM=\(type): unknown terminal type"
        case .cannotAddressCursor(let type): return "TERM=\(type): this terminal cannot move the cursor, which the reader needs; the commands (list, show, search, …) work without it"
        case .alreadyActive: return "a terminal session is already active"
        }
    }
}
