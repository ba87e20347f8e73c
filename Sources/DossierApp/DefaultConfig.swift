import DossierUI
import Foundation

/// The whole default config file with comments, as `dossier config --print-default` prints it: every key, style and
/// layout setting at its default (so a copy changes nothing until edited), the openers commented out (their
/// defaults come from the environment).
public enum DefaultConfig {
    public static var text: String {
        var lines = [
            "# Dossier's reader settings: $XDG_CONFIG_HOME/dossier/config.toml (default ~/.config/dossier/config.toml).",
            "# Every setting is written at its default; delete what you do not change. `dossier config --check` checks a file.",
            "",
            "[keys]",
            "# action = \"key\" or [\"key\", \"key\"]; a key taken from another action leaves it. Keys are written as a character",
            "# (s, S, ?), Space, Ctrl-x, F1-F63, Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Tab, Shift-Tab,",
            "# Backspace, Delete, Insert. docs/keys.md says what each action does and where.",
        ]
        let bindings = KeyBindings.standard
        for command in Command.allCases {
            let keys = bindings.keys(for: command).map { quoted($0.name) }
            lines.append("\(command.rawValue) = \(keys.count == 1 ? keys[0] : "[" + keys.joined(separator: ", ") + "]")  # \(bindings.help(for: command))")
        }
        lines += [
            "",
            "[colors]",
            "# theme = \"256\" or \"16\" (the same theme in the sixteen basic colours); NO_COLOR or --no-color still draw none.",
            "theme = \"256\"",
            "# A style: a colour, \"on\" and a background colour, and attributes (bold, dim, italic, underline, reverse).",
            "# Colours: black, red, green, yellow, blue, magenta, cyan, white, bright-red and so on, default, or 0-255.",
        ]
        for (name, path) in Theme.styles { lines.append("\(name) = \(quoted(Theme.standard[keyPath: path].spec))") }
        let layout = LayoutSettings.standard
        lines += [
            "",
            "[layout]",
            "# arrangement: \"panes\" (three from 100 columns, two from 60), \"list-and-reader\" or \"single\" (w cycles them).",
            "arrangement = \(quoted(layout.arrangement.rawValue))",
            "# The list's and the sidebar's widths in columns; 0 gives them a share of the terminal.",
            "list-width = \(layout.listWidth ?? 0)",
            "sidebar-width = \(layout.sidebarWidth ?? 0)",
            "# The widest a line of text is drawn, in columns.",
            "measure = \(layout.measure)",
            "",
            "[open]",
            "# Shell command lines run with the terminal suspended; the file or web address is their last argument.",
            "# file shows an article's file (default $PAGER, else less); url opens its web address (default $BROWSER,",
            "# else xdg-open).",
            "# file = \"less\"",
            "# url = \"xdg-open\"",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
