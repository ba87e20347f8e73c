@testable import DossierCore
import Foundation
import GRDB
import Testing

/// Marks follow an article's text: an edit in place, an edit and a move at once, copies, and files deleted and
/// restored; what nothing can follow is listed as orphaned, never silently dropped.
struct MarksFollowTests {
    /// A collection of distinct news texts in `folder`, indexed, with a marks database beside it.
    final class Desk {
        let folder = try! TemporaryFolder()
        let store: MarkStore
        let texts: [String]
        var index: String { folder.path("index.sqlite") }

        init() throws {
            texts = try TextFingerprintTests.texts()
            for (number, text) in texts.enumerated() { try folder.write("news/\(number).txt", text) }
            store = try MarkStore(path: folder.path("marks.sqlite"))
        }

        /// Opens the collection (updating its index) and lets the marks follow what changed; the moves made.
        @discardableResult
        func open() throws -> (collection: IndexedCollection, moves: [ArticleMove]) {
            let collection = try IndexedCollection.open([folder.path("news")], indexPath: index, analyser: IndexFixture.analyser, workers: 2)
            let live = Set(collection.summaries.map(\.id))
            let moves = try store.follow(try collection.index.successions(), live: live) { id in
                collection.summaries.first { $0.id == id }.flatMap { try? String(contentsOfFile: $0.path, encoding: .utf8) }?
                    .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            return (collection, moves)
        }

        func id(_ number: Int, in collection: IndexedCollection) -> ArticleID {
            collection.summaries.first { $0.path.hasSuffix("news/\(number).txt") || $0.path.hasSuffix("moved/\(number).txt") }!.id
        }
    }

    /// Marks every kind of mark on article `number`, with a highlight of its line `line`.
    func markEverything(_ desk: Desk, _ id: ArticleID, line: Int, text: String) throws {
        try desk.store.apply(.setStarred(true, [id]))
        try desk.store.apply(.addTag("follow-up", [id]))
        try desk.store.apply(.setNote("check the figures", id))
        try desk.store.apply(.addHighlight(id, LineRange(line, line), text: text))
    }

    /// A line of `text` in its second half with words enough to be a passage, and its number.
    func passage(_ text: String) -> (line: Int, text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let number = lines.indices.last { $0 < lines.count - 2 && lines[$0].split(separator: " ").count >= 8 }!
        return (number + 1, lines[number])
    }

    @Test func marksFollowAnEditInPlaceWithTheHighlightReanchored() throws {
        let desk = try Desk()
        let before = try desk.open().collection
        let old = desk.id(0, in: before)
        let (line, text) = passage(desk.texts[0])
        try markEverything(desk, old, line: line, text: text)
        // A corrected typo, and a new first paragraph that moves the highlighted line down by two.
        let lines = desk.texts[0].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edited = ([lines[0], "", "Updated: this story was corrected on Tuesday."] + lines.dropFirst()).joined(separator: "\n")
        let firstThe = try #require(edited.range(of: " the "))
        edited.replaceSubrange(firstThe, with: " teh ")
        #expect(edited.contains(text), "the edit leaves the highlighted passage as it was")
        try desk.folder.write("news/0.txt", edited)
        let (after, moves) = try desk.open()
        let new = desk.id(0, in: after)
        #expect(new != old)
        #expect(moves.map(\.old) == [old] && moves.map(\.new) == [new])
        let marks = try desk.store.marks(for: new)
        #expect(marks.isStarred && marks.tags == ["follow-up"] && marks.note == "check the figures")
        let highlight = try #require(marks.highlights.first)
        #expect(!highlight.isDetached && highlight.lines == LineRange(line + 2, line + 2) && highlight.article == new)
        #expect(try desk.store.marks(for: old).isEmpty, "no mark on two ids")
        #expect(try desk.store.orphans(live: Set(after.summaries.map(\.id))).isEmpty)
        // Undo of an edit made under the old id applies to the new one.
        try desk.store.undo()
        #expect(try desk.store.marks(for: new).highlights.isEmpty && desk.store.marks(for: old).isEmpty)
    }

