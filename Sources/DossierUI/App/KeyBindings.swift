/// Where a key binding applies: a pane with the focus, anywhere outside prompts and the help, the prompt, or the help.
public enum BindingContext: String, CaseIterable, Hashable, Sendable {
    case list, reader, sidebar, anywhere, prompt, help

    /// The heading of the context's keys in the help and `docs/keys.md`.
    public var title: String {
        switch self {
        case .list: "In the article list"
        case .reader: "In the reading view (and on entity pages)"
        case .sidebar: "In the entity sidebar"
        case .anywhere: "Anywhere"
        case .prompt: "At a prompt (filter, search, tag, note, command, rename)"
        case .help: "In this help"
        }
    }

    /// The context of a pane with the focus.
    init(_ pane: Pane) {
        switch pane {
        case .list: self = .list
        case .reader: self = .reader
        case .sidebar: self = .sidebar
        }
    }
}

/// One line of the binding table: keys, the command they send, where, and what it does in words.
public struct Binding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var context: BindingContext
    public var help: String

    public init(_ keys: [Key], _ command: Command, _ context: BindingContext, _ help: String) {
        self.keys = keys
        self.command = command
        self.context = context
        self.help = help
    }
}

/// Why a binding cannot be changed.
public enum KeyBindingError: Error, Equatable, CustomStringConvertible {
    case unknownCommand(String)
    case unknownKey(String)
    case noKeys(String)
    case typedAtPrompt(String, String)

    public var description: String {
        switch self {
        case .unknownCommand(let name): "unknown action \"\(name)\" (docs/keys.md lists them)"
        case .unknownKey(let name): "unknown key \"\(name)\" (keys are written like s, S, Ctrl-s, F5, Space, Enter, PgDn)"
        case .noKeys(let name): "no key given for \"\(name)\""
        case .typedAtPrompt(let name, let key): "\"\(name)\" acts at a prompt, where \"\(key)\" is typed: bind it to a control or named key"
        }
    }
}

/// The one table of keys: it drives the keymap, the help overlay, the status-bar hints, `docs/keys.md` and the
/// config file's `[keys]`. A pane's bindings are looked up before those that apply anywhere.
public struct KeyBindings: Hashable, Sendable {
    /// The bindings in help order.
    public private(set) var bindings: [Binding]
    private var lookup: [BindingContext: [Key: Command]] = [:]

    /// The keys the reader ships with.
    public static let standard = KeyBindings(bindings: KeyBindings.table)

    public init(bindings: [Binding]) {
        self.bindings = bindings
        rebuildLookup()
    }

    private mutating func rebuildLookup() {
        lookup = [:]
        for binding in bindings {
            for key in binding.keys where lookup[binding.context]?[key] == nil { lookup[binding.context, default: [:]][key] = binding.command }
        }
    }

    /// The command `key` sends in `context`.
    public func command(for key: Key, in context: BindingContext) -> Command? { lookup[context]?[key] }

    /// The keys bound to `command`, in the first context given that binds it.
    public func keys(for command: Command, in contexts: [BindingContext] = BindingContext.allCases) -> [Key] {
        for context in contexts {
            let keys = bindings.filter { $0.context == context && $0.command == command }.flatMap(\.keys)
            if !keys.isEmpty { return keys }
        }
        return []
    }

    /// What `command` does in words: its help where it applies anywhere, else in the first pane that binds it.
    public func help(for command: Command) -> String {
        let order: [BindingContext] = [.anywhere, .list, .reader, .sidebar, .prompt, .help]
        return order.lazy.compactMap { context in bindings.first { $0.context == context && $0.command == command }?.help }.first ?? ""
    }

    /// Binds `command` to `keys` instead of its keys, in every context where it is bound; the keys are taken from
    /// whatever else they sent there.
    public mutating func rebind(_ command: Command, to keys: [Key]) {
        let contexts = Set(bindings.filter { $0.command == command }.map(\.context))
        for index in bindings.indices where contexts.contains(bindings[index].context) {
            if bindings[index].command == command {
                bindings[index].keys = keys
            } else {
                bindings[index].keys.removeAll { keys.contains($0) }
            }
        }
        rebuildLookup()
    }

