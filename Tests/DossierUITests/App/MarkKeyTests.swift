import DossierCore
@testable import DossierUI
import Testing

/// Mark keys turn into mark changes for the run loop; committed marks come back and reshape the list.
@Suite struct MarkKeyTests {
    @Test func markKeysActOnTheSelectedOrOpenArticle() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        #expect(press(&state, .character("s")) == [.mark(.setStarred(true, [first]))])
        #expect(press(&state, .character("u")) == [.mark(.setRead(true, [first]))])
        #expect(press(&state, .character("a")) == [.mark(.setArchived(true, [first]))])
        #expect(press(&state, .character("U")) == [.undoMark])
        #expect(press(&state, .control("r")) == [.redoMark])
        press(&state, .character("j"), .enter)
        let second = state.listOrder[1]
        send(&state, .marksChanged([second: ArticleMarks(isStarred: true)], message: "starred"))
        #expect(press(&state, .character("s")) == [.mark(.setStarred(false, [second]))], "s toggles")
        #expect(state.message == nil)
    }

    @Test func committedMarksShowAndArchivedArticlesLeaveTheList() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        send(&state, .marksChanged([first: ArticleMarks(isStarred: true)], message: "Starred 1 article"))
        #expect(state.message == "Starred 1 article")
        #expect(Screen.render(state).lines()[0].hasPrefix("●★"))
        send(&state, .marksChanged([first: ArticleMarks(isRead: true, isArchived: true)], message: nil))
        #expect(!state.listOrder.contains(first))
        #expect(state.listOrder.count == 2)
    }

    @Test func filterPromptNarrowsTheListAndABadQueryLeavesItAlone() {
        var state = FixtureLibrary.state()
        let starred = state.listOrder[2]
        send(&state, .marksChanged([starred: ArticleMarks(isStarred: true)], message: nil))
        press(&state, .character("f"))
        for character in "is:starred" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(state.listOrder == [starred])
        #expect(Screen.render(state).lines().last?.contains("filter is:starred: 1 shown") == true)
        press(&state, .character("f"))
        for _ in 0..<10 { press(&state, .backspace) }
        for character in "tag:" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(state.listOrder == [starred], "the list is unchanged")
        #expect(state.message?.hasPrefix("Filter not applied") == true)
        press(&state, .escape)
        #expect(state.filter == nil && state.listOrder.count == 3)
    }

    @Test func entityFilterUsesAnyAlias() {
        var state = FixtureLibrary.state()
        send(&state, .startFilter)
        for character in "entity:Acme" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(state.listOrder.count == 2)
    }

    @Test func anArticleOpenForTwoSecondsIsMarkedReadOnce() {
        var state = FixtureLibrary.state()
        send(&state, .tick(10))
        press(&state, .enter)
        let id = state.openArticle!.id
        #expect(send(&state, .tick(11)).isEmpty)
        #expect(send(&state, .tick(12.1)) == [.mark(.setRead(true, [id]))])
        #expect(send(&state, .tick(15)).isEmpty)
    }

    @Test func scrollingToTheEndMarksRead() {
        var state = FixtureLibrary.state(120, 8)
        press(&state, .enter)
        let id = state.openArticle!.id
        #expect(press(&state, .character("G")) == [.mark(.setRead(true, [id]))])
    }
}
