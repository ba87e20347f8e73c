import DossierCore
@testable import DossierUI
import Testing

/// The layout keys, the reading measure and the list's title-first rows.
@Suite struct LayoutKeyTests {
    @Test func theDateOrderIsNewestFirstTiesByTitleUndatedLast() {
        let rows: [(String, String?)] = [("Beta", "2024-01-02"), ("Undated B", nil), ("Gamma", "2024-03-01"), ("Alpha", "2024-01-02"),
                                         ("Undated A", nil), ("Delta", "2023-12-31T23:00:00Z")]
        let summaries = rows.enumerated().map { index, row in
            ArticleSummary(id: ArticleID(rawValue: String(format: "%016x", index)), path: "\(index).txt", title: row.0, date: row.1, credit: nil, publisher: nil)
        }
        let library = Library(name: "dates", summaries: summaries, baseEntities: [], index: EntityIndex(entities: [], articleOrder: summaries.map(\.id)))
        #expect(library.sorted(by: .date).compactMap { library.summary($0)?.title } == ["Gamma", "Alpha", "Beta", "Delta", "Undated A", "Undated B"])
    }

    @Test func wCyclesTheArrangementAndZKeepsOnlyTheFocusedPane() {
        var state = FixtureLibrary.state(120, 40)
        press(&state, .enter)
        #expect(state.layout.panes.map(\.pane) == [.list, .reader, .sidebar])
        press(&state, .character("w"))
        #expect(state.layout.panes.map(\.pane) == [.list, .reader])
        #expect(state.message == "Layout: list and reader")
        press(&state, .character("w"))
        #expect(state.layout.panes.map(\.pane) == [.reader])
        press(&state, .character("w"), .character("Z"))
        #expect(state.layout.panes.map(\.pane) == [.reader] && state.layout.rect(for: .reader)?.width == 120)
        press(&state, .tab)
        #expect(state.layout.panes.map(\.pane) == [.sidebar], "the zoom follows the focus")
        press(&state, .character("Z"))
        #expect(state.layout.panes.count == 3)
    }

    @Test func linesOfTextStayWithinTheMeasure() {
        var state = AppState(library: FixtureLibrary.make(), size: Size(width: 200, height: 60), layoutSettings: LayoutSettings(measure: 50))
        press(&state, .enter, .character("Z"))
        #expect(state.readerWidth == 200)
        let widths = state.document.lines.map { $0.map(\.text.displayWidth).reduce(0, +) }
        #expect(widths.max()! <= 51, "one column of margin and 50 of text")
        #expect(widths.max()! > 40)
    }

    @Test func listRowsAreTitleFirstWithColumnsOnlyWhenThereIsRoom() {
        let wide = Screen.render(FixtureLibrary.state(120, 40)).lines()
        let row = wide.first { $0.contains("Acme Corp wins Springfield harbour contract") }!
        #expect(row.hasPrefix("●  Acme Corp wins"), "the title comes first")
        #expect(row.contains("2024-03-02"), "a date column where there is room")
        let narrow = Screen.render(FixtureLibrary.state(50, 20)).lines()
        #expect(!narrow.contains { $0.contains("2024-03-02") }, "no columns when the title would lose its room")
        // Without any dated article, no date column at all.
        let undated = Library(name: "x", summaries: FixtureLibrary.make().summaries.map { var summary = $0; summary.date = nil; return summary },
                              baseEntities: [], index: EntityIndex(entities: [], articleOrder: []))
        #expect(!undated.hasDates)
        #expect(ArticleListView.Columns(width: 120, library: undated).date == 0)
    }
}
