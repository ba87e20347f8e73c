import Foundation
import GRDB

/// The marks of an article moved to the article it became.
public struct ArticleMove: Hashable, Sendable {
    public var old: ArticleID
    public var new: ArticleID
    /// Highlights whose passage is not in the new text (kept, detached).
    public var detachedHighlights: Int
}

/// Moving marks along an article's successions (an edit gives the text a new id), merging them with any marks the
/// new id has, re-anchoring highlights by their passage and recording each move in `articleHistory`.
enum MarkSuccession {
    /// Every article id that has a mark.
    static func markedIDs(_ db: Database) throws -> Set<ArticleID> {
        Set(try String.fetchAll(db, sql: """
            SELECT articleID FROM articleMark UNION SELECT articleID FROM articleTag UNION SELECT articleID FROM highlight
            """).map(ArticleID.init(rawValue:)))
    }

    /// The ids each moved id became, as recorded.
    static func history(_ db: Database) throws -> [ArticleID: ArticleID] {
        Dictionary(try Row.fetchAll(db, sql: "SELECT oldID, newID FROM articleHistory").map { (ArticleID(rawValue: $0[0]), ArticleID(rawValue: $0[1])) }) { _, last in last }
    }

    /// Where `id` leads through `successions` (old to new) to an id in `live`; nil when it leads to none.
    static func destination(of id: ArticleID, through successions: [ArticleID: ArticleID], live: Set<ArticleID>) -> ArticleID? {
        var current = id
        var seen: Set<ArticleID> = [id]
        while let next = successions[current], seen.insert(next).inserted {
            if live.contains(next) { return next }
            current = next
        }
        return nil
    }

    /// Moves the marks of `old` onto `new` (which keeps its own: flags or'ed, tags joined, its note first), their
    /// highlights anchored again in `lines` (the new text's raw lines), and records the move.
    static func move(_ old: ArticleID, to new: ArticleID, lines: [String]?, _ db: Database) throws -> ArticleMove {
        let marks = try MarkRows.articles([old, new], db)
        let moving = marks[old] ?? ArticleMarks()
        var merged = marks[new] ?? ArticleMarks()
        merged.isRead = merged.isRead || moving.isRead
        merged.isStarred = merged.isStarred || moving.isStarred
        merged.isArchived = merged.isArchived || moving.isArchived
        merged.tags = Array(Set(merged.tags + moving.tags)).sorted()
        if let note = moving.note, note != merged.note { merged.note = merged.note.map { $0 + "\n\n" + note } ?? note }
        var detached = 0
        for highlight in moving.highlights {
            var anchored = anchor(highlight, in: lines)
            anchored.article = new
            if anchored.isDetached && !highlight.isDetached { detached += 1 }
            merged.highlights.append(anchored)
        }
        merged.highlights.sort { ($0.lines.first, $0.id) < ($1.lines.first, $1.id) }
        // The old rows go first: the highlights keep their ids.
        try MarkRows.write(articles: [old: ArticleMarks()], entities: [:], db)
        try MarkRows.write(articles: [new: merged], entities: [:], db)
        try db.execute(sql: "INSERT OR REPLACE INTO articleHistory (oldID, newID, movedAt) VALUES (?, ?, ?)",
                       arguments: [old.rawValue, new.rawValue, Date()])
        // Ids that had become `old` become `new`, so a chain is one step.
        try db.execute(sql: "UPDATE articleHistory SET newID = ? WHERE newID = ?", arguments: [new.rawValue, old.rawValue])
        return ArticleMove(old: old, new: new, detachedHighlights: detached)
    }

    /// `highlight` placed on the lines of `lines` (1-based raw lines) that hold its passage, the first such run; detached
    /// when no run holds it, or when there are no lines to look in.
    static func anchor(_ highlight: Highlight, in lines: [String]?) -> Highlight {
        var placed = highlight
        let passage = normalised(highlight.text)
        guard let lines, !passage.isEmpty else {
            placed.isDetached = true
            return placed
        }
        let words = lines.map(normalised)
        let span = max(1, highlight.lines.last - highlight.lines.first + 1)
        func text(_ range: ClosedRange<Int>) -> String { words[range].filter { !$0.isEmpty }.joined(separator: " ") }
        for start in words.indices where !words[start].isEmpty {
            // The passage within the highlight's own number of lines and a few more (an edit may rewrap it).
            for end in start ..< min(words.count, start + span + 3) where text(start...end).contains(passage) {
                var first = start
                while first < end, text((first + 1)...end).contains(passage) { first += 1 }
                placed.lines = LineRange(first + 1, end + 1)
                placed.isDetached = false
                return placed
            }
        }
        placed.isDetached = true
        return placed
    }

    /// Words of `text` in lower case, one space apart.
    private static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
