import DossierText
import DossierUI
import Testing

@Suite struct GridTests {
    /// Each row with trailing spaces removed, for compact expectations.
    static func rows(_ grid: Grid) -> [String] {
        grid.lines().map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    /// Every continuation cell follows a two-column character and vice versa. (Each character's width is measured
    /// once per grid, and an ASCII one is never two columns: the hostile suite checks every frame it draws.)
    static func wideCharactersAreWhole(_ grid: Grid) -> Bool {
        var widths: [Character: Int] = [:]
        func isWide(_ cell: Cell) -> Bool {
            guard !cell.isContinuation, !cell.character.isASCII else { return false }
            if let width = widths[cell.character] { return width == 2 }
            let width = String(cell.character).displayWidth
            widths[cell.character] = width
            return width == 2
        }
        let cells = grid.cells
        for y in 0..<grid.height {
            let row = y * grid.width
            for x in 0..<grid.width {
                let cell = cells[row + x]
                if cell.isContinuation, x == 0 || !isWide(cells[row + x - 1]) { return false }
                if isWide(cell), x + 1 >= grid.width || !cells[row + x + 1].isContinuation { return false }
            }
        }
        return true
    }

    @Test(arguments: [
        ("plain", 5),
        ("e\u{301}te\u{301}", 3),
        ("漢字", 4),
        ("Ａ", 2),
        ("ｱ", 1),
        ("한국어", 6),
        ("\u{1100}\u{1161}\u{11A8}", 2),
        ("😀", 2),
        ("👩\u{200D}👩\u{200D}👧", 2),
        ("🇫🇷", 2),
        ("👍🏽", 2),
        ("☀\u{FE0F}", 2),
        ("☀", 1),
        ("1\u{FE0F}\u{20E3}", 2),
        ("שלום", 4),
        ("שָׁלוֹם", 4),
        ("مرحبا", 5),
        ("a\u{200B}b", 2),
        ("a\u{200D}b", 2),
        ("\u{301}", 1),
        ("\u{FEFF}x\u{AD}y", 2),
    ])
    func displayWidth(text: String, columns: Int) {
        #expect(text.displayWidth == columns)
        var grid = Grid(size: Size(width: 12, height: 1))
        #expect(grid.put(text, at: Point(x: 0, y: 0)) == columns)
    }

    @Test func narrowTextTakesOneCellPerCharacter() {
        var grid = Grid(size: Size(width: 8, height: 2))
        let end = grid.put("abc", at: Point(x: 2, y: 1))
        #expect(end == 5)
        #expect(grid.lines() == ["        ", "  abc   "])
    }

    @Test func wideCharacterTakesItsCellAndAContinuation() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("a漢b", at: Point(x: 0, y: 0))
        #expect(grid[1, 0].character == "漢")
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].character == "b")
        #expect(grid.lines() == ["a漢b  "])
    }

    @Test func mixedScriptsKeepTheirColumns() {
        var grid = Grid(size: Size(width: 20, height: 1))
        var x = grid.put("שלום ", at: Point(x: 0, y: 0))
        x = grid.put("漢😀", at: Point(x: x, y: 0))
        x = grid.put("e\u{301}|", at: Point(x: x, y: 0))
        #expect(x == 11)
        #expect(grid[10, 0].character == "|")
        #expect(grid[0, 0].character == "ש")
        #expect(Self.wideCharactersAreWhole(grid))
    }

    @Test func wideCharacterThatDoesNotFitTheLastColumnBecomesASpace() {
        var grid = Grid(size: Size(width: 5, height: 1))
        let end = grid.put("abcd漢", at: Point(x: 0, y: 0))
        #expect(end == 5)
        #expect(grid.lines() == ["abcd "])
        #expect(!grid[4, 0].isContinuation)
        #expect(Self.wideCharactersAreWhole(grid))
    }

    @Test func textIsClippedToTheRectangle() {
        var grid = Grid(size: Size(width: 10, height: 3))
        let clip = Rect(x: 2, y: 1, width: 4, height: 1)
        #expect(grid.put("hello world", at: Point(x: 2, y: 1), clip: clip) == 6)
        grid.put("outside", at: Point(x: 2, y: 0), clip: clip)
        grid.put("outside", at: Point(x: 2, y: 2), clip: clip)
        #expect(Self.rows(grid) == ["", "  hell", ""])
    }

    @Test func textStartingLeftOfTheClipIsScrolledOff() {
        var grid = Grid(size: Size(width: 8, height: 1))
        grid.put("abcdef", at: Point(x: 0, y: 0), clip: Rect(x: 2, y: 0, width: 3, height: 1))
        #expect(grid.lines() == ["  cde   "])
    }

    @Test func wideCharacterCutByTheLeftClipEdgeLeavesASpace() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.fill(grid.bounds, with: ".")
        grid.put("漢字", at: Point(x: 1, y: 0), clip: Rect(x: 2, y: 0, width: 4, height: 1))
        #expect(grid.lines() == [".. 字."])
        #expect(Self.wideCharactersAreWhole(grid))
    }

    @Test func textOutsideTheGridIsIgnored() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.put("abc", at: Point(x: -2, y: 0))
        grid.put("zzz", at: Point(x: 0, y: 5))
        grid.put("zzz", at: Point(x: 0, y: -1))
        #expect(grid.lines() == ["c  "])
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("漢字", at: Point(x: 0, y: 0))
        grid.put("x", at: Point(x: 1, y: 0))
        #expect(grid.lines() == [" x字"])
        grid.put("y", at: Point(x: 2, y: 0))
        #expect(grid.lines() == [" xy "])
        #expect(Self.wideCharactersAreWhole(grid))
        grid.put("漢", at: Point(x: 1, y: 0))
        #expect(grid.lines() == [" 漢 "])
        #expect(Self.wideCharactersAreWhole(grid))
    }

    @Test func tenThousandCombiningMarksStayOneBoundedCell() {
        let text = "a" + String(repeating: "\u{301}", count: 10_000) + "b"
        var grid = Grid(size: Size(width: 4, height: 1))
        #expect(grid.put(text, at: Point(x: 0, y: 0)) == 2)
        #expect(grid[0, 0].character.unicodeScalars.first == "a")
        #expect(grid[0, 0].character.unicodeScalars.count <= 32)
        #expect(grid[1, 0].character == "b")
    }

    @Test func fillSanitisesAndKeepsOneColumn() {
        var grid = Grid(size: Size(width: 3, height: 2))
        grid.fill(Rect(x: 1, y: 0, width: 5, height: 1), with: "\u{1B}", style: Style(foreground: .basic(.red)))
        grid.fill(Rect(x: 0, y: 1, width: 3, height: 1), with: "漢")
        #expect(grid.lines() == [" ␛␛", "   "])
        #expect(grid[1, 0].style.attributes.contains(.dim))
        #expect(grid[1, 0].style.foreground == .basic(.red))
    }

    @Test func restyleChangesStylesButNotCharacters() {
        var grid = Grid(size: Size(width: 4, height: 2))
        grid.put("abcd", at: Point(x: 0, y: 1))
        grid.restyle(Rect(x: 0, y: 1, width: 2, height: 9)) { $0.attributes.insert(.reverse) }
        #expect(grid.lines()[1] == "abcd")
        #expect(grid[1, 1].style.attributes == .reverse)
        #expect(grid[2, 1].style == .plain)
        #expect(grid[0, 0].style == .plain)
    }

    @Test func emptyGridsAcceptWritesSafely() {
        var grid = Grid(size: .zero)
        #expect(grid.put("abc", at: Point(x: 0, y: 0)) == 0)
        grid.fill(Rect(x: 0, y: 0, width: 5, height: 5))
        #expect(grid.lines().isEmpty)
    }
}
