/// A horizontal run of cells that changed between two frames: what a terminal must redraw.
public struct CellRun: Hashable, Sendable {
    /// Where the run starts; never on a continuation cell.
    public let origin: Point
    /// The new cells, left to right; a wide character's continuation cell is always included.
    public let cells: [Cell]
}

extension Grid {
    /// The runs of cells that differ from `previous`, row by row; every cell when there is no
    /// previous frame or its size differs. A run never splits a wide character from its
    /// continuation cell, so backends can draw runs as they come.
    public func changedRuns(since previous: Grid?) -> [CellRun] {
        let redrawAll = previous?.size != size
        var runs: [CellRun] = []
        for y in 0..<height {
            let row = y * width
            var x = 0
            while x < width {
                guard redrawAll || cells[row + x] != previous!.cells[row + x] else {
                    x += 1
                    continue
                }
                var start = x
                if cells[row + start].isContinuation, start > 0 { start -= 1 }
                var end = x + 1
                while end < width, redrawAll || cells[row + end] != previous!.cells[row + end]
                    || cells[row + end].isContinuation {
                    end += 1
                }
                runs.append(CellRun(origin: Point(x: start, y: y), cells: Array(cells[(row + start)..<(row + end)])))
                x = end
            }
        }
        return runs
    }
}
