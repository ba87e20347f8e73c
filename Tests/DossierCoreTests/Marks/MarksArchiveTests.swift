import DossierCore
import Foundation
import Testing

@Suite("Marks export and import")
struct MarksArchiveTests {
    @Test func anExportRestoresIntoAnotherDatabase() throws {
        let folder = try TemporaryFolder()
        let article = parse("Council closes bridge\n\nThe council closed the old bridge on Monday.\n")
        let entity = EntityID(rawValue: "council")
        let source = try MarkStore(path: folder.path("a.sqlite"))
        try source.apply(.setStarred(true, [article.id]))
        try source.apply(.addTag("roads", [article.id]))
        try source.apply(.setNote("follow up", article.id))
        try source.apply(.addHighlight(article.id, LineRange(line: 3), text: "closed the old bridge"))
        try source.apply(.setEntityStarred(true, entity))
        let archive = MarksArchive(articles: [.init(article: article.summary, marks: try source.marks(for: article.id))],
                                   entities: [.init(id: entity, marks: try source.marks(for: entity))])
        let file = folder.path("export.json")
        try archive.json().write(to: URL(fileURLWithPath: file))

        let target = try MarkStore(path: folder.path("b.sqlite"))
        try target.apply(.addHighlight(article.id, LineRange(line: 1), text: "to be replaced"))
        try target.apply(MarksArchive.read(path: file).change(over: (try target.allArticleMarks(), try target.allEntityMarks())))
        let restored = try target.marks(for: article.id)
        let original = try source.marks(for: article.id)
        #expect(restored.isStarred && restored.tags == ["roads"] && restored.note == "follow up")
        #expect(restored.highlights.map(\.text) == original.highlights.map(\.text))
        #expect(restored.highlights.map(\.created) == original.highlights.map(\.created))
        #expect(try target.marks(for: entity).isStarred)
        try target.undo()
        #expect(try target.marks(for: article.id).highlights.map(\.text) == ["to be replaced"])
    }

    @Test func anImportChangesOnlyTheFieldsTheFileGives() throws {
        let folder = try TemporaryFolder()
        let store = try MarkStore(path: folder.path("marks.sqlite"))
        let (kept, other) = (ArticleID(rawValue: "aaaa000000000001"), ArticleID(rawValue: "aaaa000000000002"))
        try store.apply(.setStarred(true, [kept]))
        try store.apply(.setNote("mine", kept))
        try store.apply(.addTag("lobbying", [kept, other]))
        try store.apply(.setEntityStarred(true, EntityID(rawValue: "ada lovelace")))
        // Silent about the star and the note; explicit about read, and about the other article's tags.
        let file = folder.path("partial.json")
        try Data("""
            {"format": 1, "articles": [{"id": "aaaa000000000001", "marks": {"isRead": true}},
                                       {"id": "aaaa000000000002", "marks": {"tags": []}}],
             "entities": [{"id": "ada lovelace", "marks": {"isHidden": true}}]}
            """.utf8).write(to: URL(fileURLWithPath: file))
        try store.apply(MarksArchive.read(path: file).change(over: (try store.allArticleMarks(), try store.allEntityMarks())))
        let marks = try store.marks(for: kept)
        #expect(marks.isRead && marks.isStarred && marks.note == "mine" && marks.tags == ["lobbying"])
        #expect(try store.marks(for: other).tags.isEmpty)
        let entity = try store.marks(for: EntityID(rawValue: "ada lovelace"))
        #expect(entity.isStarred && entity.isHidden)
        // An export names every field, so that importing it sets exactly what it shows: an absent note is null.
        let exported = String(decoding: try MarksArchive(articles: [], entities: [.init(id: EntityID(rawValue: "x"), marks: EntityMarks())]).json(), as: UTF8.self)
        #expect(exported.contains("\"name\" : null") && exported.contains("\"detached\" : ["))
    }

    @Test func aBadExportNamesTheFileAndTheField() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.json", #"{"format": 1, "articles": [{"id": "ab"}], "entities": []}"#)
        #expect {
            _ = try MarksArchive.read(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path + ": not a Dossier marks export") && "\(error)".contains("marks")
        }
        let newer = try folder.write("newer.json", #"{"format": 9, "articles": [], "entities": []}"#)
        #expect(throws: MarksArchiveError.newerFormat(path: newer, format: 9)) { _ = try MarksArchive.read(path: newer) }
    }
}
