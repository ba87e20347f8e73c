import DossierUI
import Foundation

/// Where the reader keeps its saved filters: a JSON file beside the marks database (`dossier.sqlite.filters.json`),
/// so each database has its own. Written whole, atomically, at each change.
public struct SavedFilterFile: Sendable {
    public let path: String

    /// The file of the marks database at `databasePath`.
    public init(databasePath: String) {
        path = databasePath + ".filters.json"
    }

    /// The saved filters, none when there is no file; a file that cannot be read is named in the error.
    public func load() throws(SavedFilterError) -> [SavedFilter] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode([SavedFilter].self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw SavedFilterError(description: "\(path): not a saved-filter file (\(error.localizedDescription))")
        }
    }

    /// Replaces the file with `filters`.
    public func save(_ filters: [SavedFilter]) throws(SavedFilterError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(filters).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw SavedFilterError(description: "\(path): \(error.localizedDescription)")
        }
    }
}

/// Why the saved filters could not be read or written, naming the file.
public struct SavedFilterError: Error, Equatable, CustomStringConvertible {
    public var description: String
}
