import DossierText
/// A rectangle of cells that views render into and terminals draw: the frame.
///
/// Text enters only through ``put(_:at:style:clip:)`` and ``fill(_:with:style:)``, which
/// sanitise it (see ``Glyphs``), so a grid never holds a control character. A wide character
/// always occupies its cell and a ``Cell/isContinuation`` cell to its right, even after
/// overwrites.
public struct Grid: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    /// A grid of `size` filled with blank cells.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at column `x`, row `y`; both must be inside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(bounds.contains(Point(x: x, y: y)), "cell (\(x),\(y)) outside \(size) grid")
        return cells[y * width + x]
    }

    /// Writes `text` on row `point.y` from column `point.x`, glyph by glyph, inside `clip`
    /// (default: the whole grid). Glyphs left of the clip are skipped as if scrolled off; a wide
    /// glyph cut by either clip edge leaves a space. Placeholders are drawn dim. Returns the
    /// column after the last glyph written (or the clip's right edge when the text was cut).
    @discardableResult
    public mutating func put(_ text: some StringProtocol, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard point.y >= area.minY, point.y < area.maxY else { return point.x }
        var x = point.x
        for glyph in Glyphs(text) {
            if x >= area.maxX { return area.maxX }
            let glyphStyle = glyph.isPlaceholder ? style.adding(.dim) : style
            let fits = x >= area.minX && x + glyph.width <= area.maxX
            if fits {
                set(glyph, x: x, y: point.y, style: glyphStyle)
            } else {
                for column in x..<(x + glyph.width) where column >= area.minX && column < area.maxX {
                    set(.space, x: column, y: point.y, style: glyphStyle)
                }
            }
            x += glyph.width
        }
        return min(x, area.maxX)
    }

    /// Fills `rect` (clipped to the grid) with `character` in `style`. A character that is not
    /// one column wide once sanitised is replaced by its first glyph's placeholder or a space.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        var glyph = Glyphs(String(character)).first { _ in true } ?? .space
        if glyph.width != 1 { glyph = .space }
        let glyphStyle = glyph.isPlaceholder ? style.adding(.dim) : style
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX { set(glyph, x: x, y: y, style: glyphStyle) }
        }
    }

    /// Changes the style of every cell in `rect` (clipped to the grid), keeping the characters:
    /// for highlighting a selected row or a focused pane.
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let area = rect.intersection(bounds)
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX { change(&cells[y * width + x].style) }
        }
    }

    /// Each row as a string, continuation cells omitted, trailing spaces kept.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for cell in cells[(y * width)..<((y + 1) * width)] where !cell.isContinuation {
                line.append(cell.character)
            }
            return line
        }
    }

    /// The rows joined by newlines, for tests and golden screens.
    public var text: String { lines().joined(separator: "\n") }

    /// Replaces the cell at `index` verbatim; only for mirroring frames (see ``RecordingTerminal``).
    mutating func replaceCell(at index: Int, with cell: Cell) {
        cells[index] = cell
    }

    /// Places one glyph, first clearing any wide character it would cut in half.
    private mutating func set(_ glyph: Glyph, x: Int, y: Int, style: Style) {
        let row = y * width
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = Cell(" ", style: cells[row + x - 1].style)
        }
        let end = x + glyph.width
        if end < width, cells[row + end].isContinuation {
            cells[row + end] = Cell(" ", style: cells[row + end].style)
        }
        cells[row + x] = Cell(glyph.character, style: style)
        if glyph.width == 2 {
            cells[row + x + 1] = Cell(" ", style: style, isContinuation: true)
        }
    }
}