    @Test func marksFollowAFileMovedAndEditedAtOnceAndAHighlightWhosePassageWentIsDetached() throws {
        let desk = try Desk()
        let before = try desk.open().collection
        let old = desk.id(1, in: before)
        let (line, text) = passage(desk.texts[1])
        try markEverything(desk, old, line: line, text: text)
        try FileManager.default.removeItem(atPath: desk.folder.path("news/1.txt"))
        let gone = desk.texts[1].replacingOccurrences(of: text, with: "This paragraph was withdrawn.")
        try desk.folder.write("news/moved/1.txt", TextFingerprintTests.edited(gone, word: "amended"))
        let (after, moves) = try desk.open()
        let new = desk.id(1, in: after)
        #expect(moves.count == 1 && moves.first?.new == new && moves.first?.detachedHighlights == 1)
        let marks = try desk.store.marks(for: new)
        #expect(marks.isStarred && marks.highlights.count == 1 && marks.highlights[0].isDetached)
        #expect(try desk.store.marks(for: old).isEmpty)
    }

    @Test func copiesAreOneArticleAndADeletedFileLeavesOrphansThatComeBackWithIt() throws {
        let desk = try Desk()
        try desk.folder.write("news/copy-of-2.txt", desk.texts[2])
        let before = try desk.open().collection
        let copied = try #require(before.summaries.first { $0.path.hasSuffix("/2.txt") })
        #expect(copied.copies.map { URL(fileURLWithPath: $0).lastPathComponent } == ["copy-of-2.txt"], "the same text in two files is one article")
        #expect(!before.summaries.contains { $0.path.hasSuffix("copy-of-2.txt") })
        let id = copied.id
        try desk.store.apply(.setStarred(true, [id]))
        // One copy goes: the article is still there, its marks stay.
        try FileManager.default.removeItem(atPath: desk.folder.path("news/copy-of-2.txt"))
        #expect(try desk.open().moves.isEmpty)
        #expect(try desk.store.marks(for: id).isStarred)
        // The last goes, with nothing like it arriving: orphaned, listed, kept.
        try FileManager.default.removeItem(atPath: desk.folder.path("news/2.txt"))
        let without = try desk.open().collection
        #expect(try desk.store.orphans(live: Set(without.summaries.map(\.id))).keys.sorted { $0.rawValue < $1.rawValue } == [id])
        // Restored: the same text, the same id, the marks are there again.
        try desk.folder.write("news/2.txt", desk.texts[2])
        let restored = try desk.open().collection
        #expect(try desk.store.orphans(live: Set(restored.summaries.map(\.id))).isEmpty)
        #expect(try desk.store.marks(for: id).isStarred)
    }

    @Test func anUnrelatedArticleArrivingAsOneVanishesTakesNoMarks() throws {
        let desk = try Desk()
        try FileManager.default.removeItem(atPath: desk.folder.path("news/3.txt"))
        let before = try desk.open().collection
        let id = desk.id(4, in: before)
        try desk.store.apply(.setStarred(true, [id]))
        try FileManager.default.removeItem(atPath: desk.folder.path("news/4.txt"))
        try desk.folder.write("news/3.txt", desk.texts[3])
        let (after, moves) = try desk.open()
        #expect(moves.isEmpty)
        #expect(try desk.store.orphans(live: Set(after.summaries.map(\.id))).keys.map(\.rawValue) == [id.rawValue])
    }

    @Test func aMarksDatabaseOfTheLastReleaseOpensWithEveryMark() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("old.sqlite")
        // The schema as the last release left it (migrations up to v3), with marks written as it wrote them.
        let queue = try DatabaseQueue(path: path)
        try MarkMigrations.migrator.migrate(queue, upTo: "v3 detached aliases")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO articleMark (articleID, isRead, isStarred, isArchived, note) VALUES ('aaaa', 1, 1, 0, 'kept')")
            try db.execute(sql: "INSERT INTO articleTag (articleID, tag) VALUES ('aaaa', 'old')")
            try db.execute(sql: "INSERT INTO highlight (articleID, firstLine, lastLine, text, createdAt) VALUES ('aaaa', 3, 4, 'a passage', '2026-12-01 10:00:00.000')")
        }
        try queue.close()
        let store = try MarkStore(path: path)
        let marks = try store.marks(for: ArticleID(rawValue: "aaaa"))
        #expect(marks.isRead && marks.isStarred && marks.note == "kept" && marks.tags == ["old"])
        #expect(marks.highlights.map(\.lines) == [LineRange(3, 4)] && marks.highlights.allSatisfy { !$0.isDetached })
    }
}
