/// One word or punctuation mark found in a text, with where it sits in that text.
public struct Token: Hashable, Sendable {
    /// The token as written in the source (curly quotes and all).
    public var text: String
    /// Where the token lies in the string it was cut from.
    public var range: Range<String.Index>

    /// Makes a token from its text and its range in the source string.
    public init(text: String, range: Range<String.Index>) {
        self.text = text
        self.range = range
    }
}
