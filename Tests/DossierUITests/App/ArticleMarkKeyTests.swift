import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// Tag and note prompts, paragraph highlights and the `:` command line turn into the mark changes they describe.
@Suite struct ArticleMarkKeyTests {

    @Test func tagPromptAddsAndRemovesTagsSkippingNoOps() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        send(&state, .marksChanged([first: ArticleMarks(tags: ["old", "kept"])], message: nil))
        press(&state, .character("t"))
        #expect(state.prompt?.purpose == .tag(first))
        #expect(Screen.render(state).lines().last?.hasPrefix("tags [old kept]") == true)
        type(&state, "Lobbying -old kept, -absent")
        #expect(press(&state, .enter) == [.mark(.addTag("lobbying", [first])), .mark(.removeTag("old", [first]))])
        #expect(state.prompt == nil)
    }

    @Test func tabCompletesTagsFromTheWholeCollection() {
        var state = FixtureLibrary.state()
        let (first, second) = (state.listOrder[0], state.listOrder[1])
        send(&state, .marksChanged([second: ArticleMarks(tags: ["lobbying", "local"])], message: nil))
        press(&state, .character("t"))
        type(&state, "-lo")
        press(&state, .tab)
        #expect(state.prompt?.text == "-lo", "two candidates agree only on lo")
        #expect(state.message == "lobbying local")
        type(&state, "b")
        press(&state, .tab)
        #expect(state.prompt?.text == "-lobbying ")
        press(&state, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        type(&state, "loc")
        press(&state, .tab)
        #expect(press(&state, .enter) == [.mark(.addTag("local", [first]))])
    }

    @Test func notePromptIsPrefilledAndEmptyClears() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        send(&state, .marksChanged([first: ArticleMarks(note: "call back")], message: nil))
        press(&state, .character("e"))
        #expect(state.prompt == Prompt(purpose: .note(first), text: "call back"))
        #expect(press(&state, .enter).isEmpty, "an unchanged note is not saved again")
        press(&state, .character("e"))
        type(&state, " soon")
        #expect(press(&state, .enter) == [.mark(.setNote("call back soon", first))])
        press(&state, .character("e"))
        for _ in 0..<9 { press(&state, .backspace) }
        #expect(state.prompt?.text.isEmpty == true)
        #expect(press(&state, .enter) == [.mark(.setNote(nil, first))])
    }

    @Test func vHighlightsTheTopParagraphOrTheSelectedTargetsAndRemovesIt() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let article = try #require(state.openArticle)
        let firstParagraph = try #require(article.blocks.firstIndex { $0.kind == .paragraph })
        let block = article.blocks[firstParagraph]
        #expect(press(&state, .character("v")) == [.mark(.addHighlight(article.id, block.lines, text: block.text))])

        // With a mention selected, the paragraph holding it.
        let document = state.document
        let target = try #require(document.targets.lastIndex { $0.mention != nil })
        let held = try #require(document.paragraphLines.first { $0.value.contains(document.targets[target].line) }?.key)
        #expect(held != firstParagraph)
        state.reader.target = target
        #expect(press(&state, .character("v")) == [.mark(.addHighlight(article.id, article.blocks[held].lines, text: article.blocks[held].text))])

        // A committed highlight shows as a bar beside every line of its paragraph and in the header; v removes it.
        state.reader.target = nil
        let highlight = Highlight(id: 7, article: article.id, lines: block.lines, text: block.text, created: Date(timeIntervalSince1970: 0))
        send(&state, .marksChanged([article.id: ArticleMarks(highlights: [highlight])], message: nil))
        let lines = try #require(state.document.paragraphLines[firstParagraph])
        for line in lines { #expect(state.document.lines[line].first == Span(text: "▌", style: state.theme.highlightBar)) }
        #expect(state.document.lines.contains { $0.map(\.text).joined() == " 1 highlight" })
        let grid = Screen.render(state)
        #expect(grid.lines().contains { $0.contains("┃▌Acme Corp won") })
        #expect(press(&state, .character("v")) == [.mark(.removeHighlight(id: 7))])
    }

    @Test func vNeedsAnOpenArticle() {
        var state = FixtureLibrary.state()
        #expect(press(&state, .character("v")).isEmpty)
        #expect(state.message == "Open an article to highlight a paragraph")
    }

    @Test func commandLineMarksEveryListedArticle() {
        var state = FixtureLibrary.state()
        send(&state, .startFilter)
        type(&state, "Springfield")
        press(&state, .enter)
        let listed = state.listOrder
        #expect(listed.count == 3)
        press(&state, .character(":"))
        type(&state, "read all")
        #expect(press(&state, .enter) == [.mark(.setRead(true, listed))])
        send(&state, .startFilter)
        type(&state, " -harbour")
        press(&state, .enter)
        let narrowed = state.listOrder
        #expect(narrowed.count == 1)
        for (command, change) in [("unread all", MarkChange.setRead(false, narrowed)), ("tag all Lobbying", .addTag("Lobbying", narrowed)),
                                  ("untag all x", .removeTag("x", narrowed))] {
            press(&state, .character(":"))
            type(&state, command)
            #expect(press(&state, .enter) == [.mark(change)], "\(command)")
        }
        press(&state, .character(":"))
        type(&state, "delete all")
        #expect(press(&state, .enter).isEmpty)
        #expect(state.message?.hasPrefix("Unknown command: delete all") == true)
    }
}
