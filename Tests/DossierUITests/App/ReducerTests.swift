import DossierCore
@testable import DossierUI
import Testing

/// Every key of the reader, through the keymap and the reducer.
@Suite struct ReducerTests {
    @Test func listIsSortedNewestFirstWithUndatedLast() {
        let state = FixtureLibrary.state()
        let titles = state.listOrder.map { state.library.summary($0)!.title! }
        #expect(titles.first == "Acme Corp wins Springfield harbour contract")
        #expect(titles.count == 3)
    }

    @Test(arguments: [
        (Key.tab, Pane.reader), (.backTab, .sidebar), (.character("l"), .reader), (.right, .reader),
        (.character("h"), .list), (.left, .list),
    ])
    func focusKeys(key: Key, expected: Pane) {
        var state = FixtureLibrary.state()
        press(&state, key)
        #expect(state.focus == expected)
    }

    @Test func focusCyclesThroughAllPanes() {
        var state = FixtureLibrary.state()
        press(&state, .tab, .tab, .tab)
        #expect(state.focus == .list)
        press(&state, .backTab)
        #expect(state.focus == .sidebar)
    }

    @Test(arguments: [
        ([Key.character("j")], 1), ([.down, .down], 2), ([.character("G")], 2), ([.end, .character("k")], 1),
        ([.end, .up], 1), ([.end, .character("g")], 0), ([.end, .home], 0), ([.pageDown], 2), ([.pageDown, .pageUp], 0),
        ([.control("d")], 1), ([.control("d"), .control("d"), .control("u")], 1),
    ])
    func listMovement(keys: [Key], expected: Int) {
        var state = FixtureLibrary.state(120, 4)  // a list three rows high, so paging moves too
        for key in keys { press(&state, key) }
        #expect(state.list.selectedIndex == expected)
    }

    @Test func enterOpensTheSelectedArticleAndFocusesTheReader() {
        var state = FixtureLibrary.state()
        press(&state, .character("j"), .enter)
        #expect(state.openArticle?.id == state.listOrder[1])
        #expect(state.focus == .reader)
        #expect(state.back.count == 1)
    }

    @Test func readerScrollKeys() {
        var state = FixtureLibrary.state(120, 8)
        press(&state, .enter)
        let lines = state.document.lines.count
        #expect(lines > 8)
        press(&state, .character("j"))
        #expect(state.reader.scroll == 1)
        press(&state, .down, .character("k"), .up)
        #expect(state.reader.scroll == 0)
        press(&state, .character("G"))
        #expect(state.reader.scroll == lines - 7)
        press(&state, .character("g"))
        #expect(state.reader.scroll == 0)
        press(&state, .pageDown)
        #expect(state.reader.scroll == min(6, lines - 7))
        press(&state, .end, .home, .control("d"))
        #expect(state.reader.scroll == 3)
        press(&state, .control("u"), .pageUp)
        #expect(state.reader.scroll == 0)
    }

