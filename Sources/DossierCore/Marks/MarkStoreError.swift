import Foundation
import GRDB

/// Why the marks database could not be opened, read or written; every case names the file.
public enum MarkStoreError: Error, CustomStringConvertible, Equatable {
    /// The file is not an SQLite database, or its pages are damaged. It is left as it is.
    case corrupt(path: String, reason: String)
    /// The file was written by a newer Dossier, with schema changes this one does not know. It is left as it is.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The file or its folder cannot be created, opened or written.
    case cannotOpen(path: String, reason: String)
    /// Another process held the database locked for longer than the busy timeout.
    case busy(path: String)
    /// Any other SQLite failure.
    case database(path: String, reason: String)
    /// A change that cannot be made, such as an empty tag or merging an entity into itself.
    case invalidChange(String)

    public var description: String {
        switch self {
        case .corrupt(let path, let reason):
            "\(path): the marks database is damaged or not an SQLite file (\(reason)); it was left untouched — move it aside to start afresh"
        case .newerSchema(let path, let unknown):
            "\(path): the marks database was written by a newer version of Dossier (unknown schema changes: \(unknown.joined(separator: ", "))); it was left untouched"
        case .cannotOpen(let path, let reason): "\(path): cannot open the marks database: \(reason)"
        case .busy(let path): "\(path): the marks database stayed locked by another process; try again"
        case .database(let path, let reason): "\(path): \(reason)"
        case .invalidChange(let reason): reason
        }
    }

    /// The error for a failure while working on the database at `path`.
    static func wrapping(_ error: any Error, path: String) -> MarkStoreError {
        if let error = error as? MarkStoreError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, reason: "\(error)") }
        let reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path: path, reason: reason)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: return .cannotOpen(path: path, reason: reason)
        // Out of space, or past a file size limit (which SQLite sees as a failed write): say so in the reader's words.
        case .SQLITE_FULL: return .database(path: path, reason: "the disk is full; the change was not saved")
        case .SQLITE_IOERR:
            return .database(path: path, reason: "the disk failed to read or write (\(reason)); it may be full, past a file size limit, or failing")
        default: return .database(path: path, reason: reason)
        }
    }
}
