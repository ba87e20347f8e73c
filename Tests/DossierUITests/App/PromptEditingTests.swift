import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// Prompts edit like readline, keep a history per kind, and never run what is typed as a command.
@Suite struct PromptEditingTests {

    @Test func readlineKeysMoveAndDelete() {
        var state = FixtureLibrary.state()
        press(&state, .character("f"))
        type(&state, "harbour council")
        press(&state, .control("a"), .control("f"), .right)
        #expect(state.prompt?.cursor == 2)
        type(&state, "X")
        #expect(state.prompt?.text == "haXrbour council")
        press(&state, .left, .delete)
        #expect(state.prompt?.text == "harbour council")
        press(&state, .home, .control("d"), .end, .control("b"), .control("k"))
        #expect(state.prompt?.text == "arbour counci")
        press(&state, .control("e"), .control("w"))
        #expect(state.prompt?.text == "arbour ")
        press(&state, .control("w"))
        #expect(state.prompt?.text == "")
        type(&state, "mayor budget")
        press(&state, .left, .left, .left, .left, .left, .left, .control("u"))
        #expect(state.prompt?.text == "budget" && state.prompt?.cursor == 0)
    }

    /// Found by the key fuzzer: a combining mark typed after a letter becomes one character with it, and the cursor
    /// was left one past the end, so the next character typed trapped.
    @Test func aCombiningMarkJoinsTheLetterBeforeItAndTypingGoesOn() {
        var state = FixtureLibrary.state()
        press(&state, .character("f"))
        type(&state, "cafe")
        press(&state, .character("\u{301}"))
        #expect(state.prompt?.text == "caf\u{E9}" && state.prompt?.cursor == 4)
        type(&state, "s")
        press(&state, .home, .character("\u{301}"), .character("x"))
        #expect(state.prompt?.text == "\u{301}xcaf\u{E9}s" && state.prompt?.cursor == 2)
        #expect(state.prompt.map { $0.cursor <= $0.text.count } == true)
    }

    @Test func backspaceOnAnEmptyPromptDoesNothingAndLettersStayTyped() {
        var state = FixtureLibrary.state()
        press(&state, .character("f"), .character("a"), .backspace, .backspace, .backspace)
        #expect(state.prompt?.purpose == .filter && state.prompt?.text == "")
        // What would star, archive or quit is typed into the prompt.
        #expect(press(&state, .character("s"), .character("a"), .character("Q")).isEmpty)
        #expect(state.prompt?.text == "saQ")
        #expect(press(&state, .escape).isEmpty)
        #expect(state.prompt == nil && state.filter == nil, "Esc cancels without running anything")
    }

    @Test func eachKindOfPromptHasItsOwnHistory() {
        var state = FixtureLibrary.state()
        for filter in ["harbour", "council"] {
            press(&state, .character("f"), .control("u"))
            type(&state, filter)
            press(&state, .enter)
        }
        press(&state, .character("f"), .control("u"))
        type(&state, "draft")
        press(&state, .up)
        #expect(state.prompt?.text == "council")
        press(&state, .up, .up)
        #expect(state.prompt?.text == "harbour", "the oldest entry stays")
        press(&state, .down)
        #expect(state.prompt?.text == "council")
        press(&state, .down)
        #expect(state.prompt?.text == "draft", "past the newest, what was typed comes back")
        press(&state, .escape, .enter, .character("/"))
        press(&state, .up)
        #expect(state.prompt?.purpose == .search && state.prompt?.text == "", "the page search has no filter history")
    }

    @Test func thePromptShowsItsCursor() {
        var state = FixtureLibrary.state(60, 10)
        press(&state, .character("f"))
        type(&state, "abc")
        press(&state, .left)
        let grid = Screen.render(state)
        let row = grid.size.height - 1
        let line = grid.lines()[row]
        let column = line.distance(from: line.startIndex, to: line.range(of: "abc")!.lowerBound) + 2
        #expect(grid[column, row].style.attributes.contains(.reverse))
        #expect(!grid[column - 1, row].style.attributes.contains(.reverse))
        // A text longer than the line scrolls to keep the cursor on screen.
        type(&state, String(repeating: "x", count: 100))
        #expect(Screen.render(state).lines()[row].contains("…xxx"))
    }

    @Test func longNotesGoToTheEditorAndComeBack() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        send(&state, .marksChanged([first: ArticleMarks(note: "short")], message: nil))
        #expect(press(&state, .character("E")) == [.editNote(first, text: "short")])
        press(&state, .character("e"))
        type(&state, " and")
        #expect(press(&state, .control("x")) == [.editNote(first, text: "short and")])
        #expect(state.prompt == nil)
        #expect(send(&state, .noteEdited(first, "line one\nline two\n")) == [.mark(.setNote("line one\nline two", first))])
        send(&state, .programFailed("Note not changed: vi exited with status 1"))
        #expect(state.message == "Note not changed: vi exited with status 1")
    }

    @Test func theEditorEditsATemporaryFile() throws {
        let programs = ExternalPrograms(environment: ["EDITOR": "sed -i s/old/new/"])
        #expect(try programs.edit("the old note").get() == "the new note\n")
        #expect(ExternalPrograms(environment: ["VISUAL": "sed -i s/a/b/", "EDITOR": "false"]).editor == "sed -i s/a/b/")
        let failing = ExternalPrograms(editor: "false")
        #expect(throws: ExternalProgramError.self) { try failing.edit("x").get() }
    }

    @Test func theRunLoopSuspendsTheTerminalAroundTheEditor() {
        var session = ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 100, height: 30))
        let terminal = RecordingTerminal(size: Size(width: 100, height: 30), events: [.key(.character("E")), .key(.character("Q"))])
        // The editor checks that the screen was given back (the alternate screen left) before it ran.
        ReaderLoop.run(&session, terminal: terminal, indexer: nil, programs: ExternalPrograms(editor: "printf 'from the editor' >"))
        let output = String(decoding: terminal.output, as: UTF8.self)
        #expect(output.components(separatedBy: "\u{1B}[?1049l").count == 2, "suspended once")
        #expect(output.contains("\u{1B}[?1049h"), "and resumed")
        #expect(!terminal.isSuspended)
    }
}
