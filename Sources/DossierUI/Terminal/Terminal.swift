/// What the app needs from a terminal: its size, drawing frames, reading input, and handing
/// the terminal back. Implemented by the ncurses backend and by ``RecordingTerminal`` for tests.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }

    /// Shows `grid`, writing only the cells that differ from the previous frame.
    func draw(_ grid: Grid)

    /// The next input event, waiting at most `timeout` (nil: until one arrives); nil on timeout.
    func readEvent(timeout: Duration?) -> InputEvent?

    /// Gives the screen back to the shell (before stopping the process or running a program).
    func suspend()

    /// Takes the screen again after ``suspend()``, repainting the last frame.
    func resume()

    /// Restores the terminal for good. Further calls do nothing.
    func shutdown()
}
