/// A key the user pressed, independent of the terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    /// Control plus a letter, as the lowercase letter (`.control("d")` for Ctrl-D). Ctrl-H, -I,
    /// -J and -M arrive as ``backspace``, ``tab`` and ``enter``, as terminals send them.
    case control(Character)
    /// Function key F1–F63.
    case function(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
}

/// A mouse action at a cell.
public enum MouseEvent: Hashable, Sendable {
    case click(Point)
    case wheelUp(Point)
    case wheelDown(Point)
}

/// Anything the terminal reports to the app.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this size; the next frame must be drawn at it.
    case resize(Size)
}
