import DossierCore
import DossierUI
import Foundation
import TOMLKit

/// A config file that cannot be used: where (line and column, from 1) and why.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// The reader's settings from `$XDG_CONFIG_HOME/dossier/config.toml`: `[keys]` binds actions of the binding table
/// by name, `[colors]` the theme, `[layout]` the arrangement, pane widths and measure, `[open]` the programs that show
/// an article's file and open its address. Anything the file does not set keeps its default; anything it sets
/// that is not understood is an error, not ignored.
public struct ReaderConfig: Hashable, Sendable {
    public var bindings = KeyBindings.standard
    /// Which base theme `[colors]` started from ("256" or "16"), and the theme with its styles.
    public var themeBase = "256"
    public var theme = Theme.standard
    public var layout = LayoutSettings.standard
    public var programs: ExternalPrograms

    /// The defaults, with the programs `environment` names.
    public init(environment: [String: String]) {
        programs = ExternalPrograms(environment: environment)
    }

    /// Where the config file is: `$XDG_CONFIG_HOME/dossier/config.toml` (default `~/.config/dossier/config.toml`).
    public static func path(environment: [String: String]) -> String {
        XDGDirectory.path("XDG_CONFIG_HOME", default: ".config", environment: environment) + "/dossier/config.toml"
    }

    /// The settings of the file at `path`, or the defaults when there is no such file.
    public static func load(path: String, environment: [String: String]) throws(ConfigError) -> ReaderConfig {
        guard FileManager.default.fileExists(atPath: path) else { return ReaderConfig(environment: environment) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: 1, column: 1, message: "cannot be read as UTF-8 text")
        }
        return try parse(text, file: path, environment: environment)
    }

    /// The settings `text` (the file `file`) gives.
    public static func parse(_ text: String, file: String, environment: [String: String]) throws(ConfigError) -> ReaderConfig {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(file: file, line: max(1, error.source.begin.line), column: max(1, error.source.begin.column), message: error.description)
        } catch {
            throw ConfigError(file: file, line: 1, column: 1, message: "\(error)")
        }
        var config = ReaderConfig(environment: environment)
        let place = ConfigPlaces(text: text, file: file)
        for (section, value) in table {
            guard let body = value.table else {
                throw place.error(section: nil, key: section, "\"\(section)\" is not a section ([keys], [colors], [layout] or [open])")
            }
            switch section {
            case "keys": try config.readKeys(body, place)
            case "colors": try config.readColors(body, place)
            case "layout": try config.readLayout(body, place)
            case "open": try config.readOpeners(body, place)
            default: throw place.error(section: nil, key: section, "unknown section [\(section)] ([keys], [colors], [layout] or [open])")
            }
        }
        return config
    }

    private mutating func readKeys(_ body: TOMLTable, _ place: ConfigPlaces) throws(ConfigError) {
        for (name, value) in body {
            let keys: [String]
            if let single = value.string { keys = [single] }
            else if let array = value.array, array.allSatisfy({ $0.string != nil }) { keys = array.compactMap(\.string) }
            else { throw place.error(section: "keys", key: name, "a key is a string, or a list of strings: \(name) = \"s\"") }
            do throws(KeyBindingError) {
                try bindings.rebind(name, to: keys)
            } catch {
                throw place.error(section: "keys", key: name, error.description)
            }
        }
    }

    private mutating func readColors(_ body: TOMLTable, _ place: ConfigPlaces) throws(ConfigError) {
        if let base = body["theme"] {
            switch base.string {
            case "256"?: theme = .standard
            case "16"?: theme = .sixteenColor
            default: throw place.error(section: "colors", key: "theme", "theme is \"256\" or \"16\"")
            }
            themeBase = base.string!
        }
        let styles = Theme.styles
        for (name, value) in body where name != "theme" {
            guard let path = styles.first(where: { $0.name == name })?.path else {
                throw place.error(section: "colors", key: name, "unknown style \"\(name)\" (\(styles.map(\.name).joined(separator: ", ")))")
            }
            guard let spec = value.string else { throw place.error(section: "colors", key: name, "a style is a string: \(name) = \"yellow bold\"") }
            switch Style.parse(spec) {
            case .success(let style): theme[keyPath: path] = style
            case .failure(let error): throw place.error(section: "colors", key: name, error.description)
            }
        }
    }

    private mutating func readLayout(_ body: TOMLTable, _ place: ConfigPlaces) throws(ConfigError) {
        for (name, value) in body {
            switch name {
            case "arrangement":
                guard let text = value.string, let arrangement = Arrangement(rawValue: text) else {
                    throw place.error(section: "layout", key: name, "arrangement is \(Arrangement.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))")
                }
                layout.arrangement = arrangement
            case "list-width", "sidebar-width":
                guard let columns = value.int, columns == 0 || (10...400).contains(columns) else {
                    throw place.error(section: "layout", key: name, "\(name) is a number of columns from 10 to 400, or 0 for a share of the terminal")
                }
                if name == "list-width" { layout.listWidth = columns == 0 ? nil : columns } else { layout.sidebarWidth = columns == 0 ? nil : columns }
            case "measure":
                guard let columns = value.int, (20...400).contains(columns) else {
                    throw place.error(section: "layout", key: name, "measure is a number of columns from 20 to 400")
                }
                layout.measure = columns
            default:
                throw place.error(section: "layout", key: name, "unknown setting \"\(name)\" (arrangement, list-width, sidebar-width, measure)")
            }
        }
    }

    private mutating func readOpeners(_ body: TOMLTable, _ place: ConfigPlaces) throws(ConfigError) {
        for (name, value) in body {
            guard ["file", "url"].contains(name) else { throw place.error(section: "open", key: name, "unknown setting \"\(name)\" (file, url)") }
            guard let command = value.string, !command.allSatisfy(\.isWhitespace) else {
                throw place.error(section: "open", key: name, "\(name) is a command line: \(name) = \"less\"")
            }
            if name == "file" { programs.fileOpener = command } else { programs.urlOpener = command }
        }
    }
}

/// Finds where a setting is written, for errors: TOML values do not say where they came from.
private struct ConfigPlaces {
    let lines: [Substring]
    let file: String

    init(text: String, file: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.file = file
    }

    /// An error at `key` of `[section]` (or at the top level): the first line that sets it after the section's
    /// header, or the header.
    func error(section: String?, key: String, _ message: String) -> ConfigError {
        var start = 0
        if let section, let header = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "") == "[\(section)]" }) {
            start = header + 1
        }
        for number in start..<lines.count {
            let line = lines[number]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") && number > start && section != nil { break }
            for written in [key, "\"\(key)\"", "'\(key)'"] where trimmed.hasPrefix(written) {
                let rest = trimmed.dropFirst(written.count).drop { $0 == " " || $0 == "\t" }
                if rest.hasPrefix("=") || rest.hasPrefix("]") || section == nil && trimmed.hasPrefix("[") {
                    return ConfigError(file: file, line: number + 1, column: line.count - trimmed.count + 1, message: message)
                }
            }
            if section == nil, trimmed.hasPrefix("[\(key)]") {
                return ConfigError(file: file, line: number + 1, column: line.count - trimmed.count + 1, message: message)
            }
        }
        return ConfigError(file: file, line: max(1, start), column: 1, message: message)
    }
}
