/// A foreground or background colour: the terminal default, one of the eight basic colours
/// (optionally bright), or an entry of the 256-colour palette.
public enum Color: Hashable, Sendable {
    case `default`
    case basic(BasicColor, bright: Bool = false)
    case palette(UInt8)

    /// The eight ANSI colours, in their palette order.
    public enum BasicColor: UInt8, Hashable, Sendable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    /// The closest colour among the basic eight, for terminals with fewer than 256 colours.
    public var basicApproximation: Color {
        guard case .palette(let index) = self else { return self }
        switch index {
        case 0..<8: return .basic(BasicColor(rawValue: index)!)
        case 8..<16: return .basic(BasicColor(rawValue: index - 8)!, bright: true)
        case 232...255: return index < 244 ? .basic(.black, bright: index >= 238) : .basic(.white, bright: index >= 250)
        default:
            let cube = Int(index) - 16
            let (r, g, b) = (cube / 36, cube / 6 % 6, cube % 6)
            let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
            return .basic(BasicColor(rawValue: UInt8(bits))!, bright: max(r, g, b) >= 4)
        }
    }
}

/// Text attributes that terminals can combine freely.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let dim = Attributes(rawValue: 1 << 2)
    public static let reverse = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// How a cell is drawn: colours plus attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// Default colours, no attributes.
    public static let plain = Style()

    /// This style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }
}
