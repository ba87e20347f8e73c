import ArgumentParser
import DossierCore
import Foundation

/// Where the marks database is: `--db`, else `$DOSSIER_DB`, else `$XDG_DATA_HOME/dossier/dossier.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The marks database (default: $DOSSIER_DB, else $XDG_DATA_HOME/dossier/dossier.sqlite).",
                                            valueName: "path"))
    var db: String?

    /// The database path these options select.
    var path: String { DatabaseLocation.path(explicit: db) }

    /// Opens (creating if needed) the database, printing its problem and exiting 1 when it cannot be used.
    func open() throws -> MarkStore {
        do { return try MarkStore(path: path) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
    }

    /// Opens the database when the file exists; nil otherwise, so reading commands do not create one.
    func openExisting() throws -> MarkStore? {
        FileManager.default.fileExists(atPath: path) ? try open() : nil
    }
}

extension DatabaseOptions {
    /// The reader's entity corrections from the database when it exists (none with `uncorrected`).
    func entityMarks(uncorrected: Bool) throws -> [EntityID: EntityMarks] {
        guard !uncorrected, let store = try openExisting() else { return [:] }
        return try reportingStoreErrors { () throws(MarkStoreError) in try store.allEntityMarks() }
    }
}

/// Reports a failed mark operation and exits 1.
func reportingStoreErrors<T>(_ body: () throws(MarkStoreError) -> T) throws -> T {
    do { return try body() } catch {
        Output.printError("dossier: \(error)")
        throw ExitCode.failure
    }
}
