import Foundation
import GRDB

/// Reading and writing whole snapshots of marks (`ArticleMarks`, `EntityMarks`) as rows.
enum MarkRows {
    /// The marks of the given articles; an article without rows gets empty marks.
    static func articles(_ ids: some Collection<ArticleID>, _ db: Database) throws -> [ArticleID: ArticleMarks] {
        var result = Dictionary(ids.map { ($0, ArticleMarks()) }) { first, _ in first }
        let keys = Array(Set(ids.map(\.rawValue)))
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start ..< min(start + 500, keys.count)])
            try fill(&result, db,
                     flags: ArticleMarkRecord.filter(chunk.contains(Column("articleID"))),
                     tags: ArticleTagRecord.filter(chunk.contains(Column("articleID"))),
                     highlights: HighlightRecord.filter(chunk.contains(Column("articleID"))))
        }
        return result
    }

    /// The marks of every article that has any row.
    static func allArticles(_ db: Database) throws -> [ArticleID: ArticleMarks] {
        var result: [ArticleID: ArticleMarks] = [:]
        try fill(&result, db, flags: ArticleMarkRecord.all(), tags: ArticleTagRecord.all(), highlights: HighlightRecord.all())
        return result
    }

    private static func fill(
        _ result: inout [ArticleID: ArticleMarks], _ db: Database,
        flags: QueryInterfaceRequest<ArticleMarkRecord>, tags: QueryInterfaceRequest<ArticleTagRecord>,
        highlights: QueryInterfaceRequest<HighlightRecord>
    ) throws {
        for row in try flags.fetchAll(db) {
            let id = ArticleID(rawValue: row.articleID)
            result[id, default: ArticleMarks()].isRead = row.isRead
            result[id, default: ArticleMarks()].isStarred = row.isStarred
            result[id, default: ArticleMarks()].isArchived = row.isArchived
            result[id, default: ArticleMarks()].note = row.note
        }
        for row in try tags.order(Column("tag")).fetchAll(db) {
            result[ArticleID(rawValue: row.articleID), default: ArticleMarks()].tags.append(row.tag)
        }
        for row in try highlights.order(Column("firstLine"), Column("id")).fetchAll(db) {
            result[ArticleID(rawValue: row.articleID), default: ArticleMarks()].highlights.append(row.highlight)
        }
    }

    /// The marks of the given entities; an entity without a row gets empty marks.
    static func entities(_ ids: some Collection<EntityID>, _ db: Database) throws -> [EntityID: EntityMarks] {
        var result = Dictionary(ids.map { ($0, EntityMarks()) }) { first, _ in first }
        for id in result.keys {
            if let row = try EntityMarkRecord.fetchOne(db, key: id.rawValue) { result[id] = row.marks }
        }
        return result
    }

    /// The marks of every entity that has a row.
    static func allEntities(_ db: Database) throws -> [EntityID: EntityMarks] {
        Dictionary(try EntityMarkRecord.fetchAll(db).map { (EntityID(rawValue: $0.entityID), $0.marks) }) { first, _ in first }
    }

    /// Makes the rows of each article and entity given say exactly its snapshot (no rows for empty marks).
    static func write(articles: [ArticleID: ArticleMarks], entities: [EntityID: EntityMarks], _ db: Database) throws {
        for (id, marks) in articles {
            _ = try ArticleMarkRecord.deleteOne(db, key: id.rawValue)
            _ = try ArticleTagRecord.filter(Column("articleID") == id.rawValue).deleteAll(db)
            _ = try HighlightRecord.filter(Column("articleID") == id.rawValue).deleteAll(db)
            if marks.isRead || marks.isStarred || marks.isArchived || marks.note != nil {
                try ArticleMarkRecord(articleID: id.rawValue, isRead: marks.isRead, isStarred: marks.isStarred,
                                      isArchived: marks.isArchived, note: marks.note).insert(db)
            }
            for tag in marks.tags { try ArticleTagRecord(articleID: id.rawValue, tag: tag).insert(db) }
            for highlight in marks.highlights { try HighlightRecord(highlight).insert(db) }
        }
        for (id, marks) in entities {
            _ = try EntityMarkRecord.deleteOne(db, key: id.rawValue)
            if !marks.isEmpty { try EntityMarkRecord(id, marks).insert(db) }
        }
    }

    /// An id no highlight has ever had in this file (ids are never reused, so undo can restore old ones).
    static func nextHighlightID(_ db: Database) throws -> Int64 {
        let used = try Int64.fetchOne(db, sql: """
            SELECT MAX(x) FROM (SELECT seq AS x FROM sqlite_sequence WHERE name = 'highlight'
                                UNION ALL SELECT MAX(id) FROM highlight)
            """)
        return (used ?? 0) + 1
    }
}
