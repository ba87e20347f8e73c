import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// Marks shared between the reader and other processes writing the same database (`dossier mark`, `import`, a
/// second reader): the reader shows what they wrote, its prompts start from it, and its undo takes back only its own
/// fields.
@Suite struct SharedMarksTests {
    typealias Workspace = ReaderSessionTests.Workspace

    /// Runs the built `dossier mark` on the workspace's database, as a script would.
    func mark(_ workspace: Workspace, _ arguments: [String]) throws {
        let run = try Products.run(["mark"] + arguments + ["--db", workspace.store.path])
        #expect(run.status == 0, "\(run.errors)")
    }

    func type(_ text: String, into session: inout ReaderSession) {
        for character in text { session.send(.promptInput(character)) }
        session.send(.promptSubmit)
    }

    @Test(.enabled(if: Products.dossier != nil)) func theReaderShowsMarksAnotherProcessMade() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        session.refreshMarksMadeElsewhere()
        let path = workspace.path("Acme Corp wins")
        let id = try #require(workspace.collection.summaries.first { $0.path == path }?.id)
        try mark(workspace, [path, "--star", "--tag", "harbour", "--note", "from a script"])
        session.refreshMarksMadeElsewhere()
        let marks = try #require(session.state.marks[id])
        #expect(marks.isStarred && marks.tags == ["harbour"] && marks.note == "from a script")
        // The note prompt starts from the script's note, and removing the script's tag in the reader removes it.
        try ReaderSessionTests().select("Acme Corp wins", in: &session)
        session.send(.startNote)
        #expect(session.state.prompt?.text == "from a script")
        session.send(.cancel)
        session.send(.startTagging)
        type("-harbour", into: &session)
        #expect(try workspace.store.marks(for: id).tags.isEmpty)
        #expect(try workspace.store.marks(for: id).isStarred)
    }

    @Test(.enabled(if: Products.dossier != nil)) func undoKeepsWhatAnotherProcessWroteMeanwhile() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        session.send(.startCommand)
        type("read all", into: &session)
        let all = workspace.collection.summaries
        #expect(all.allSatisfy { session.state.marks[$0.id]?.isRead == true })
        // A script stars and tags three articles and marks one unread again, between the reader's edit and its undo.
        for summary in all.prefix(3) { try mark(workspace, [summary.path, "--star", "--tag", "script"]) }
        try mark(workspace, [all[0].path, "--unread"])
        try mark(workspace, [all[1].path, "--read"])
        session.send(.undo)
        for summary in all.prefix(3) {
            let stored = try workspace.store.marks(for: summary.id)
            #expect(stored.isStarred && stored.tags == ["script"], "the script's star and tag stay")
        }
        #expect(try workspace.store.marks(for: all[2].id).isRead == false, "the reader's own read mark is undone")
        #expect(try workspace.store.marks(for: all[1].id).isRead == false, "read again elsewhere, but to the same value: undone")
        #expect(session.state.message?.hasPrefix("Undone: marked") == true)
        #expect(session.state.marks[all[0].id]?.isStarred == true, "the list shows the marks as stored after the undo")
    }

    @Test func aFieldChangedElsewhereIsKeptAndNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-shared-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("marks.sqlite").path
        let (reader, script) = (try MarkStore(path: path), try MarkStore(path: path))
        let article = ArticleID(rawValue: "abcdef0123456789")
        let entity = EntityID(rawValue: "harbour board")
        #expect(try reader.changedElsewhere() == false)
        try reader.apply(.setNote("mine", article))
        try reader.apply(.renameEntity(entity, to: "The Board"))
        #expect(try reader.changedElsewhere() == false, "its own commits are not news to the reader")
        try script.apply(.setNote("theirs", article))
        try script.apply(.setEntityHidden(true, entity))
        #expect(try reader.changedElsewhere())
        #expect(try reader.changedElsewhere() == false)
        let renameUndone = try #require(try reader.undo())
        #expect(renameUndone.kept.isEmpty)
        #expect(try reader.marks(for: entity) == EntityMarks(isHidden: true))
        let noteUndone = try #require(try reader.undo())
        #expect(noteUndone.kept == ["note of abcdef01…"])
        #expect(noteUndone.describe("Undone") == "Undone: set the note; kept as changed elsewhere: note of abcdef01…")
        #expect(try reader.marks(for: article).note == "theirs")
        // Redo sets the note again only where it still holds what the undo left: here, the script's.
        try script.apply(.addTag("later", [article]))
        let redone = try #require(try reader.redo())
        #expect(redone.kept == ["note of abcdef01…"])
        #expect(try reader.marks(for: article) == ArticleMarks(tags: ["later"], note: "theirs"))
    }
}
