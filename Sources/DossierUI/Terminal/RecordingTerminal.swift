/// A terminal for tests: it plays back scripted input and records what a real terminal would
/// receive, as the ANSI bytes a minimal backend would write (cursor moves, SGR styles and UTF-8
/// glyphs) and as the resulting screen.
public final class RecordingTerminal: Terminal {
    public private(set) var size: Size
    /// How styles are reduced before output, as on a real terminal with these capabilities.
    public let colorSupport: ColorSupport
    /// Every byte written so far.
    public private(set) var output: [UInt8] = []
    /// What the screen shows now (styles already adapted to ``colorSupport``).
    public private(set) var screen: Grid
    /// Frames drawn so far.
    public private(set) var frameCount = 0
    /// Whether the terminal is suspended, and whether it was shut down.
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false

    private var events: [InputEvent]
    private var previous: Grid?

    /// A terminal of `size` that will report `events` in order.
    public init(size: Size, colorSupport: ColorSupport = .palette256, events: [InputEvent] = []) {
        self.size = size
        self.colorSupport = colorSupport
        self.events = events
        self.screen = Grid(size: size)
    }

    /// Queues `event` to be read after those already queued.
    public func enqueue(_ event: InputEvent) {
        events.append(event)
    }

    /// Changes the size as a window resize would, queueing the matching event.
    public func resize(to newSize: Size) {
        size = newSize
        events.append(.resize(newSize))
    }

    /// Writes the runs that changed since the last frame; a frame of another size than the
    /// terminal is drawn in its top-left corner, as far as it fits.
    public func draw(_ grid: Grid) {
        guard !isShutDown, !isSuspended else { return }
        if screen.size != size { screen = Grid(size: size) }
        var current: Style?
        for run in grid.changedRuns(since: previous) {
            guard run.origin.y < size.height else { continue }
            write("\u{1B}[\(run.origin.y + 1);\(run.origin.x + 1)H")
            var x = run.origin.x
            for cell in run.cells {
                defer { x += 1 }
                guard x < size.width else { break }
                let style = colorSupport.adapt(cell.style)
                screen.apply(Cell(cell.character, style: style, isContinuation: cell.isContinuation), at: Point(x: x, y: run.origin.y))
                if cell.isContinuation { continue }
                if style != current {
                    write(Self.sgr(style))
                    current = style
                }
                write(String(cell.character))
            }
        }
        previous = grid
        frameCount += 1
    }

    /// The next queued event; nil when none is left, whatever the timeout.
    public func readEvent(timeout: Duration?) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    public func suspend() {
        guard !isShutDown else { return }
        isSuspended = true
        write("\u{1B}[?1049l")
    }

    public func resume() {
        guard !isShutDown, isSuspended else { return }
        isSuspended = false
        write("\u{1B}[?1049h")
        guard let frame = previous else { return }
        previous = nil
        draw(frame)
    }

    public func shutdown() {
        guard !isShutDown else { return }
        if !isSuspended { write("\u{1B}[0m\u{1B}[?1049l") }
        isShutDown = true
    }

    private func write(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    /// The SGR sequence that sets exactly `style`.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributes: [(Attributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.reverse, "7")]
        for (attribute, code) in attributes where style.attributes.contains(attribute) { codes.append(code) }
        codes += colorCodes(style.foreground, base: 30)
        codes += colorCodes(style.background, base: 40)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCodes(_ color: Color, base: Int) -> [String] {
        switch color {
        case .default: return []
        case .basic(let basic, let bright): return [String((bright ? base + 60 : base) + Int(basic.rawValue))]
        case .palette(let index): return [String(base + 8), "5", String(index)]
        }
    }
}

extension Grid {
    /// Overwrites one cell as given, for mirroring a frame already known to be well formed.
    mutating func apply(_ cell: Cell, at point: Point) {
        replaceCell(at: point.y * width + point.x, with: cell)
    }
}
