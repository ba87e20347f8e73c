import DossierUI
import Testing

@Suite struct PaneLayoutTests {
    @Test func wideTerminalShowsThreePanesWithTheReaderWidest() {
        let layout = PaneLayout(size: Size(width: 120, height: 40), focus: .list)
        #expect(layout.panes.map(\.pane) == [.list, .reader, .sidebar])
        #expect(layout.rect(for: .list) == Rect(x: 0, y: 0, width: 36, height: 39))
        #expect(layout.rect(for: .reader) == Rect(x: 37, y: 0, width: 62, height: 39))
        #expect(layout.rect(for: .sidebar) == Rect(x: 100, y: 0, width: 20, height: 39))
        #expect(layout.separators == [Rect(x: 36, y: 0, width: 1, height: 39), Rect(x: 99, y: 0, width: 1, height: 39)])
        #expect(layout.status == Rect(x: 0, y: 39, width: 120, height: 1))
    }

    @Test func aReaderWiderThanTheMeasureGivesTheRestToTheList() {
        let layout = PaneLayout(size: Size(width: 200, height: 60), focus: .reader)
        #expect(layout.rect(for: .reader)?.width == 84, "80 columns of text, margins and a little air")
        #expect(layout.rect(for: .list)?.width == 200 - 84 - 32 - 2)
        let narrow = PaneLayout(size: Size(width: 200, height: 60), focus: .reader, settings: LayoutSettings(listWidth: 40, measure: 60))
        #expect(narrow.rect(for: .reader)?.width == 64)
        #expect(narrow.rect(for: .list)?.width == 200 - 64 - 32 - 2)
    }

    @Test func beforeAPageIsOpenTheListHasTheReadersRoom() {
        let layout = PaneLayout(size: Size(width: 120, height: 40), focus: .list, reading: false)
        #expect(layout.panes.map(\.pane) == [.list, .sidebar])
        #expect(layout.rect(for: .list)?.width == 99)
    }

    @Test func arrangementsAndZoom() {
        let size = Size(width: 120, height: 40)
        #expect(PaneLayout(size: size, focus: .reader, arrangement: .listAndReader).panes.map(\.pane) == [.list, .reader])
        #expect(PaneLayout(size: size, focus: .sidebar, arrangement: .listAndReader).panes.map(\.pane) == [.reader, .sidebar])
        #expect(PaneLayout(size: size, focus: .sidebar, arrangement: .single).panes == [PanePlacement(pane: .sidebar, rect: Rect(x: 0, y: 0, width: 120, height: 39))])
        #expect(PaneLayout(size: size, focus: .list, zoomed: true).panes.map(\.pane) == [.list])
        #expect(Arrangement.panes.next == .listAndReader && Arrangement.single.next == .panes)
    }

    @Test(arguments: [(Pane.list, [Pane.list, .reader]), (.reader, [.list, .reader]), (.sidebar, [.reader, .sidebar])])
    func mediumTerminalShowsTheFocusedPaneBesideTheReader(focus: Pane, shown: [Pane]) {
        let layout = PaneLayout(size: Size(width: 80, height: 24), focus: focus)
        #expect(layout.panes.map(\.pane) == shown)
        let side = layout.panes.first { $0.pane != .reader }!.rect
        #expect(side.width == 26)
        #expect(layout.rect(for: .reader)?.width == 53)
        #expect(layout.status == Rect(x: 0, y: 23, width: 80, height: 1))
    }

    @Test(arguments: Pane.allCases)
    func narrowTerminalShowsOnlyTheFocusedPane(focus: Pane) {
        let layout = PaneLayout(size: Size(width: 50, height: 20), focus: focus)
        #expect(layout.panes == [PanePlacement(pane: focus, rect: Rect(x: 0, y: 0, width: 50, height: 19))])
        #expect(layout.separators.isEmpty)
        #expect(layout.status == Rect(x: 0, y: 19, width: 50, height: 1))
    }

    @Test func oneCellTerminalKeepsOnlyTheStatusBar() {
        let layout = PaneLayout(size: Size(width: 1, height: 1), focus: .reader)
        #expect(layout.status == Rect(x: 0, y: 0, width: 1, height: 1))
        #expect(layout.rect(for: .reader)?.isEmpty == true)
    }

    @Test func clickFindsThePane() {
        let layout = PaneLayout(size: Size(width: 120, height: 40), focus: .list)
        #expect(layout.pane(at: Point(x: 5, y: 5)) == .list)
        #expect(layout.pane(at: Point(x: 36, y: 5)) == nil)
        #expect(layout.pane(at: Point(x: 119, y: 0)) == .sidebar)
        #expect(layout.pane(at: Point(x: 50, y: 39)) == nil)
    }

    @Test(arguments: [0, 1, 2, 5, 24])
    func everySizeGivesDisjointRectanglesInsideTheTerminal(height: Int) {
        for width in 0...160 {
            for focus in Pane.allCases {
                let size = Size(width: width, height: height)
                let layout = PaneLayout(size: size, focus: focus)
                #expect(layout.rect(for: .reader).map { $0.width <= 84 || layout.panes.count == 1 } ?? true, "the reader is capped by the measure")
                let rects = layout.panes.map(\.rect) + layout.separators + [layout.status]
                let bounds = Rect(size: size)
                for rect in rects where !rect.isEmpty {
                    #expect(rect.intersection(bounds) == rect, "\(size) \(rect)")
                }
                for (i, a) in rects.enumerated() {
                    for b in rects[(i + 1)...] { #expect(a.intersection(b).isEmpty, "\(size) \(a) \(b)") }
                }
                #expect(layout.rect(for: focus) != nil)
                if width >= 60 { #expect(layout.rect(for: .reader) != nil) }
                if width >= 100, width < 160 {
                    let reader = layout.rect(for: .reader)!.width
                    #expect(layout.panes.allSatisfy { $0.rect.width <= reader })
                }
                let covered = layout.panes.map(\.rect.width).reduce(0, +) + layout.separators.count
                #expect(covered == width, "\(size)")
            }
        }
    }
}