    /// Binds `command` (by name) to keys (by name), as the config file's `[keys]` does.
    public mutating func rebind(_ name: String, to keyNames: [String]) throws(KeyBindingError) {
        guard let command = Command(rawValue: name) else { throw .unknownCommand(name) }
        guard !keyNames.isEmpty else { throw .noKeys(name) }
        var keys: [Key] = []
        for keyName in keyNames {
            guard let key = Key(name: keyName) else { throw .unknownKey(keyName) }
            if case .character = key, bindings.contains(where: { $0.command == command && $0.context == .prompt }) {
                throw .typedAtPrompt(name, keyName)
            }
            keys.append(key)
        }
        rebind(command, to: keys)
    }

    /// The short hints of the status bar for a pane with the focus: keys as bound, then what they do.
    public func hints(for pane: Pane) -> String {
        let contexts = [BindingContext(pane), .anywhere]
        return Self.hintCommands[pane, default: []].compactMap { commands, label -> String? in
            let names = commands.compactMap { self.keys(for: $0, in: contexts).first?.name }
            return names.isEmpty ? nil : names.joined(separator: "/") + " " + label
        }.joined(separator: " · ")
    }

    /// Which commands the status bar names for each pane.
    private static let hintCommands: [Pane: [(commands: [Command], label: String)]] = [
        .list: [([.down, .up], "move"), ([.open], "open"), ([.star], "star"), ([.read], "read"), ([.tag], "tag"), ([.filter], "filter"),
                ([.command], "all"), ([.help], "help"), ([.backOrQuit], "quit")],
        .reader: [([.next, .previous], "mentions"), ([.open], "follow"), ([.back], "back"), ([.highlight], "highlight"), ([.tag], "tag"),
                  ([.note], "note"), ([.help], "help")],
        .sidebar: [([.open], "page"), ([.nextUnread], "next unread"), ([.star], "pin"), ([.hideEntity], "hide"), ([.merge], "merge"),
                   ([.rename], "rename"), ([.help], "help")],
    ]

