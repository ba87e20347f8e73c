/// A link inside a block's text: the words that carry it and the address they point to, for the reader to follow
/// or open. Offsets count Unicode scalars of the block's `text`, as mention offsets do.
public struct InlineLink: Hashable, Codable, Sendable {
    /// Where the link's words start in the block's text.
    public var start: Int
    /// How many Unicode scalars the words take.
    public var length: Int
    /// The absolute `http` or `https` address (a relative one resolved against the page's address).
    public var url: String

    public init(start: Int, length: Int, url: String) {
        self.start = start
        self.length = length
        self.url = url
    }
}
