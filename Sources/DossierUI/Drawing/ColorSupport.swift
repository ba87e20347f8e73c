/// How many colours a terminal can show, and how styles are reduced to fit.
public enum ColorSupport: Hashable, Sendable {
    /// No colours (NO_COLOR set, or a monochrome terminal): attributes only.
    case monochrome
    /// The eight basic colours, bright variants drawn bold.
    case basic8
    /// Eight basic colours plus their bright variants.
    case basic16
    /// The 256-colour palette.
    case palette256

    /// `style` as this terminal can show it. Palette colours fall back to the nearest basic
    /// colour; in monochrome, colours are dropped and a non-default background (how panes mark
    /// a selection or focus) becomes reverse video so it stays visible.
    public func adapt(_ style: Style) -> Style {
        var adapted = style
        switch self {
        case .palette256:
            break
        case .basic16:
            adapted.foreground = style.foreground.basicApproximation
            adapted.background = style.background.basicApproximation
        case .basic8:
            adapted.foreground = style.foreground.basicApproximation
            adapted.background = style.background.basicApproximation
            if case .basic(let color, true) = adapted.foreground {
                adapted.foreground = .basic(color)
                adapted.attributes.insert(.bold)
            }
            if case .basic(let color, true) = adapted.background { adapted.background = .basic(color) }
        case .monochrome:
            adapted.foreground = .default
            adapted.background = .default
            if style.background != .default { adapted.attributes.formSymmetricDifference(.reverse) }
        }
        return adapted
    }
}
