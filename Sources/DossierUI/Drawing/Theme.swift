import DossierCore

/// The styles the reader draws with. Colours are reduced by the terminal's `ColorSupport`; every distinction
/// that matters (focus, selection, mention kinds) also has an attribute, so a monochrome screen keeps it.
public struct Theme: Hashable, Sendable {
    public var title = Style(attributes: .bold)
    public var metadata = Style(foreground: .palette(244), attributes: .dim)
    public var dim = Style(foreground: .palette(244), attributes: .dim)
    public var standfirst = Style(attributes: .italic)
    public var heading = Style(foreground: .basic(.cyan), attributes: .bold)
    public var border = Style(foreground: .palette(240))
    public var focusedBorder = Style(foreground: .basic(.cyan, bright: true), attributes: .bold)
    public var selection = Style(background: .palette(238), attributes: .bold)
    public var focusedSelection = Style(foreground: .basic(.black), background: .basic(.cyan), attributes: .bold)
    public var target = Style(attributes: [.reverse, .bold])
    public var searchMatch = Style(foreground: .basic(.black), background: .basic(.yellow), attributes: .bold)
    public var status = Style(foreground: .basic(.white, bright: true), background: .palette(236))
    public var statusMessage = Style(foreground: .basic(.yellow, bright: true), background: .palette(236), attributes: .bold)
    public var unread = Style(foreground: .basic(.green, bright: true), attributes: .bold)
    public var star = Style(foreground: .basic(.yellow, bright: true), attributes: .bold)
    /// The tick of an article selected in the list.
    public var selectedMark = Style(foreground: .basic(.magenta, bright: true), attributes: .bold)
    /// The bar in the margin of a highlighted paragraph (a glyph, so it shows without colour too).
    public var highlightBar = Style(foreground: .basic(.yellow, bright: true), attributes: .bold)
    /// The text of a highlighted paragraph.
    public var highlightedPassage = Style(background: .palette(58), attributes: .bold)
    /// The words of a link in an article (underlined, so it shows without colour too).
    public var link = Style(foreground: .basic(.blue, bright: true), attributes: .underline)
    /// Words a later version of a text removed (marked `[-…-]` too, for a screen without colour).
    public var removed = Style(foreground: .basic(.red, bright: true))
    /// Words a later version of a text added (marked `{+…+}` too).
    public var added = Style(foreground: .basic(.green, bright: true), attributes: .bold)

    /// The standard theme.
    public static let standard = Theme()

    /// How a mention of `kind` is drawn: a colour each, plus bold or underline so kinds differ without colour.
    public func mention(_ kind: EntityKind) -> Style {
        switch kind {
        case .person: Style(foreground: .basic(.cyan, bright: true), attributes: .bold)
        case .organization: Style(foreground: .basic(.yellow, bright: true), attributes: [.bold, .underline])
        case .place: Style(foreground: .basic(.green, bright: true), attributes: .underline)
        case .other: Style(foreground: .basic(.magenta, bright: true), attributes: .italic)
        }
    }

    /// The mentions of the entity selected in the sidebar.
    public var highlightedMention: Style { Style(foreground: .basic(.black), background: .basic(.magenta), attributes: [.bold, .underline]) }
}
