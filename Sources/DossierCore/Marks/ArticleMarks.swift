import Foundation

/// Everything a reader has marked on one article: read, starred, archived, tags, a note and highlights.
public struct ArticleMarks: Hashable, Codable, Sendable {
    public var isRead = false
    public var isStarred = false
    public var isArchived = false
    /// Tags in lower case, sorted, each once.
    public var tags: [String] = []
    /// A short note, or nil.
    public var note: String?
    /// Highlighted passages, in order of their first line.
    public var highlights: [Highlight] = []

    public init(isRead: Bool = false, isStarred: Bool = false, isArchived: Bool = false, tags: [String] = [],
                note: String? = nil, highlights: [Highlight] = []) {
        self.isRead = isRead
        self.isStarred = isStarred
        self.isArchived = isArchived
        self.tags = tags
        self.note = note
        self.highlights = highlights
    }

    /// Whether nothing is marked, so the article needs no rows in the database.
    public var isEmpty: Bool { self == ArticleMarks() }
}

/// A highlighted passage: its text and the raw lines of the article it was taken from.
public struct Highlight: Hashable, Codable, Sendable, Identifiable {
    /// The database row id; stable across undo and redo.
    public var id: Int64
    public var article: ArticleID
    public var lines: LineRange
    /// The text as it was highlighted, kept so the passage survives edits of the file.
    public var text: String
    /// When it was made, to the millisecond.
    public var created: Date

    public init(id: Int64, article: ArticleID, lines: LineRange, text: String, created: Date) {
        self.id = id
        self.article = article
        self.lines = lines
        self.text = text
        self.created = created
    }
}
