import CNcursesw
import DossierUI
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncurses: draws frames by diffing them against the previous one,
/// reads keys, mouse and resizes, and restores the terminal on every way out (see
/// ``TerminalRestoration``). Only one may be active per process; it is not `Sendable`, so all
/// use stays in the isolation domain that created it.
public final class NcursesTerminal: Terminal {
    /// How colours are shown: decided from the terminal and the `NO_COLOR` variable.
    public let colorSupport: ColorSupport

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private let previousHandlers: [Int32: sigaction]
    private let decoder: KeyDecoder
    private let utf8: Bool
    private var palette: CursesPalette
    private var previous: Grid?
    private var isShutDown = false

    private static let isActive = Atomic<Bool>(false)

    /// Takes over the controlling terminal (`/dev/tty`) in full-screen mode.
    /// - Parameter environment: the process environment, for `TERM` and `NO_COLOR`.
    public init(environment: [String: String]) throws(TerminalError) {
        guard Self.isActive.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            throw .alreadyActive
        }
        setlocale(LC_ALL, "")
        utf8 = String(cString: nl_langinfo(Int32(CODESET))) == "UTF-8"
        guard let output = fopen("/dev/tty", "w"), let input = fopen("/dev/tty", "r") else {
            Self.isActive.store(false, ordering: .releasing)
            throw .noTerminal(reason: String(cString: strerror(errno)))
        }
        previousHandlers = TerminalRestoration.install()
        guard let screen = newterm(nil, output, input) else {
            TerminalRestoration.uninstall(previousHandlers)
            fclose(output)
            fclose(input)
            Self.isActive.store(false, ordering: .releasing)
            throw .unknownTerminalType(environment["TERM"] ?? "")
        }
        guard dossier_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            TerminalRestoration.uninstall(previousHandlers)
            fclose(output)
            fclose(input)
            Self.isActive.store(false, ordering: .releasing)
            throw .cannotAddressCursor(environment["TERM"] ?? "")
        }
        (self.screen, self.output, self.input) = (screen, output, input)
        window = dossier_stdscr()!
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        mouseinterval(0)
        mousemask(dossier_button1_pressed() | dossier_button4_pressed() | dossier_button5_pressed(), nil)
        palette = CursesPalette(noColor: !(environment["NO_COLOR"] ?? "").isEmpty)
        colorSupport = palette.support
        decoder = KeyDecoder(
            keyCodes: .init(
                up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT,
                pageUp: KEY_PPAGE, pageDown: KEY_NPAGE, home: KEY_HOME, end: KEY_END,
                enter: KEY_ENTER, backspace: KEY_BACKSPACE, delete: KEY_DC, insert: KEY_IC,
                backTab: KEY_BTAB, f0: KEY_F0),
            mouseMasks: .init(
                click: UInt(dossier_button1_pressed() | dossier_button1_clicked()),
                wheelUp: UInt(dossier_button4_pressed()), wheelDown: UInt(dossier_button5_pressed())))
    }

    deinit {
        shutdown()
    }

    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    public func draw(_ grid: Grid) {
        guard !isShutDown else { return }
        let limit = size
        for run in grid.changedRuns(since: previous) where run.origin.y < limit.height {
            var x = run.origin.x
            for (index, cell) in run.cells.enumerated() where !cell.isContinuation {
                defer { x = run.origin.x + index + 1 }
                x = run.origin.x + index
                guard x < limit.width else { break }
                let wide = index + 1 < run.cells.count && run.cells[index + 1].isContinuation
                if wide && x + 1 >= limit.width {
                    put(Cell(" ", style: cell.style), wide: false, x: x, y: run.origin.y)
                } else {
                    put(cell, wide: wide, x: x, y: run.origin.y)
                }
            }
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
    }

    public func readEvent(timeout: Duration?) -> InputEvent? {
        guard !isShutDown else { return nil }
        wtimeout(window, timeout.map(Self.milliseconds) ?? -1)
        while true {
            var character: wint_t = 0
            let raw: KeyDecoder.RawInput
            switch wget_wch(window, &character) {
            case OK:
                raw = .character(UInt32(character))
            case KEY_CODE_YES where Int32(character) == KEY_RESIZE:
                previous = nil
                dossier_clear_on_next_refresh()
                raw = .resize(size)
            case KEY_CODE_YES where Int32(character) == KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { continue }
                raw = .mouse(x: Int(event.x), y: Int(event.y), buttons: UInt(event.bstate))
            case KEY_CODE_YES:
                raw = .keyCode(Int32(character))
            default:
                return nil
            }
            if let event = decoder.decode(raw) { return event }
        }
    }

    public func suspend() {
        guard !isShutDown else { return }
        endwin()
    }

    public func resume() {
        guard !isShutDown else { return }
        dossier_clear_on_next_refresh()
        refresh()
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
        TerminalRestoration.uninstall(previousHandlers)
        Self.isActive.store(false, ordering: .releasing)
    }

    /// Writes one cell. ncurses measures characters with the C library's `wcwidth`, which can
    /// disagree with the grid (emoji sequences, newer Unicode); the grid wins: a cluster the
    /// library would draw at another width is replaced, or padded with a space, so every
    /// later cell stays where the grid put it.
    private func put(_ cell: Cell, wide: Bool, x: Int, y: Int) {
        let (attributes, pair) = palette.resolve(colorSupport.adapt(cell.style))
        var characters = clusterCharacters(cell.character)
        let libraryWidth = Int(dossier_wcwidth(characters[0]))
        if !wide, libraryWidth != 1 { characters = [0xFFFD] }
        if wide, libraryWidth != 2 {
            if libraryWidth != 1 { characters = [0xFFFD] }
            write([0x20], attributes: attributes, pair: pair, x: x + 1, y: y)
        }
        write(characters, attributes: attributes, pair: pair, x: x, y: y)
    }

    /// The cluster as ncurses can hold it: the base and up to `CCHARW_MAX - 1` following
    /// zero-width characters other than ZWJ (a ZWJ sequence or flag keeps its first emoji); ASCII `?` in a non-UTF-8 locale.
    private func clusterCharacters(_ character: Character) -> [wchar_t] {
        let scalars = character.unicodeScalars
        guard utf8 else { return [character.isASCII ? wchar_t(scalars.first!.value) : 0x3F] }
        var characters = [wchar_t(scalars.first!.value)]
        for scalar in scalars.dropFirst() where scalar != "\u{200D}" {
            guard characters.count < Int(CCHARW_MAX), dossier_wcwidth(wchar_t(scalar.value)) == 0 else { break }
            characters.append(wchar_t(scalar.value))
        }
        return characters
    }

    private func write(_ characters: [wchar_t], attributes: attr_t, pair: Int16, x: Int, y: Int) {
        var cell = cchar_t()
        var terminated = characters + [0]
        setcchar(&cell, &terminated, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }
}
