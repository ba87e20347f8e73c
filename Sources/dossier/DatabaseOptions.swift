import ArgumentParser
import DossierApp
import DossierCore
import Foundation

/// Where the marks database is: `--db`, else `$DOSSIER_DB`, else `$XDG_DATA_HOME/dossier/dossier.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The marks database (default: $DOSSIER_DB, else $XDG_DATA_HOME/dossier/dossier.sqlite).",
                                            valueName: "path"))
    var db: String?

    @Flag(help: "Create the marks database named by --db or $DOSSIER_DB if there is none (list, export and the reader refuse one that does not exist: most often a typo).")
    var create = false

    /// The database path these options select.
    var path: String { DatabaseLocation.path(explicit: db) }

    /// Whether the path was named (`--db`, `$DOSSIER_DB`) rather than the default one.
    private var isNamed: Bool {
        !(db ?? "").isEmpty || !(ProcessInfo.processInfo.environment["DOSSIER_DB"] ?? "").isEmpty
    }

    /// Refuses, exiting 1, a named database that does not exist unless `--create` asks for one: marks read from an
    /// empty database that a typo made would be exported, listed and shown as if nothing were marked.
    func requireNamedDatabase() throws {
        guard isNamed, !create, !FileManager.default.fileExists(atPath: path) else { return }
        Output.printError("dossier: \(path): no marks database there; check the path, or add --create to start one")
        throw ExitCode.failure
    }

    /// Opens (creating if needed) the database, printing its problem and exiting 1 when it cannot be used.
    func open() throws -> MarkStore {
        do { return try MarkStore(path: path) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
    }

    /// Opens the database when the file exists (or `--create` asks for it); nil otherwise, so reading commands do not
    /// create one.
    func openExisting() throws -> MarkStore? {
        FileManager.default.fileExists(atPath: path) || create ? try open() : nil
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

extension OpenCollection {
    /// Moves the marks of edited and moved articles to their new text, saying on standard error what moved.
    func reportFollowing(in store: MarkStore) throws {
        let moves = try reportingStoreErrors { () throws(MarkStoreError) in try followMarks(in: store) }
        guard !moves.isEmpty else { return }
        let detached = moves.reduce(0) { $0 + $1.detachedHighlights }
        Output.printError("dossier: the marks of \(moves.count) changed article\(moves.count == 1 ? "" : "s") moved to the new text"
            + (detached == 0 ? "" : "; \(detached) highlight\(detached == 1 ? "'s passage is" : "s' passages are") gone from it (kept, detached)"))
    }
}
