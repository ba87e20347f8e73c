import DossierCore
import Foundation
import GRDB
import Testing

/// A store on a fresh file in a temporary folder.
func temporaryStore(_ folder: TemporaryFolder, _ name: String = "marks.sqlite") throws -> MarkStore {
    try MarkStore(path: folder.path(name))
}

@Suite("Mark store")
struct MarkStoreTests {
    let a = ArticleID(rawValue: "aaaaaaaaaaaaaaaa")
    let b = ArticleID(rawValue: "bbbbbbbbbbbbbbbb")
    let nso = EntityID(rawValue: "nso group")
    let nsoShort = EntityID(rawValue: "nso")

    @Test func everyArticleMarkRoundTripsThroughTheFile() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try temporaryStore(folder)
            try store.apply(.setRead(true, [a, b]))
            try store.apply(.setStarred(true, [a]))
            try store.apply(.setArchived(true, [b]))
            try store.apply(.addTag("  Lobbying ", [a, b]))
            try store.apply(.addTag("spyware", [a]))
            try store.apply(.setNote("check the figures\nwith the court filing", a))
            try store.apply(.addHighlight(a, LineRange(3, 5), text: "the passage"))
            try store.apply(.addHighlight(b, LineRange(line: 7), text: "another"))
        }
        let reopened = try temporaryStore(folder)
        let marksA = try reopened.marks(for: a)
        #expect(marksA.isRead && marksA.isStarred && !marksA.isArchived)
        #expect(marksA.tags == ["lobbying", "spyware"])
        #expect(marksA.note == "check the figures\nwith the court filing")
        #expect(marksA.highlights.map(\.lines) == [LineRange(3, 5)])
        #expect(marksA.highlights.map(\.text) == ["the passage"])
        let marksB = try reopened.marks(for: b)
        #expect(marksB.isRead && !marksB.isStarred && marksB.isArchived && marksB.tags == ["lobbying"] && marksB.note == nil)
        #expect(try reopened.allHighlights().map(\.article) == [a, b])
        #expect(try reopened.allArticleMarks().count == 2)
    }

    @Test func removingMarksLeavesNoRows() throws {
        let folder = try TemporaryFolder()
        let store = try temporaryStore(folder)
        try store.apply(.addTag("x", [a]))
        try store.apply(.setNote("n", a))
        let edit = try store.apply(.addHighlight(a, LineRange(1, 2), text: "t"))
        let id = try #require(edit.articlesAfter[a]?.highlights.first?.id)
        try store.apply(.removeTag("X", [a]))
        try store.apply(.setNote("   ", a))
        try store.apply(.removeHighlight(id: id))
        #expect(try store.marks(for: a).isEmpty)
        #expect(try store.allArticleMarks().isEmpty)
        #expect(throws: MarkStoreError.invalidChange("there is no highlight \(id)")) { try store.apply(.removeHighlight(id: id)) }
        #expect(throws: MarkStoreError.invalidChange("a tag cannot be empty")) { try store.apply(.addTag(" ", [a])) }
    }

    @Test func entityMarksRoundTripAndMergesRefuseLoops() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try temporaryStore(folder)
            try store.apply(.setEntityStarred(true, nso))
            try store.apply(.setEntityHidden(true, EntityID(rawValue: "follow")))
            try store.apply(.renameEntity(nso, to: "NSO Group Technologies"))
            try store.apply(.mergeEntity(nsoShort, into: nso))
            #expect(throws: MarkStoreError.self) { try store.apply(.mergeEntity(nso, into: nsoShort)) }
            #expect(throws: MarkStoreError.self) { try store.apply(.mergeEntity(nso, into: nso)) }
        }
        let store = try temporaryStore(folder)
        #expect(try store.marks(for: nso) == EntityMarks(isStarred: true, name: "NSO Group Technologies"))
        #expect(try store.marks(for: nsoShort).mergedInto == nso)
        #expect(try store.marks(for: EntityID(rawValue: "follow")).isHidden)
        try store.apply(.splitEntity(nsoShort))
        #expect(try store.marks(for: nsoShort).isEmpty)
        #expect(try store.allEntityMarks().count == 2)
    }

    @Test func detachedAliasesRoundTripAndReattachUndoesThem() throws {
        let folder = try TemporaryFolder()
        let hale = EntityID(rawValue: "peter hale")
        do {
            let store = try temporaryStore(folder)
            try store.apply(.detachAlias(hale, alias: "Mrs Hale"))
            try store.apply(.detachAlias(hale, alias: "Hale's"))
            #expect(throws: MarkStoreError.self) { try store.apply(.detachAlias(hale, alias: "Peter Hale")) }
            #expect(throws: MarkStoreError.self) { try store.apply(.detachAlias(hale, alias: "  ")) }
        }
        let store = try temporaryStore(folder)
        #expect(try store.marks(for: hale).detached == ["mrs hale", "hale"])
        try store.apply(.reattachAlias(hale, alias: "Mrs. Hale"))
        #expect(try store.marks(for: hale).detached == ["hale"])
        try store.undo()
        #expect(try temporaryStore(folder).marks(for: hale).detached == ["mrs hale", "hale"])
        try store.apply(.reattachAlias(hale, alias: "Hale"))
        try store.apply(.reattachAlias(hale, alias: "Mrs Hale"))
        #expect(try store.allEntityMarks().isEmpty, "no row is left for marks that are all undone")
    }

    @Test func undoAndRedoEveryKindOfChangeAreCommitted() throws {
        let folder = try TemporaryFolder()
        let store = try temporaryStore(folder)
        let changes: [MarkChange] = [
            .setRead(true, [a, b]), .setStarred(true, [a]), .setArchived(true, [a]), .addTag("t", [a, b]),
            .setNote("n", b), .addHighlight(a, LineRange(2, 4), text: "h"), .setEntityStarred(true, nso),
            .setEntityHidden(true, nsoShort), .renameEntity(nso, to: "N"), .mergeEntity(nsoShort, into: nso),
            .detachAlias(nso, alias: "NSO Technologies"),
        ]
        var states: [([ArticleID: ArticleMarks], [EntityID: EntityMarks])] = [(try store.allArticleMarks(), try store.allEntityMarks())]
        for change in changes {
            try store.apply(change)
            states.append((try store.allArticleMarks(), try store.allEntityMarks()))
        }
        #expect(store.history.undoable.count == changes.count)
        for step in (0 ..< changes.count).reversed() {
            let undone = try store.undo()
            #expect(undone?.change == changes[step])
            let reopened = try temporaryStore(folder)
            #expect(try reopened.allArticleMarks() == states[step].0)
            #expect(try reopened.allEntityMarks() == states[step].1)
        }
        #expect(try store.undo() == nil)
        for step in 1 ... changes.count {
            try store.redo()
            #expect(try store.allArticleMarks() == states[step].0)
            #expect(try store.allEntityMarks() == states[step].1)
        }
        #expect(try store.redo() == nil)
        try store.undo()
        try store.apply(.setRead(false, [a]))
        #expect(store.history.redoable.isEmpty)
    }

    @Test func aNoOpIsNotRecordedForUndo() throws {
        let folder = try TemporaryFolder()
        let store = try temporaryStore(folder)
        try store.apply(.setStarred(true, [a]))
        let again = try store.apply(.setStarred(true, [a]))
        #expect(again.isNoOp)
        #expect(store.history.undoable.count == 1)
    }

    @Test func marksFollowTheArticleAcrossARename() throws {
        let folder = try TemporaryFolder()
        let original = try folder.write("news/story.txt", "Council closes bridge\n\nThe council closed the old bridge on Monday after engineers found cracks.\n")
        let article = try loadArticle(original)
        let store = try temporaryStore(folder)
        try store.apply(.setStarred(true, [article.id]))
        try store.apply(.addHighlight(article.id, LineRange(line: 3), text: "engineers found cracks"))
        let renamed = folder.path("elsewhere/renamed-story.txt")
        try FileManager.default.createDirectory(atPath: folder.path("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: original, toPath: renamed)
        let moved = try loadArticle(renamed)
        #expect(moved.id == article.id)
        let marks = try store.marks(for: moved.id)
        #expect(marks.isStarred && marks.highlights.map(\.text) == ["engineers found cracks"])
    }

    @Test func bulkChangesAreOneEditAndUndoTogether() throws {
        let folder = try TemporaryFolder()
        let store = try temporaryStore(folder)
        let ids = (0 ..< 200).map { ArticleID(rawValue: String(format: "%016x", $0)) }
        try store.apply(.setRead(true, ids))
        try store.apply(.addTag("batch", ids))
        #expect(try store.allArticleMarks().values.filter { $0.isRead && $0.tags == ["batch"] }.count == 200)
        try store.undo()
        try store.undo()
        #expect(try store.allArticleMarks().isEmpty)
    }
}
