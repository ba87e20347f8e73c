/// Keys by name, as the help, `docs/keys.md` and the config file write them: a character as itself (`s`, `S`, `?`),
/// `Space`, `Ctrl-d`, `F5`, and `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `Enter`, `Esc`,
/// `Tab`, `Shift-Tab`, `Backspace`, `Delete`, `Insert`.
extension Key {
    private static let named: [(String, Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end), ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("Shift-Tab", .backTab),
        ("Backspace", .backspace), ("Delete", .delete), ("Insert", .insert), ("Space", .character(" ")),
    ]

    /// Other spellings the config file accepts for named keys (compared without case).
    private static let aliases: [String: Key] = [
        "escape": .escape, "return": .enter, "pageup": .pageUp, "pagedown": .pageDown, "backtab": .backTab,
        "s-tab": .backTab, "del": .delete, "bs": .backspace,
    ]

    /// The key's name.
    public var name: String {
        if let (name, _) = Self.named.first(where: { $0.1 == self }) { return name }
        switch self {
        case .character(let character): return String(character)
        case .control(let character): return "Ctrl-\(character)"
        case .function(let number): return "F\(number)"
        default: return "\(self)"
        }
    }

    /// The key named `name`, or nil when no key has that name (or it cannot be told apart: Ctrl-h, Ctrl-i, Ctrl-j and
    /// Ctrl-m arrive as Backspace, Tab and Enter).
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
            self = .character(character)
            return
        }
        let lowered = name.lowercased()
        if let (_, key) = Self.named.first(where: { $0.0.lowercased() == lowered }) { self = key; return }
        if let key = Self.aliases[lowered] { self = key; return }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter, !"hijm".contains(letter) else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...63).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }
}
