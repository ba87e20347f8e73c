/// What one line of a saved web page is, as told by `PageDumpDetector.classify(_:)`.
public enum PageLineRole: Hashable, Sendable {
    /// A line with nothing but white space.
    case blank
    /// The page title or the article headline (kept out of the body).
    case title
    /// A line of the article body.
    case body
    /// Page furniture (menus, share buttons, comments, footers), folded in the reader, with why it was judged so.
    case furniture(reason: String)

    /// Whether the line belongs to the article body.
    public var isBody: Bool { self == .body }
}
