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

    /// The fields, as JSON names them.
    public enum Field: String, CodingKey, CaseIterable, Sendable { case isRead, isStarred, isArchived, tags, note, highlights }

    /// Decodes the fields given; the others keep their empty values (`MarksArchive` tells which were given).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        isRead = try container.decodeIfPresent(Bool.self, forKey: .isRead) ?? false
        isStarred = try container.decodeIfPresent(Bool.self, forKey: .isStarred) ?? false
        isArchived = try container.decodeIfPresent(Bool.self, forKey: .isArchived) ?? false
        tags = try container.decodeIfPresent([String].self, forKey: .tags) ?? []
        note = try container.decodeIfPresent(String.self, forKey: .note)
        highlights = try container.decodeIfPresent([Highlight].self, forKey: .highlights) ?? []
    }

    /// Encodes every field, an absent note as `null`: an export says what each field is, so that importing it sets
    /// exactly that.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(isRead, forKey: .isRead)
        try container.encode(isStarred, forKey: .isStarred)
        try container.encode(isArchived, forKey: .isArchived)
        try container.encode(tags, forKey: .tags)
        if let note { try container.encode(note, forKey: .note) } else { try container.encodeNil(forKey: .note) }
        try container.encode(highlights, forKey: .highlights)
    }

    /// These marks with the `fields` of `other` put in.
    func taking(_ fields: Set<Field>, from other: ArticleMarks) -> ArticleMarks {
        var merged = self
        for field in fields {
            switch field {
            case .isRead: merged.isRead = other.isRead
            case .isStarred: merged.isStarred = other.isStarred
            case .isArchived: merged.isArchived = other.isArchived
            case .tags: merged.tags = other.tags
            case .note: merged.note = other.note
            case .highlights: merged.highlights = other.highlights
            }
        }
        return merged
    }
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
    /// Whether its passage was not found in the article's text after an edit (`MarkStore.follow`): it is kept, with
    /// the lines it had, but stands for no lines of the text.
    public var isDetached = false

    public init(id: Int64, article: ArticleID, lines: LineRange, text: String, created: Date, isDetached: Bool = false) {
        self.id = id
        self.article = article
        self.lines = lines
        self.text = text
        self.created = created
        self.isDetached = isDetached
    }

    private enum CodingKeys: String, CodingKey { case id, article, lines, text, created, isDetached }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        article = try container.decode(ArticleID.self, forKey: .article)
        lines = try container.decode(LineRange.self, forKey: .lines)
        text = try container.decode(String.self, forKey: .text)
        created = try container.decode(Date.self, forKey: .created)
        isDetached = try container.decodeIfPresent(Bool.self, forKey: .isDetached) ?? false
    }
}

extension ArticleMarks {
    /// The marks in a few words: `read starred #tag note 2 highlights`.
    public var summary: String {
        var words = [isRead ? "read" : "unread"]
        if isStarred { words.append("starred") }
        if isArchived { words.append("archived") }
        words += tags.map { "#" + $0 }
        if note != nil { words.append("note") }
        if !highlights.isEmpty { words.append("\(highlights.count) highlight\(highlights.count == 1 ? "" : "s")") }
        return words.joined(separator: " ")
    }
}