    private static let table: [Binding] = [
        Binding([.character("j"), .down], .down, .help, "scroll the help down"),
        Binding([.character("k"), .up], .up, .help, "scroll the help up"),
        Binding([.pageDown, .character(" "), .control("f")], .pageDown, .help, "a page down"),
        Binding([.pageUp, .character("b"), .control("b")], .pageUp, .help, "a page up"),
        Binding([.escape, .character("?"), .character("q")], .closeHelp, .help, "close the help"),

        Binding([.character("N")], .nextUnread, .sidebar, "next unread article mentioning the entity (previous match while searching)"),
        Binding([.enter], .open, .sidebar, "open the entity's page; finish a merge"),

        Binding([.enter], .open, .reader, "follow the mention or link; unfold furniture"),
        Binding([.character("A")], .allArticles, .reader, "on an entity page, list all its articles, a line each"),

        Binding([.enter], .open, .list, "open the article"),
        Binding([.character("/")], .search, .list, "search all articles: w \"phrase\" pre* a OR b -w (Esc ends)"),
        Binding([.character("x")], .select, .list, "select the article, or unselect it: u s a t then act on every selected one (Esc clears)"),

        Binding([.tab], .focusNext, .anywhere, "focus the next pane"),
        Binding([.backTab], .focusPrevious, .anywhere, "focus the previous pane"),
        Binding([.character("h"), .left], .focusLeft, .anywhere, "focus the pane to the left"),
        Binding([.character("l"), .right], .focusRight, .anywhere, "focus the pane to the right"),
        Binding([.character("j"), .down], .down, .anywhere, "move down"),
        Binding([.character("k"), .up], .up, .anywhere, "move up"),
        Binding([.pageDown, .character(" "), .control("f")], .pageDown, .anywhere, "page down"),
        Binding([.pageUp, .character("b"), .control("b")], .pageUp, .anywhere, "page up"),
        Binding([.control("d")], .halfPageDown, .anywhere, "half a page down"),
        Binding([.control("u")], .halfPageUp, .anywhere, "half a page up"),
        Binding([.character("g"), .home], .top, .anywhere, "top"),
        Binding([.character("G"), .end], .bottom, .anywhere, "bottom"),
        Binding([.character("n"), .character("]")], .next, .anywhere, "next mention or link of the open page, or search match"),
        Binding([.character("N"), .character("[")], .previous, .anywhere, "previous mention or link, or search match"),
        Binding([.character("/")], .search, .anywhere, "search the pane (n/N step, Esc ends)"),
        Binding([.character("f")], .filter, .anywhere, "filter the list: words is:unread tag:T entity:N folder:F -neg a OR b (…) (Esc in the list clears)"),
        Binding([.character("o")], .sort, .anywhere, "sort the list by date, title or source"),
        Binding([.character("w")], .layout, .anywhere, "layout: three panes, list and reader, one pane"),
        Binding([.character("Z")], .zoom, .anywhere, "zoom the focused pane to the whole width, or back"),
        Binding([.character("r")], .raw, .anywhere, "raw text of the article"),
        Binding([.character("z")], .foldAll, .anywhere, "fold or unfold all page furniture"),
        Binding([.backspace, .control("o"), .character("H")], .back, .anywhere, "back"),
        Binding([.character("L")], .forward, .anywhere, "forward (Ctrl-i is Tab in terminals)"),
        Binding([.character("u")], .read, .anywhere, "toggle read"),
        Binding([.character("s")], .star, .anywhere, "toggle starred; in the sidebar or on an entity page, pin the entity"),
        Binding([.character("a")], .archive, .anywhere, "toggle archived"),
        Binding([.character("t")], .tag, .anywhere, "tag: T adds, -T removes, Tab completes"),
        Binding([.character("e")], .note, .anywhere, "edit the note (empty clears it)"),
        Binding([.character("E")], .editNote, .anywhere, "edit the note in $VISUAL or $EDITOR"),
        Binding([.character("O")], .openURL, .anywhere, "open the article's web address ([open] url; its file when it has none)"),
        Binding([.character("P")], .openFile, .anywhere, "show the article's file ([open] file: $PAGER or less)"),
        Binding([.character("v")], .highlight, .anywhere, "highlight the paragraph; again removes it"),
        Binding([.character("x")], .hideEntity, .anywhere, "hide the entity (sidebar, entity page): not a real one"),
        Binding([.character("m")], .merge, .anywhere, "merge the entity into the one picked next with Enter"),
        Binding([.character("M")], .split, .anywhere, "split out the entities merged into the entity"),
        Binding([.character("R")], .rename, .anywhere, "rename the entity (empty restores the extracted name; an existing name offers a merge)"),
        Binding([.character("D")], .detach, .anywhere, "detach a name wrongly joined to the entity"),
        Binding([.character("C")], .corrections, .anywhere, "entity corrections: hidden, renamed, merged, detached; Enter undoes one"),
        Binding([.character("I")], .orphans, .anywhere, "orphaned marks (their article is gone): attach to the list's article, or delete"),
        Binding([.character("V")], .versions, .anywhere, "versions of the article (a text fetched or syndicated again, one row) and what changed"),
        Binding([.character(":")], .command, .anywhere, "command line (below)"),
        Binding([.character("U")], .undo, .anywhere, "undo a mark change"),
        Binding([.control("r")], .redo, .anywhere, "redo a mark change"),
        Binding([.escape], .cancel, .anywhere, "cancel: prompt, merge, selection, search, filter, raw view"),
        Binding([.character("?")], .help, .anywhere, "this help"),
        Binding([.character("q")], .backOrQuit, .anywhere, "back; quit at the top"),
        Binding([.character("Q"), .control("c")], .quit, .anywhere, "quit at once"),
        Binding([.control("z")], .suspend, .anywhere, "suspend (fg resumes)"),

        Binding([.enter], .promptSubmit, .prompt, "run the prompt's text"),
        Binding([.tab], .promptComplete, .prompt, "complete a tag"),
        Binding([.home, .control("a")], .promptStart, .prompt, "to the start"),
        Binding([.end, .control("e")], .promptEnd, .prompt, "to the end"),
        Binding([.left, .control("b")], .promptLeft, .prompt, "one character left"),
        Binding([.right, .control("f")], .promptRight, .prompt, "one character right"),
        Binding([.backspace], .promptBackspace, .prompt, "delete the character before the cursor (nothing when empty)"),
        Binding([.delete, .control("d")], .promptDelete, .prompt, "delete the character under the cursor"),
        Binding([.control("u")], .promptKillStart, .prompt, "delete to the start"),
        Binding([.control("k")], .promptKillEnd, .prompt, "delete to the end"),
        Binding([.control("w")], .promptKillWord, .prompt, "delete the word before the cursor"),
        Binding([.control("x")], .promptEditor, .prompt, "at the note prompt, go on in $VISUAL or $EDITOR"),
        Binding([.up, .control("p")], .promptHistoryPrevious, .prompt, "previous entry of this prompt's history"),
        Binding([.down, .control("n")], .promptHistoryNext, .prompt, "next entry of this prompt's history"),
        Binding([.escape, .control("c"), .control("g")], .promptCancel, .prompt, "cancel the prompt"),
    ]
}
