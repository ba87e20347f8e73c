/// One terminal cell: a grapheme cluster and its style. The second column of a wide
/// character is a `continuation` cell, which carries the style but draws nothing itself.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character, style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell(" ")
}
