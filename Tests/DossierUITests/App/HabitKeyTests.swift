import DossierCore
@testable import DossierUI
import Testing

/// Keys that readers of mutt, newsboat, less and vi expect: `:q`, paging, counts, select-then-act.
@Suite struct HabitKeyTests {

    @Test(arguments: ["q", "quit", " quit "])
    func colonQQuits(command: String) {
        var state = FixtureLibrary.state()
        press(&state, .character(":"))
        type(&state, command)
        #expect(press(&state, .enter) == [.quit])
    }

    @Test func ctrlFCtrlBAndBPage() {
        var state = FixtureLibrary.state(120, 8)
        press(&state, .enter)
        press(&state, .control("f"))
        let page = state.reader.scroll
        #expect(page > 0)
        press(&state, .control("b"))
        #expect(state.reader.scroll == 0)
        press(&state, .character(" "), .character("b"))
        #expect(state.reader.scroll == 0)
        press(&state, .character(" "))
        #expect(state.reader.scroll == page)
    }

    @Test func theStatusBarCountsUnreadArticles() {
        var state = FixtureLibrary.state()
        #expect(Screen.render(state).lines().last!.contains("3 unread / 3 articles"))
        send(&state, .marksChanged([state.listOrder[0]: ArticleMarks(isRead: true), ArticleID(rawValue: "0000000000000000"): ArticleMarks(isRead: true)],
                                   message: nil))
        #expect(state.unreadArticles == 2, "marks of articles not in the collection do not count")
        #expect(Screen.render(state).lines().last!.contains("2 unread / 3 articles"))
    }

    @Test func selectThenActOnEverySelectedArticle() {
        var state = FixtureLibrary.state()
        let (first, second, third) = (state.listOrder[0], state.listOrder[1], state.listOrder[2])
        press(&state, .character("x"), .character("x"))
        #expect(state.selected == [first, second] && state.list.selectedIndex == 2, "x selects and moves down")
        #expect(Screen.render(state).lines()[0].hasPrefix("● ✓") && Screen.render(state).lines().last!.contains("2 selected"))
        let both = [first, second].sorted { $0.rawValue < $1.rawValue }
        #expect(press(&state, .character("s")) == [.mark(.setStarred(true, both))])
        send(&state, .marksChanged([first: ArticleMarks(isStarred: true, tags: ["old"])], message: nil))
        #expect(press(&state, .character("s")) == [.mark(.setStarred(true, both))], "stars all unless all are starred")
        #expect(press(&state, .character("u")) == [.mark(.setRead(true, both))])
        press(&state, .character("t"))
        #expect(state.prompt?.purpose == .tagSelection(both))
        type(&state, "new -old")
        #expect(press(&state, .enter) == [.mark(.addTag("new", both)), .mark(.removeTag("old", [first]))])
        press(&state, .escape)
        #expect(state.selected.isEmpty && state.message == "Selection cleared")
        #expect(press(&state, .character("s")) == [.mark(.setStarred(true, [third]))], "without a selection, the article under the cursor")
    }
}
