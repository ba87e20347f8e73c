/// One mention of a named entity found in a text: its kind, its words as written, and where it is.
public struct TaggedSpan: Hashable, Sendable {
    /// What the mention names.
    public var kind: EntityKind
    /// The mention as written in the text, from its first token to its last.
    public var text: String
    /// Where the mention lies in the text it was found in.
    public var range: Range<String.Index>

    /// Makes a span from its kind, surface text and range.
    public init(kind: EntityKind, text: String, range: Range<String.Index>) {
        self.kind = kind
        self.text = text
        self.range = range
    }
}
