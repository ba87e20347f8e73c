import Foundation

/// `docs/keys.md`, written from the binding table (a test fails when the file is stale).
public enum KeysDocument {
    /// The document for `bindings`.
    public static func markdown(_ bindings: KeyBindings = .standard) -> String {
        var text = """
        # Keys

        Generated from the reader's binding table (`Sources/DossierUI/App/KeyBindings.swift`); do not edit by hand:
        `UPDATE_DOCS=1 swift test --filter KeyBindingsTests` writes it again. The help (`?`) shows the same table.
        A pane's keys are looked up before those that apply anywhere; while a prompt is open, every character is typed
        into it, never run as a command. The config file's `[keys]` binds an action by its name (docs/config.md), for
        example `star = "S"` or `star = ["S", "Ctrl-s"]`.

        """
        for context in KeyHelp.contextOrder {
            let entries = bindings.bindings.filter { $0.context == context && !$0.keys.isEmpty }
            guard !entries.isEmpty else { continue }
            text += "\n## \(context.title)\n\n| keys | action | what it does |\n| --- | --- | --- |\n"
            for entry in entries {
                text += "| \(entry.keys.map { "`\(cell($0.name))`" }.joined(separator: " ")) | `\(entry.command.rawValue)` | \(cell(entry.help)) |\n"
            }
        }
        text += "\n## Commands (after `:`)\n\n| command | what it does |\n| --- | --- |\n"
        for command in BulkCommand.help { text += "| `\(command.command)` | \(command.help) |\n" }
        text += "\nEvery action, by name: " + Command.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ") + ".\n"
        return text
    }

    /// Text safe in a Markdown table cell.
    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
