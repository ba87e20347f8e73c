/// The three panes of the reader.
public enum Pane: Hashable, Sendable, CaseIterable {
    case list, reader, sidebar
}

/// Which panes the reader shows side by side; a key cycles through them.
public enum Arrangement: String, CaseIterable, Hashable, Sendable {
    /// As many as the width allows: three from 100 columns, two from 60, one below.
    case panes
    /// The list and the reader (the sidebar, when it has the focus, beside the reader).
    case listAndReader = "list-and-reader"
    /// The focused pane alone, the whole width.
    case single

    /// The arrangement in words, for the status bar.
    public var title: String {
        switch self {
        case .panes: "as many panes as fit"
        case .listAndReader: "list and reader"
        case .single: "one pane"
        }
    }

    /// The next arrangement, for the key that cycles them.
    public var next: Arrangement {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The layout the user chose (config file `[layout]`): the arrangement the reader starts in, the list's and
/// sidebar's columns (nil: a share of the terminal) and the reading measure, the widest a line of text is drawn.
public struct LayoutSettings: Hashable, Sendable {
    public var arrangement: Arrangement
    public var listWidth: Int?
    public var sidebarWidth: Int?
    public var measure: Int

    public init(arrangement: Arrangement = .panes, listWidth: Int? = nil, sidebarWidth: Int? = nil, measure: Int = 80) {
        self.arrangement = arrangement
        self.listWidth = listWidth
        self.sidebarWidth = sidebarWidth
        self.measure = measure
    }

    /// The layout the reader ships with.
    public static let standard = LayoutSettings()
}

/// Where each pane, the separators between them and the status bar go for a terminal size.
///
/// - 100 columns and more: list, reader and sidebar side by side; the list takes about three tenths
///   (28–60 columns), the sidebar a sixth (20–32 columns), the reader the rest.
/// - 60–99 columns: two panes, the reader and the focused pane; when the reader itself has the
///   focus, the list accompanies it. The side pane takes about a third (20–30 columns).
/// - below 60 columns: only the focused pane.
///
/// Before a page is open the list has the reader's room (there is nothing to read yet); a reader wider than the
/// reading measure gives what it cannot use to the list. A zoomed pane, or the single arrangement, shows the
/// focused pane alone. The status bar is always the bottom row; panes share the rows above it and are separated by
/// one-column vertical rules. Any size, down to 0×0, gives rectangles inside the terminal.
public struct PaneLayout: Hashable, Sendable {
    /// The visible panes, left to right, with their rectangles.
    public let panes: [PanePlacement]
    /// One-column rectangles between adjacent panes, for vertical rules.
    public let separators: [Rect]
    /// The bottom row (empty on a 0-row terminal).
    public let status: Rect

    /// Lays out a terminal of `size` with `focus` on the given pane.
    public init(size: Size, focus: Pane, arrangement: Arrangement = .panes, zoomed: Bool = false, reading: Bool = true,
                settings: LayoutSettings = .standard) {
        let statusHeight = min(1, size.height)
        status = Rect(x: 0, y: size.height - statusHeight, width: size.width, height: statusHeight)
        let height = size.height - statusHeight
        var shown: [Pane]
        switch (arrangement, size.width) {
        case (.single, _), (_, ..<60): shown = [focus]
        case (.panes, 100...): shown = [.list, .reader, .sidebar]
        default: shown = focus == .sidebar ? [.reader, .sidebar] : [.list, .reader]
        }
        if zoomed { shown = [focus] }
        if !reading, focus == .list { shown.removeAll { $0 == .reader } }
        let widths = Self.widths(of: shown, total: size.width, settings: settings)
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
    private static func widths(of shown: [Pane], total: Int, settings: LayoutSettings) -> [Int] {
        let available = max(0, total - (shown.count - 1))
        func share(_ pane: Pane, _ fraction: (Int) -> Int, _ range: ClosedRange<Int>) -> Int {
            let chosen = (pane == .list ? settings.listWidth : settings.sidebarWidth) ?? min(max(fraction(total), range.lowerBound), range.upperBound)
            return max(0, min(chosen, available / 2))
        }
        var widths: [Int]
        switch shown.count {
        case 3:
            let list = share(.list, { $0 * 3 / 10 }, 28...60)
            let sidebar = share(.sidebar, { $0 / 6 }, 20...32)
            widths = [list, available - list - sidebar, sidebar]
        case 2:
            // The reader, or without it the list, takes what the other pane leaves.
            let main = shown.contains(.reader) ? Pane.reader : .list
            let sideIndex = shown[0] == main ? 1 : 0
            let side = sideIndex == 1 && main == .list ? share(.sidebar, { $0 / 6 }, 20...32) : share(shown[sideIndex], { $0 / 3 }, 20...30)
            widths = sideIndex == 1 ? [available - side, side] : [side, available - side]
        default:
            return [total]
        }
        // A reader wider than the measure (with its margins and a little air) gives the rest to the list.
        if let reader = shown.firstIndex(of: .reader), reader > 0 {
            let surplus = widths[reader] - (settings.measure + 4)
            if surplus > 0 {
                widths[reader] -= surplus
                widths[reader - 1] += surplus
            }
        }
        return widths
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
