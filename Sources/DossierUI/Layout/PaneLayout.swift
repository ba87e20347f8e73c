/// The three panes of the reader.
public enum Pane: Hashable, Sendable, CaseIterable {
    case list, reader, sidebar
}

/// Where each pane, the separators between them and the status bar go for a terminal size.
///
/// - 100 columns and more: list, reader and sidebar side by side; the reader gets what the list
///   (a quarter, 24–40 columns) and the sidebar (a fifth, 20–32 columns) leave, so it is widest.
/// - 60–99 columns: two panes, the reader and the focused pane; when the reader itself has the
///   focus, the list accompanies it. The side pane takes about a third (20–30 columns).
/// - below 60 columns: only the focused pane.
///
/// The status bar is always the bottom row; panes share the rows above it and are separated by
/// one-column vertical rules. Any size, down to 0×0, gives rectangles inside the terminal.
public struct PaneLayout: Hashable, Sendable {
    /// The visible panes, left to right, with their rectangles.
    public let panes: [PanePlacement]
    /// One-column rectangles between adjacent panes, for vertical rules.
    public let separators: [Rect]
    /// The bottom row (empty on a 0-row terminal).
    public let status: Rect

    /// Lays out a terminal of `size` with `focus` on the given pane.
    public init(size: Size, focus: Pane) {
        let statusHeight = min(1, size.height)
        status = Rect(x: 0, y: size.height - statusHeight, width: size.width, height: statusHeight)
        let height = size.height - statusHeight
        let shown: [Pane]
        switch size.width {
        case 100...: shown = [.list, .reader, .sidebar]
        case 60..<100: shown = focus == .sidebar ? [.reader, .sidebar] : [.list, .reader]
        default: shown = [focus]
        }
        let widths = Self.widths(of: shown, total: size.width)
        var x = 0
        var panes: [PanePlacement] = []
        var separators: [Rect] = []
        for (index, pane) in shown.enumerated() {
            if index > 0 {
                separators.append(Rect(x: x, y: 0, width: 1, height: height))
                x += 1
            }
            panes.append(PanePlacement(pane: pane, rect: Rect(x: x, y: 0, width: widths[index], height: height)))
            x += widths[index]
        }
        self.panes = panes
        self.separators = separators
    }

    /// The rectangle of `pane`, or nil when it is not shown at this size.
    public func rect(for pane: Pane) -> Rect? {
        panes.first { $0.pane == pane }?.rect
    }

    /// Which pane, if any, contains `point` (for mouse clicks).
    public func pane(at point: Point) -> Pane? {
        panes.first { $0.rect.contains(point) }?.pane
    }

    /// Column widths for `shown` panes, leaving one column per separator.
    private static func widths(of shown: [Pane], total: Int) -> [Int] {
        let available = total - (shown.count - 1)
        switch shown.count {
        case 3:
            let list = min(max(total / 4, 24), 40)
            let sidebar = min(max(total / 5, 20), 32)
            return [list, available - list - sidebar, sidebar]
        case 2:
            let side = min(max(total / 3, 20), 30)
            return shown[0] == .reader ? [available - side, side] : [side, available - side]
        default:
            return [total]
        }
    }
}

/// A pane and the rectangle it occupies.
public struct PanePlacement: Hashable, Sendable {
    public let pane: Pane
    public let rect: Rect

    public init(pane: Pane, rect: Rect) {
        self.pane = pane
        self.rect = rect
    }
}
