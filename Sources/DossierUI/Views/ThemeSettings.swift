/// The theme as the config file's `[colors]` writes it: a base (`theme = "256"` or `"16"`) and any style by name,
/// as words: a colour, `on` and a background colour, and attributes (`"yellow bold"`, `"black on cyan reverse"`,
/// `"244 dim"`).
extension Theme {
    /// The standard theme in the sixteen basic colours, for terminals whose palette the user has tuned.
    public static var sixteenColor: Theme {
        var theme = Theme.standard
        for (_, path) in styles {
            theme[keyPath: path].foreground = theme[keyPath: path].foreground.basicApproximation
            theme[keyPath: path].background = theme[keyPath: path].background.basicApproximation
        }
        return theme
    }

    /// Every style the config file can set, by name.
    public static var styles: [(name: String, path: WritableKeyPath<Theme, Style>)] { [
        ("title", \.title), ("metadata", \.metadata), ("dim", \.dim), ("standfirst", \.standfirst), ("heading", \.heading),
        ("border", \.border), ("focused-border", \.focusedBorder), ("selection", \.selection),
        ("focused-selection", \.focusedSelection), ("target", \.target), ("search-match", \.searchMatch), ("status", \.status),
        ("status-message", \.statusMessage), ("unread", \.unread), ("star", \.star), ("selected-mark", \.selectedMark), ("highlight-bar", \.highlightBar),
        ("highlighted-passage", \.highlightedPassage), ("link", \.link), ("removed", \.removed), ("added", \.added),
    ] }
}

extension Style {
    private static let attributeNames: [(String, Attributes)] = [
        ("bold", .bold), ("underline", .underline), ("dim", .dim), ("reverse", .reverse), ("italic", .italic),
    ]

    /// The style `spec` describes, or nil with the first word that is not a colour, `on` or an attribute.
    public static func parse(_ spec: String) -> Result<Style, StyleSpecError> {
        var style = Style()
        var background = false
        for word in spec.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) {
            if word == "on" { background = true; continue }
            if let attribute = attributeNames.first(where: { $0.0 == word })?.1 {
                style.attributes.insert(attribute)
                continue
            }
            guard let color = Color(name: word) else { return .failure(StyleSpecError(word: word)) }
            if background { style.background = color } else { style.foreground = color }
            background = false
        }
        return .success(style)
    }

    /// The style in the words `parse` reads.
    public var spec: String {
        var words: [String] = []
        if foreground != .default { words.append(foreground.name) }
        if background != .default { words += ["on", background.name] }
        words += Self.attributeNames.filter { attributes.contains($0.1) }.map(\.0)
        return words.joined(separator: " ")
    }
}

/// A word of a style that is not a colour, `on` or an attribute.
public struct StyleSpecError: Error, Equatable, CustomStringConvertible {
    public var word: String
    public var description: String {
        "\"\(word)\" is not a colour (black, red, green, yellow, blue, magenta, cyan, white, bright-…, default, 0-255) or an attribute (bold, dim, italic, underline, reverse)"
    }
}

extension Color {
    /// The colour by name: `default`, a basic colour, `bright-` and a basic colour, or a palette number.
    init?(name: String) {
        if name == "default" { self = .default; return }
        if let number = UInt8(name) { self = .palette(number); return }
        let bright = name.hasPrefix("bright-")
        guard let basic = BasicColor.allCases.first(where: { "\($0)" == (bright ? String(name.dropFirst(7)) : name) }) else { return nil }
        self = .basic(basic, bright: bright)
    }

    /// The colour's name, as `init(name:)` reads it.
    var name: String {
        switch self {
        case .default: "default"
        case .basic(let color, let bright): (bright ? "bright-" : "") + "\(color)"
        case .palette(let number): "\(number)"
        }
    }
}
