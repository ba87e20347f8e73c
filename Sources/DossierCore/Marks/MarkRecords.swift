import Foundation
import GRDB

/// A row of `articleMark`: the flags and note of one article.
struct ArticleMarkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "articleMark"
    var articleID: String
    var isRead: Bool
    var isStarred: Bool
    var isArchived: Bool
    var note: String?
}

/// A row of `articleTag`: one tag on one article.
struct ArticleTagRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "articleTag"
    var articleID: String
    var tag: String
}

/// A row of `highlight`.
struct HighlightRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "highlight"
    var id: Int64
    var articleID: String
    var firstLine: Int
    var lastLine: Int
    var text: String
    var createdAt: Date
    var detached: Bool

    init(_ highlight: Highlight) {
        id = highlight.id
        articleID = highlight.article.rawValue
        firstLine = highlight.lines.first
        lastLine = highlight.lines.last
        text = highlight.text
        createdAt = highlight.created
        detached = highlight.isDetached
    }

    var highlight: Highlight {
        Highlight(id: id, article: ArticleID(rawValue: articleID), lines: LineRange(firstLine, max(firstLine, lastLine)),
                  text: text, created: createdAt, isDetached: detached)
    }
}

/// A row of `entityMark`: the marks of one entity.
struct EntityMarkRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "entityMark"
    var entityID: String
    var isStarred: Bool
    var isHidden: Bool
    var name: String?
    var mergedInto: String?
    /// The detached name keys, one a line (a key holds no line break).
    var detached: String?

    init(_ id: EntityID, _ marks: EntityMarks) {
        entityID = id.rawValue
        isStarred = marks.isStarred
        isHidden = marks.isHidden
        name = marks.name
        mergedInto = marks.mergedInto?.rawValue
        detached = marks.detached.isEmpty ? nil : marks.detached.sorted().joined(separator: "\n")
    }

    var marks: EntityMarks {
        EntityMarks(isStarred: isStarred, isHidden: isHidden, name: name, mergedInto: mergedInto.map(EntityID.init(rawValue:)),
                    detached: Set(detached?.split(separator: "\n").map(String.init) ?? []))
    }
}
