/// The lines of the key help: the binding table by context, then the command line's commands; the help overlay
/// draws them and `reduce` bounds its scrolling by them.
enum KeyHelp {
    /// A line of the help: a heading, or keys with what they do.
    enum Line: Equatable {
        case heading(String)
        case entry(keys: String, text: String)
    }

    /// The order contexts are listed in.
    static let contextOrder: [BindingContext] = [.anywhere, .list, .reader, .sidebar, .prompt, .help]

    /// Every line of the help for `bindings`.
    static func lines(_ bindings: KeyBindings) -> [Line] {
        var lines: [Line] = []
        for context in contextOrder {
            let entries = bindings.bindings.filter { $0.context == context && !$0.keys.isEmpty }
            guard !entries.isEmpty else { continue }
            lines.append(.heading(context.title))
            lines += entries.map { .entry(keys: $0.keys.map(\.name).joined(separator: " "), text: $0.help) }
        }
        lines.append(.heading("Commands (after \(bindings.keys(for: .command).first?.name ?? ":"))"))
        lines += BulkCommand.help.map { .entry(keys: $0.command, text: $0.help) }
        lines.append(.heading("Mouse"))
        lines.append(.entry(keys: "click, wheel", text: "select and focus; scroll"))
        return lines
    }

    /// The largest useful scroll for a screen `height` rows tall: the last line on the last row.
    static func maxScroll(height: Int, bindings: KeyBindings) -> Int {
        let count = lines(bindings).count
        return max(0, count - max(0, min(height, count + 4) - 3))
    }
}
