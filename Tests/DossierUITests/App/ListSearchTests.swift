import DossierCore
@testable import DossierUI
import Testing

/// `/` in the article list: a full-text search of the whole collection, listed in rank order until Esc.
@Suite struct ListSearchTests {

    private func titles(_ state: AppState) -> [String] {
        state.listOrder.map { state.library.summary($0)?.title ?? "" }
    }

    @Test func slashInTheListSearchesTheCollectionAndEscReturns() {
        var state = FixtureLibrary.state()
        let everything = state.listOrder
        press(&state, .character("/"))
        #expect(state.prompt?.purpose == .listSearch)
        #expect(Screen.render(state).lines().last!.hasPrefix("search all: "))
        type(&state, "harbour")
        press(&state, .enter)
        #expect(state.listSearch?.text == "harbour")
        // The in-memory scan ranks in collection order (files by name): harbour.txt, then protest.txt.
        #expect(titles(state) == ["Acme Corp wins Springfield harbour contract", "Residents protest harbour plan"])
        #expect(state.list.selectedIndex == 0)
        let screen = Screen.render(state).lines()
        #expect(screen.last!.contains("2 articles match “harbour” (Esc)"))
        #expect(screen[0].contains("Acme Corp wins"))
        #expect(screen[1].contains("Residents prote"))
        #expect(!Screen.render(state).text.contains("City budget"))

        press(&state, .escape)
        #expect(state.listSearch == nil)
        #expect(state.listOrder == everything)
        #expect(!Screen.render(state).lines().last!.contains("match"))
    }

    @Test func searchSyntaxReachesTheScan() {
        var state = FixtureLibrary.state()
        press(&state, .character("/"))
        type(&state, "council -mayor")
        press(&state, .enter)
        #expect(titles(state) == ["City budget passes after long night"])
        press(&state, .character("/"))
        #expect(state.prompt?.text == "council -mayor", "the prompt starts from the current search")
        for _ in 0..<"council -mayor".count { press(&state, .backspace) }
        type(&state, "resid* OR \"long night\"")
        press(&state, .enter)
        #expect(titles(state) == ["City budget passes after long night", "Residents protest harbour plan"])
        #expect(Screen.render(state).lines().last!.contains("2 articles match “resid* OR \"long night\"”"))
    }

    @Test func aBadSearchSaysWhyAndKeepsTheList() {
        var state = FixtureLibrary.state()
        let before = state.listOrder
        press(&state, .character("/"))
        type(&state, "\"unclosed")
        press(&state, .enter)
        #expect(state.listSearch == nil)
        #expect(state.listOrder == before)
        #expect(state.message == "Search not run: \(SearchQueryError.unclosedQuote.description)")
        #expect(Screen.render(state).lines().last!.contains("a quoted phrase is not closed"))
    }

    @Test func noMatchSaysSoInTheList() {
        var state = FixtureLibrary.state(80, 12)
        press(&state, .character("/"))
        type(&state, "zeppelin")
        press(&state, .enter)
        #expect(state.listOrder.isEmpty)
        let screen = Screen.render(state).lines()
        #expect(screen[0].contains("No article matches"))
        #expect(screen.last!.contains("0 articles match “zeppelin”"))
        press(&state, .enter, .character("j"))
        #expect(state.reader.page == nil)
    }

    @Test func anEmptySearchReturnsToTheList() {
        var state = FixtureLibrary.state()
        press(&state, .character("/"))
        type(&state, "budget")
        press(&state, .enter)
        #expect(state.listOrder.count == 1)
        press(&state, .character("/"))
        for _ in 0..<"budget".count { press(&state, .backspace) }
        press(&state, .character(" "), .enter)
        #expect(state.listSearch == nil)
        #expect(state.listOrder.count == 3)
    }

    @Test func slashInTheReaderStillSearchesThePane() {
        var state = FixtureLibrary.state()
        press(&state, .enter, .character("/"))
        #expect(state.prompt?.purpose == .search)
        type(&state, "council")
        press(&state, .enter)
        #expect(state.search == "council")
        #expect(state.listSearch == nil)
        #expect(state.listOrder.count == 3)
    }

    @Test func openingAHitAndComingBackKeepsTheSearch() {
        var state = FixtureLibrary.state()
        press(&state, .character("/"))
        type(&state, "harbour")
        press(&state, .enter, .character("j"), .enter)
        #expect(state.reader.page == .article(state.listOrder[1]))
        press(&state, .character("q"))
        #expect(state.focus == .list)
        #expect(state.listSearch?.text == "harbour")
        #expect(state.list.selectedIndex == 1)
    }

    @Test func theSearchIsRunAgainOnTheUpdatedLibrary() {
        var state = AppState(library: FixtureLibrary.make(files: ["budget.txt", "harbour.txt"]), size: Size(width: 120, height: 40))
        press(&state, .character("/"))
        type(&state, "harbour")
        press(&state, .enter)
        #expect(state.listOrder.count == 1)
        send(&state, .libraryUpdated(LibraryUpdate(library: FixtureLibrary.make(), problemCount: 0)))
        #expect(titles(state) == ["Acme Corp wins Springfield harbour contract", "Residents protest harbour plan"])
    }
}
