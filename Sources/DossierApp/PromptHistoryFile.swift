import DossierUI
import Foundation

/// Where the reader keeps its prompts' histories between sessions: a JSON file beside the marks database
/// (`dossier.sqlite.history.json`), one list of entries per kind of prompt, oldest first, as newsboat keeps its search
/// and command histories. Written whole, atomically, after each prompt that adds an entry.
public struct PromptHistoryFile: Sendable {
    public let path: String

    /// The file of the marks database at `databasePath`.
    public init(databasePath: String) {
        path = databasePath + ".history.json"
    }

    /// The histories, none when there is no file; a file that cannot be read is named in the error.
    public func load() throws(PromptHistoryError) -> [Prompt.Kind: [String]] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        do {
            let stored = try JSONDecoder().decode([String: [String]].self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
            // Kinds this build does not know are left out, not an error: a newer build may keep more.
            return Dictionary(uniqueKeysWithValues: stored.compactMap { key, entries in Prompt.Kind(rawValue: key).map { ($0, entries) } })
        } catch {
            throw PromptHistoryError(description: "\(path): not a prompt-history file (\(error.localizedDescription))")
        }
    }

    /// Replaces the file with `history`.
    public func save(_ history: [Prompt.Kind: [String]]) throws(PromptHistoryError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let stored = Dictionary(uniqueKeysWithValues: history.map { ($0.key.rawValue, $0.value) })
            try encoder.encode(stored).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PromptHistoryError(description: "\(path): \(error.localizedDescription)")
        }
    }
}

/// Why the prompt histories could not be read or written, naming the file.
public struct PromptHistoryError: Error, Equatable, CustomStringConvertible {
    public var description: String
}
