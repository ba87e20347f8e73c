import DossierCore

/// A command typed after `:` that marks every article in the current (filtered) list at once.
enum BulkCommand: Equatable {
    case read, unread
    case tag(String), untag(String)

    /// The commands with what they do, for the help and `docs/keys.md`.
    static let help: [(command: String, help: String)] = [
        ("q, quit", "quit"), ("entity NAME", "find an entity of the collection by name and open its page"),
        ("save NAME", "keep the current filter under NAME, listed in the sidebar with its count"), ("unsave NAME", "forget a saved filter"), ("read all", "mark every listed article read"), ("unread all", "mark every listed article unread"),
        ("tag all NAME", "tag every listed article"), ("untag all NAME", "untag every listed article"),
    ]

    /// The commands, for the status line when one is not understood.
    static let usage = help.map(\.command).joined(separator: " · ")

    /// Whether `text` asks to quit (`q`, `quit`, as in vi and less).
    static func quits(_ text: String) -> Bool {
        ["q", "quit", "q!", "qa", "qall"].contains(text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The command `text` names, or nil.
    init?(_ text: String) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count >= 2, words[1].lowercased() == "all" else { return nil }
        switch (words[0].lowercased(), words.count) {
        case ("read", 2): self = .read
        case ("unread", 2): self = .unread
        case ("tag", 3): self = .tag(words[2])
        case ("untag", 3): self = .untag(words[2])
        default: return nil
        }
    }

    /// The change over `articles`.
    func change(for articles: [ArticleID]) -> MarkChange {
        switch self {
        case .read: .setRead(true, articles)
        case .unread: .setRead(false, articles)
        case .tag(let name): .addTag(name, articles)
        case .untag(let name): .removeTag(name, articles)
        }
    }
}

extension AppState {
    /// The change a submitted command line asks for, over every listed article.
    mutating func runCommand(_ text: String) -> [Effect] {
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        if BulkCommand.quits(text) { return [.quit] }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if words.first?.lowercased() == "entity" { return startPicking(.open, text: words.count > 1 ? words[1] : "") }
        if words.first?.lowercased() == "save" { return saveFilter(named: words.count > 1 ? words[1] : "") }
        if words.first?.lowercased() == "unsave" { return forgetFilter(named: words.count > 1 ? words[1] : "") }
        guard let command = BulkCommand(text) else {
            message = "Unknown command: \(text) (\(BulkCommand.usage))"
            return []
        }
        guard !listOrder.isEmpty else { message = "No articles listed"; return [] }
        return [.mark(command.change(for: listOrder))]
    }
}
