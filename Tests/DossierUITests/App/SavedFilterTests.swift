import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// `:save NAME` keeps a filter; the sidebar lists saved filters with their counts, and Enter applies one.
@Suite struct SavedFilterTests {

    private func command(_ state: inout AppState, _ text: String) -> [Effect] {
        press(&state, .character(":"))
        type(&state, text)
        return press(&state, .enter)
    }

    @Test func saveListCountApplyAndForget() throws {
        var state = FixtureLibrary.state()
        #expect(command(&state, "save stars").isEmpty)
        #expect(state.message == "Filter the list first (f), then :save stars")
        press(&state, .character("f"))
        type(&state, "is:starred OR tag:kept")
        press(&state, .enter)
        #expect(command(&state, "save stars").isEmpty)
        #expect(state.savedFilters == [SavedFilter(name: "stars", query: "is:starred OR tag:kept")])
        #expect(state.savedFilterCounts["stars"] == 0)
        #expect(state.message == "Saved filters: stars")
        press(&state, .escape)
        send(&state, .marksChanged([state.listOrder[0]: ArticleMarks(isStarred: true), state.listOrder[1]: ArticleMarks(tags: ["kept"])], message: nil))
        #expect(state.savedFilterCounts["stars"] == 2, "counted again when the marks change")
        #expect(state.sidebarRows.prefix(2) == [.savedHeading, .savedFilter(SavedFilter(name: "stars", query: "is:starred OR tag:kept"), count: 2)])
        press(&state, .backTab)
        #expect(state.focus == .sidebar && state.sidebar.selectedIndex == 1)
        #expect(Screen.render(state).lines().contains { $0.contains(" stars") && $0.hasSuffix(" 2") })
        press(&state, .enter)
        #expect(state.focus == .list && state.filter?.text == "is:starred OR tag:kept" && state.listOrder.count == 2)
        #expect(command(&state, "unsave stars").isEmpty)
        #expect(state.savedFilters.isEmpty && !state.sidebarRows.contains(.savedHeading))
    }

    @Test func savedFiltersAreKeptBesideTheDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-saved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SavedFilterFile(databasePath: folder.appendingPathComponent("marks.sqlite").path)
        var session = ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 120, height: 40), savedFilters: file)
        #expect(session.state.savedFilters.isEmpty)
        for (start, text) in [(Action.startFilter, "harbour"), (.startCommand, "save harbour")] {
            session.send(start)
            for character in text { session.send(.promptInput(character)) }
            session.send(.promptSubmit)
        }
        #expect(try file.load() == [SavedFilter(name: "harbour", query: "harbour")])
        let reopened = ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 120, height: 40), savedFilters: file)
        #expect(reopened.state.savedFilters.map(\.name) == ["harbour"])
        #expect(reopened.state.savedFilterCounts["harbour"] == 2, "text terms are looked up for the count")
        try Data("not json".utf8).write(to: URL(fileURLWithPath: file.path))
        let broken = ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 120, height: 40), savedFilters: file)
        #expect(broken.state.message?.hasPrefix(file.path + ": not a saved-filter file") == true)
    }
}
