import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// The prompts' histories outlive the session in a file beside the marks database, as newsboat keeps its search and
/// command histories; notes are not kept there.
@Suite struct PromptHistoryFileTests {
    /// A folder of its own, removed when the test ends, with the history file of a marks database in it.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-history-\(UUID().uuidString)")
        var file: PromptHistoryFile { PromptHistoryFile(databasePath: url.appendingPathComponent("marks.sqlite").path) }
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    func session(_ file: PromptHistoryFile) -> ReaderSession {
        ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 120, height: 40), history: file)
    }

    func submit(_ start: Action, _ text: String, in session: inout ReaderSession) {
        session.send(start)
        for character in text { session.send(.promptInput(character)) }
        session.send(.promptSubmit)
    }

    /// Submits `text` in a prompt opened by `start`, and gives what the reducer asks for.
    func submit(_ start: Action, _ text: String, in state: inout AppState) -> [Effect] {
        send(&state, start)
        state.prompt?.text = text
        return reduce(&state, .promptSubmit)
    }

    @Test func aSubmittedPromptIsSavedOnceAndNotesAreNot() {
        var state = FixtureLibrary.state()
        #expect(submit(.startFilter, "harbour", in: &state).contains(.saveHistory([.filter: ["harbour"]])))
        #expect(!submit(.startFilter, "harbour", in: &state).contains { if case .saveHistory = $0 { true } else { false } },
                "the same entry again adds none")
        send(&state, .focus(.list))
        press(&state, .enter)
        #expect(state.openArticle != nil)
        #expect(!submit(.startNote, "call the harbour master", in: &state).contains { if case .saveHistory = $0 { true } else { false } },
                "a note is kept with the marks")
        #expect(state.promptHistory[.note] == ["call the harbour master"], "for this session's Up")
        #expect(state.keptHistory == [.filter: ["harbour"]])
    }

    @Test func theNextSessionBrowsesThisOnesHistory() throws {
        let folder = try Folder()
        var first = session(folder.file)
        submit(.startFilter, "is:starred", in: &first)
        submit(.startCommand, "sort date", in: &first)
        #expect(try folder.file.load() == [.filter: ["is:starred"], .command: ["sort date"]])

        var second = session(folder.file)
        submit(.startFilter, "tag:kept", in: &second)
        second.send(.startFilter)
        second.send(.promptEdit(.historyPrevious))
        #expect(second.state.prompt?.text == "tag:kept")
        second.send(.promptEdit(.historyPrevious))
        #expect(second.state.prompt?.text == "is:starred", "the earlier session's entry comes before this one's")
        second.send(.cancel)
        #expect(try folder.file.load()[.filter] == ["is:starred", "tag:kept"])
    }

    @Test func aFileThatIsNoHistoryIsNamedAndLeftAlone() throws {
        let folder = try Folder()
        try Data("not json".utf8).write(to: URL(fileURLWithPath: folder.file.path))
        let session = session(folder.file)
        #expect(session.state.message?.hasPrefix("Prompt history not read: \(folder.file.path)") == true, "\(session.state.message ?? "")")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file.path)) == Data("not json".utf8))
        // Kinds a newer build keeps are left out, not an error.
        try Data(#"{"filter": ["a"], "someday": ["b"]}"#.utf8).write(to: URL(fileURLWithPath: folder.file.path))
        #expect(try folder.file.load() == [.filter: ["a"]])
    }
}
