import DossierUI
import Testing

@Suite struct RecordingTerminalTests {
    static func frame(_ rows: [String], width: Int) -> Grid {
        var grid = Grid(size: Size(width: width, height: rows.count))
        for (y, row) in rows.enumerated() { grid.put(row, at: Point(x: 0, y: y)) }
        return grid
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func secondDrawWritesOnlyChangedCells() {
        let terminal = RecordingTerminal(size: Size(width: 6, height: 2))
        terminal.draw(Self.frame(["abcdef", "ghijkl"], width: 6))
        #expect(terminal.screen.lines() == ["abcdef", "ghijkl"])
        let first = terminal.output.count
        terminal.draw(Self.frame(["abcdef", "ghijkl"], width: 6))
        #expect(terminal.output.count == first)
        terminal.draw(Self.frame(["abXdef", "ghijkl"], width: 6))
        #expect(Self.text(Array(terminal.output[first...])) == "\u{1B}[1;3H\u{1B}[0mX")
        #expect(terminal.screen.lines() == ["abXdef", "ghijkl"])
        #expect(terminal.frameCount == 3)
    }

    @Test func changingAWideCharacterRewritesBothColumns() {
        var before = Grid(size: Size(width: 4, height: 1))
        before.put("a漢", at: Point(x: 0, y: 0))
        var after = before
        after.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.attributes.insert(.bold) }
        let runs = after.changedRuns(since: before)
        #expect(runs.count == 1)
        #expect(runs.first?.origin == Point(x: 1, y: 0))
        #expect(runs.first?.cells.count == 2)
    }

    @Test func newSizeRedrawsEverything() {
        let terminal = RecordingTerminal(size: Size(width: 3, height: 1))
        terminal.draw(Self.frame(["abc"], width: 3))
        terminal.resize(to: Size(width: 4, height: 1))
        #expect(terminal.readEvent(timeout: nil) == .resize(Size(width: 4, height: 1)))
        let before = terminal.output.count
        terminal.draw(Self.frame(["abcd"], width: 4))
        #expect(Self.text(Array(terminal.output[before...])).hasSuffix("abcd"))
        #expect(terminal.screen.lines() == ["abcd"])
    }

    @Test func stylesAreWrittenAsSGR() {
        let terminal = RecordingTerminal(size: Size(width: 2, height: 1))
        var grid = Grid(size: Size(width: 2, height: 1))
        grid.put("x", at: Point(x: 0, y: 0), style: Style(foreground: .palette(196), background: .basic(.blue, bright: true), attributes: [.bold, .underline]))
        terminal.draw(grid)
        #expect(Self.text(terminal.output).contains("\u{1B}[0;1;4;38;5;196;104mx"))
    }

    @Test func monochromeShowsSelectionAsReverseVideo() {
        let terminal = RecordingTerminal(size: Size(width: 3, height: 1), colorSupport: .monochrome)
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.put("sel", at: Point(x: 0, y: 0), style: Style(foreground: .basic(.black), background: .basic(.cyan)))
        terminal.draw(grid)
        #expect(terminal.screen[0, 0].style == Style(attributes: .reverse))
    }

    @Test(arguments: [
        (ColorSupport.basic8, Color.palette(196), Style(foreground: .basic(.red), attributes: .bold)),
        (.basic16, .palette(196), Style(foreground: .basic(.red, bright: true))),
        (.basic16, .palette(2), Style(foreground: .basic(.green))),
        (.basic16, .palette(244), Style(foreground: .basic(.white))),
        (.palette256, .palette(196), Style(foreground: .palette(196))),
    ])
    func colorsAreReducedToWhatTheTerminalHas(support: ColorSupport, color: Color, expected: Style) {
        #expect(support.adapt(Style(foreground: color)) == expected)
    }

    @Test func scriptedEventsAreReadInOrder() {
        let terminal = RecordingTerminal(size: Size(width: 1, height: 1), events: [.key(.down), .key(.character("q"))])
        #expect(terminal.readEvent(timeout: .zero) == .key(.down))
        #expect(terminal.readEvent(timeout: .zero) == .key(.character("q")))
        #expect(terminal.readEvent(timeout: .zero) == nil)
    }

    @Test func suspendResumeAndShutdown() {
        let terminal = RecordingTerminal(size: Size(width: 2, height: 1))
        terminal.draw(Self.frame(["ab"], width: 2))
        terminal.suspend()
        let suspended = terminal.output.count
        terminal.draw(Self.frame(["zz"], width: 2))
        #expect(terminal.output.count == suspended)
        terminal.resume()
        #expect(Self.text(Array(terminal.output[suspended...])).hasSuffix("ab"))
        terminal.shutdown()
        let closed = terminal.output.count
        terminal.draw(Self.frame(["cd"], width: 2))
        terminal.shutdown()
        #expect(terminal.output.count == closed)
        #expect(terminal.isShutDown)
    }
}
