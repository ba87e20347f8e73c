import Foundation
import GRDB

extension MarkChange {
    /// Applies the change inside the caller's transaction and returns the marks it touched, before and after.
    func perform(_ db: Database) throws -> MarkEdit {
        switch self {
        case .setRead(let on, let ids): return try editArticles(ids, db) { $1.isRead = on }
        case .setStarred(let on, let ids): return try editArticles(ids, db) { $1.isStarred = on }
        case .setArchived(let on, let ids): return try editArticles(ids, db) { $1.isArchived = on }
        case .addTag(let tag, let ids):
            let tag = try Self.normalisedTag(tag)
            return try editArticles(ids, db) { _, marks in
                if !marks.tags.contains(tag) { marks.tags = (marks.tags + [tag]).sorted() }
            }
        case .removeTag(let tag, let ids):
            let tag = try Self.normalisedTag(tag)
            return try editArticles(ids, db) { $1.tags.removeAll { $0 == tag } }
        case .setNote(let note, let id):
            let text = note?.trimmingCharacters(in: .whitespacesAndNewlines)
            return try editArticles([id], db) { $1.note = text?.isEmpty == false ? text : nil }
        case .addHighlight(let article, let lines, let text):
            guard lines.first >= 1 else { throw MarkStoreError.invalidChange("a highlight starts at line 1 or later") }
            guard !text.allSatisfy(\.isWhitespace) else { throw MarkStoreError.invalidChange("a highlight needs some text") }
            let highlight = Highlight(id: try MarkRows.nextHighlightID(db), article: article, lines: lines, text: text,
                                      created: Self.now())
            return try editArticles([article], db) { _, marks in
                marks.highlights.append(highlight)
                marks.highlights.sort { ($0.lines.first, $0.id) < ($1.lines.first, $1.id) }
            }
        case .removeHighlight(let id):
            guard let row = try HighlightRecord.fetchOne(db, key: id) else {
                throw MarkStoreError.invalidChange("there is no highlight \(id)")
            }
            return try editArticles([ArticleID(rawValue: row.articleID)], db) { $1.highlights.removeAll { $0.id == id } }
        case .setEntityStarred(let on, let id): return try editEntities([id], db) { $1.isStarred = on }
        case .setEntityHidden(let on, let id): return try editEntities([id], db) { $1.isHidden = on }
        case .renameEntity(let id, let name):
            let name = name?.trimmingCharacters(in: .whitespacesAndNewlines)
            return try editEntities([id], db) { $1.name = name?.isEmpty == false ? name : nil }
        case .mergeEntity(let source, let target):
            try Self.checkMerge(source, into: target, db)
            return try editEntities([source], db) { $1.mergedInto = target }
        case .splitEntity(let id): return try editEntities([id], db) { $1.mergedInto = nil }
        case .detachAlias(let id, let alias):
            let key = NameKey.key(alias)
            guard !key.isEmpty, key != id.rawValue else {
                throw MarkStoreError.invalidChange("cannot detach \(alias.debugDescription) from \(id): it is that entity's own name")
            }
            return try editEntities([id], db) { $1.detached.insert(key) }
        case .reattachAlias(let id, let alias): return try editEntities([id], db) { $1.detached.remove(NameKey.key(alias)) }
        case .replace(let articles, let entities):
            var nextID = try MarkRows.nextHighlightID(db)
            var edit = try editArticles(Array(articles.keys), db) { id, marks in
                marks = articles[id] ?? ArticleMarks()
                marks.tags = try Array(Set(marks.tags.map(Self.normalisedTag))).sorted()
                for index in marks.highlights.indices {
                    marks.highlights[index].id = nextID
                    marks.highlights[index].article = id
                    nextID += 1
                }
            }
            let entityEdit = try editEntities(Array(entities.keys), db) { id, marks in marks = entities[id] ?? EntityMarks() }
            edit.entitiesBefore = entityEdit.entitiesBefore
            edit.entitiesAfter = entityEdit.entitiesAfter
            return edit
        }
    }

    /// Changes the marks of each article given (each once) and writes those that changed.
    private func editArticles(_ ids: [ArticleID], _ db: Database,
                              _ change: (ArticleID, inout ArticleMarks) throws -> Void) throws -> MarkEdit {
        let before = try MarkRows.articles(ids, db)
        var after = before
        for id in after.keys { try change(id, &after[id]!) }
        let changed = after.filter { before[$0.key] != $0.value }
        try MarkRows.write(articles: changed, entities: [:], db)
        let stored = try MarkRows.articles(changed.keys, db)
        return MarkEdit(change: self, articlesBefore: before.filter { changed[$0.key] != nil }, articlesAfter: stored,
                        entitiesBefore: [:], entitiesAfter: [:])
    }

    /// Changes the marks of each entity given and writes those that changed.
    private func editEntities(_ ids: [EntityID], _ db: Database, _ change: (EntityID, inout EntityMarks) -> Void) throws -> MarkEdit {
        let before = try MarkRows.entities(ids, db)
        var after = before
        for id in after.keys { change(id, &after[id]!) }
        let changed = after.filter { before[$0.key] != $0.value }
        try MarkRows.write(articles: [:], entities: changed, db)
        return MarkEdit(change: self, articlesBefore: [:], articlesAfter: [:],
                        entitiesBefore: before.filter { changed[$0.key] != nil }, entitiesAfter: changed)
    }

    /// Refuses merging an entity into itself or into an entity already merged (perhaps indirectly) into it.
    private static func checkMerge(_ source: EntityID, into target: EntityID, _ db: Database) throws {
        var cursor = target
        var seen: Set<EntityID> = [target]
        while true {
            if cursor == source {
                throw MarkStoreError.invalidChange("cannot merge \(source) into \(target): \(target) is \(source) or merged into it")
            }
            guard let next = try MarkRows.entities([cursor], db)[cursor]?.mergedInto, seen.insert(next).inserted else { return }
            cursor = next
        }
    }

    /// A tag as stored: trimmed, in lower case; an empty tag or one with control characters is refused.
    static func normalisedTag(_ tag: String) throws -> String {
        let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !trimmed.isEmpty else { throw MarkStoreError.invalidChange("a tag cannot be empty") }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw MarkStoreError.invalidChange("a tag cannot contain control characters")
        }
        return trimmed
    }

    /// The current time to the millisecond, as the database stores it.
    private static func now() -> Date {
        Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}
