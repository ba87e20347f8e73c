/// The kinds of header line an article can open with.
public enum HeaderKind: String, Codable, Sendable, CaseIterable {
    case title, byline, date, credit, standfirst, dateline
}

/// A header line and the value read from it.
public struct HeaderField: Hashable, Codable, Sendable {
    /// Which field the line gives.
    public var kind: HeaderKind
    /// The value as read, cleaned of its label (`By `, `Published:`…).
    public var value: String
    /// The raw line (or lines) it came from.
    public var lines: LineRange

    public init(kind: HeaderKind, value: String, lines: LineRange) {
        self.kind = kind
        self.value = value
        self.lines = lines
    }
}
