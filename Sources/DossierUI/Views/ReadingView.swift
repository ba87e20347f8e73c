import DossierText

/// The reading view: the document's lines from the scroll position, the selected target and search matches
/// marked.
struct ReadingView: PaneView {
    let state: AppState
    let document: ReadingDocument

    func render(into grid: inout Grid, area: Rect) {
        let theme = state.theme
        let first = state.reader.scroll
        for row in 0..<area.height {
            let line = first + row
            guard document.lines.indices.contains(line) else { break }
            let rowRect = area.row(row)
            var x = rowRect.x
            for span in document.lines[line] {
                x = grid.put(span.text, at: Point(x: x, y: rowRect.y), style: span.style, clip: rowRect)
            }
            if let pattern = state.search, state.focus == .reader {
                for columns in pattern.columns(in: document.text(ofLine: line)) {
                    grid.restyle(Rect(x: rowRect.x + columns.lowerBound, y: rowRect.y, width: columns.count, height: 1).intersection(rowRect)) {
                        $0 = theme.searchMatch
                    }
                }
            }
        }
        if let index = state.reader.target, document.targets.indices.contains(index) {
            let target = document.targets[index]
            let row = target.line - first
            if row >= 0, row < area.height {
                let rect = Rect(x: area.x + target.columns.lowerBound, y: area.y + row, width: target.columns.count, height: 1)
                grid.restyle(rect.intersection(area)) { $0.attributes.formUnion(theme.target.attributes) }
            }
        }
    }
}
