/// The kinds of header line an article can open with.
public enum HeaderKind: String, Codable, Sendable, CaseIterable {
    case title, byline, date, credit, standfirst, dateline
    /// Fields that only structured formats (JSON, front matter, feeds, HTML metadata) state.
    case publisher, url, language, tags
}

/// A header line and the value read from it.
public struct HeaderField: Hashable, Codable, Sendable {
    /// Which field the line gives.
    public var kind: HeaderKind
    /// The value as read, cleaned of its label (`By `, `Published:`…).
    public var value: String
    /// The raw line (or lines) it came from.
    public var lines: LineRange
    /// Where in a structured document the value was read (`og:title`, `JSON-LD headline`, `front matter date`,
    /// `JSON authors`); nil for plain text, where `lines` tells.
    public var source: String?

    public init(kind: HeaderKind, value: String, lines: LineRange, source: String? = nil) {
        self.kind = kind
        self.value = value
        self.lines = lines
        self.source = source
    }
}