    @Test func mentionCursorAndFollowingAnEntity() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter, .character("n"))
        let first = try #require(state.reader.target)
        let target = state.document.targets[first]
        #expect(target.mention != nil)
        press(&state, .character("n"), .character("]"))
        #expect(state.reader.target == first + 2)
        press(&state, .character("N"), .character("["))
        #expect(state.reader.target == first)
        press(&state, .enter)
        guard case .entity(let id)? = state.reader.page else { Issue.record("no entity page"); return }
        #expect(state.library.index.entity(id)?.canonicalName == "Acme Corp")
        #expect(state.back.count == 2)
    }

    @Test func entityPageLinksOpenTheOtherArticleAtTheMentionAndBackReturns() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let firstArticle = try #require(state.openArticle?.id)
        press(&state, .character("n"), .enter)  // Acme Corp's entity page
        // Step to a sentence link of another article and follow it.
        var guardCount = 0
        while guardCount < 50 {
            press(&state, .character("n"))
            let target = state.document.targets[state.reader.target!]
            if case .openArticle(let id, let mention?) = target.action, id != firstArticle, target.mention == mention { break }
            guardCount += 1
        }
        let entityPage = state.reader
        press(&state, .enter)
        let other = try #require(state.openArticle)
        #expect(other.id != firstArticle)
        let landed = try #require(state.reader.target)
        #expect(state.document.targets[landed].mention?.article == other.id)
        press(&state, .backspace)
        #expect(state.reader == entityPage, "back restores the entity page and its position")
        press(&state, .character("L"))
        #expect(state.openArticle?.id == other.id)
        press(&state, .control("o"), .character("H"))
        #expect(state.openArticle?.id == firstArticle)
    }

    @Test func sidebarListsEntitiesByKindAndOpensThem() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter, .tab)
        #expect(state.focus == .sidebar)
        let rows = state.sidebarRows
        #expect(rows.first == .heading(.person))
        let index = try #require(state.sidebar.selectedIndex)
        #expect(rows[index].isSelectable, "the cursor skips kind headings")
        guard case .entity(let selected, _, _) = rows[index] else { return }
        #expect(state.highlightedEntity == selected.id)
        press(&state, .character("j"), .character("k"), .enter)
        #expect(state.openEntity?.id == selected.id)
    }

    @Test func sidebarCountsArticlesAcrossTheCollection() {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let counts = state.sidebarRows.compactMap { row -> (String, Int)? in
            if case .entity(let entity, let articles, _) = row { (entity.canonicalName, articles) } else { nil }
        }
        #expect(counts.contains { $0 == ("Springfield", 3) })
        #expect(counts.contains { $0 == ("Acme Corp", 2) })
    }

    @Test func searchStepsThroughMatchesAndEscCancels() throws {
        var state = FixtureLibrary.state(120, 10)
        press(&state, .enter, .character("/"))
        #expect(state.prompt != nil)
        for character in "counxx" { press(&state, .character(character)) }
        press(&state, .backspace, .backspace)
        for character in "cil" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(state.search == "council")
        let firstMatch = try #require(state.reader.searchLine)
        #expect(state.document.text(ofLine: firstMatch).contains("council"))
        press(&state, .character("n"))
        let secondMatch = try #require(state.reader.searchLine)
        #expect(secondMatch > firstMatch)
        #expect(state.document.text(ofLine: secondMatch).contains("council"))
        press(&state, .character("N"))
        #expect(state.reader.searchLine == firstMatch)
        press(&state, .escape)
        #expect(state.search == nil)
    }

    @Test func searchInTheSidebarSelectsMatchingNames() {
        var state = FixtureLibrary.state()
        press(&state, .enter, .tab, .character("/"), .character("f"), .character("i"), .character("e"), .enter)  // harbour.txt's sidebar
        #expect(state.search == "fie")
        guard let index = state.sidebar.selectedIndex, case .entity(let entity, _, _) = state.sidebarRows[index] else {
            Issue.record("no entity selected")
            return
        }
        #expect(entity.canonicalName == "Springfield")
    }

    @Test func quitKeys() {
        var state = FixtureLibrary.state()
        #expect(press(&state, .character("q")) == [.quit], "q at the top quits")
        press(&state, .enter)
        #expect(press(&state, .character("q")).isEmpty, "q after a jump goes back")
        #expect(state.reader.page == nil)
        #expect(press(&state, .character("Q")) == [.quit])
        #expect(press(&state, .control("z")) == [.suspend])
    }

    @Test func rawToggleAsksForTheFileAndShowsIt() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let article = try #require(state.openArticle)
        #expect(reduce(&state, .toggleRaw) == [.loadRawText(article.id, path: article.path)])
        send(&state, .rawTextLoaded(article.id, ["first raw line", "\u{1B}[2Jsecond"]))
        #expect(state.document.lines.contains { line in line.map(\.text).joined().contains("first raw line") })
        press(&state, .character("r"))
        #expect(!state.reader.raw)
    }

    @Test func furnitureFoldsAndUnfolds() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let folded = state.document.lines.count
        let fold = try #require(state.document.targets.firstIndex { if case .toggleFurniture = $0.action { true } else { false } })
        state.reader.target = fold
        press(&state, .enter)
        #expect(state.document.lines.count == folded + 1)
        press(&state, .character("z"))
        #expect(state.document.lines.count == folded)
    }

    @Test func helpOpensAndClosesWithQuestionMarkOrEsc() {
        var state = FixtureLibrary.state()
        press(&state, .character("?"))
        #expect(state.showHelp)
        press(&state, .character("j"))
        #expect(state.list.selectedIndex == 0, "keys do not reach the panes under the help")
        press(&state, .escape)
        #expect(!state.showHelp)
    }

    @Test func sortCyclesAndKeepsTheSelection() {
        var state = FixtureLibrary.state()
        press(&state, .character("j"))
        let selected = state.listOrder[state.list.selectedIndex!]
        press(&state, .character("o"))
        #expect(state.sort == .title)
        #expect(state.listOrder[state.list.selectedIndex!] == selected)
        press(&state, .character("o"), .character("o"))
        #expect(state.sort == .date)
    }

    @Test func mouseClickSelectsAndFocusesAndWheelScrolls() throws {
        var state = FixtureLibrary.state()
        let list = try #require(state.layout.rect(for: .list))
        send(&state, .click(Point(x: list.x + 2, y: list.y + 2)))
        #expect(state.list.selectedIndex == 2)
        press(&state, .enter)
        let reader = try #require(state.layout.rect(for: .reader))
        send(&state, .click(Point(x: list.x + 1, y: list.y)))
        #expect(state.focus == .list)
        send(&state, .scroll(Point(x: reader.x + 1, y: reader.y + 1), by: 3))
        #expect(state.reader.scroll > 0 || state.document.lines.count <= reader.height)
    }

    @Test(arguments: [(1, 1), (0, 0), (59, 20), (70, 20), (99, 30), (300, 100)])
    func resizeNeverBreaks(width: Int, height: Int) {
        var state = FixtureLibrary.state()
        press(&state, .enter, .character("n"))
        send(&state, .resize(Size(width: width, height: height)))
        let grid = Screen.render(state)
        #expect(grid.width == width && grid.height == height)
        press(&state, .character("j"), .tab, .character("k"), .character("G"))
        _ = Screen.render(state)
    }
}
