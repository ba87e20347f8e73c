import Foundation
import GRDB

/// The reader's marks on articles, passages and entities, kept in an SQLite file, with undo and redo for the session.
///
/// Every change is one immediate transaction, committed before `apply`, `undo` or `redo` returns. The file is in
/// write-ahead-log mode with `synchronous = FULL`: each commit syncs the log, so a mark reported as made survives a
/// crash of the process *and* of the machine. Marks are made at the pace of a reader (a sync costs a few
/// milliseconds), so the stronger guarantee is cheap; bulk changes are one transaction and one sync.
/// Several processes may share the file: a writer waits up to ten seconds for another's transaction to end.
///
/// Not thread-safe: use one store from one thread or actor (the undo history is session state).
public final class MarkStore {
    /// The database file.
    public let path: String
    /// The edits of this session that can be undone or redone.
    public private(set) var history: UndoHistory
    private let queue: DatabaseQueue
    /// `PRAGMA data_version` when `changedElsewhere` last read it.
    private var seenVersion: Int?

    /// Opens (creating if needed, with mode 0600) the database at `path` and brings its schema up to date.
    /// A damaged file or one from a newer Dossier is reported and left untouched.
    public init(path: String, historyLimit: Int = 1000) throws(MarkStoreError) {
        self.path = path
        history = UndoHistory(limit: historyLimit)
        try Self.createFileIfMissing(path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "dossier marks"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw MarkStoreError.wrapping(error, path: path)
        }
        try prepare()
    }

    // MARK: Reading

    /// The marks of one article (empty when it has none).
    public func marks(for article: ArticleID) throws(MarkStoreError) -> ArticleMarks {
        try read { try MarkRows.articles([article], $0)[article] ?? ArticleMarks() }
    }

    /// The marks of every article that has any.
    public func allArticleMarks() throws(MarkStoreError) -> [ArticleID: ArticleMarks] {
        try read { try MarkRows.allArticles($0) }
    }

    /// Every highlight in the collection, by article id and then line.
    public func allHighlights() throws(MarkStoreError) -> [Highlight] {
        try read { db in
            try HighlightRecord.order(Column("articleID"), Column("firstLine"), Column("id")).fetchAll(db).map(\.highlight)
        }
    }

    /// The marks of one entity (empty when it has none).
    public func marks(for entity: EntityID) throws(MarkStoreError) -> EntityMarks {
        try read { try MarkRows.entities([entity], $0)[entity] ?? EntityMarks() }
    }

    /// The marks of every entity that has any.
    public func allEntityMarks() throws(MarkStoreError) -> [EntityID: EntityMarks] {
        try read { try MarkRows.allEntities($0) }
    }

    // MARK: Changing

    /// Makes a change in one committed transaction and records it for undo (unless it changed nothing).
    @discardableResult
    public func apply(_ change: MarkChange) throws(MarkStoreError) -> MarkEdit {
        let edit = try write { try change.perform($0) }
        if !edit.isNoOp { history.record(edit) }
        return edit
    }

    /// Undoes the last edit of the session, field by field over the marks stored now (`MarkReversal`); nil when
    /// there is none.
    @discardableResult
    public func undo() throws(MarkStoreError) -> MarkReversal? {
        guard let edit = history.undoable.last else { return nil }
        let kept = try revert(edit, undo: true)
        history.didUndo()
        return MarkReversal(change: edit.change, kept: kept)
    }

    /// Redoes the last undone edit, field by field over the marks stored now; nil when there is none.
    @discardableResult
    public func redo() throws(MarkStoreError) -> MarkReversal? {
        guard let edit = history.redoable.last else { return nil }
        let kept = try revert(edit, undo: false)
        history.didRedo()
        return MarkReversal(change: edit.change, kept: kept)
    }

    /// Moves the marks of every marked article that is no longer in the collection (not in `live`) to the article
    /// it became through `successions` (old id to new, `CollectionIndex.successions`), all in one transaction, so a
    /// process killed meanwhile leaves the marks on the old ids or the new, never both or neither. Highlights are
    /// anchored again by their passage in `lines` of the new article, or kept detached.
    @discardableResult
    public func follow(_ successions: [ArticleID: ArticleID], live: Set<ArticleID>, lines: (ArticleID) -> [String]?) throws(MarkStoreError) -> [ArticleMove] {
        guard !successions.isEmpty else { return [] }
        return try write { db in
            try MarkSuccession.markedIDs(db).subtracting(live).sorted { $0.rawValue < $1.rawValue }.compactMap { old in
                guard let new = MarkSuccession.destination(of: old, through: successions, live: live) else { return nil }
                return try MarkSuccession.move(old, to: new, lines: lines(new), db)
            }
        }
    }

    /// Moves the marks of `old` to `new` by hand (an orphan the reader recognises), as `follow` would.
    @discardableResult
    public func attach(_ old: ArticleID, to new: ArticleID, lines: [String]?) throws(MarkStoreError) -> ArticleMove {
        try write { db in try MarkSuccession.move(old, to: new, lines: lines, db) }
    }

    /// The marks of articles not in `live`: orphaned, once `follow` found no article they became.
    public func orphans(live: Set<ArticleID>) throws(MarkStoreError) -> [ArticleID: ArticleMarks] {
        try read { db in try MarkRows.articles(MarkSuccession.markedIDs(db).subtracting(live), db) }
    }

    /// Whether another connection (another process, another store) committed a change since the last call: the
    /// reader asks, to show marks made elsewhere.
    public func changedElsewhere() throws(MarkStoreError) -> Bool {
        let version = try read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
        defer { seenVersion = version }
        return seenVersion.map { $0 != version } ?? false
    }

    private func revert(_ edit: MarkEdit, undo: Bool) throws(MarkStoreError) -> [String] {
        try write { db in
            // An article that became another since (`follow`) is undone on the id it has now.
            let edit = edit.following(try MarkSuccession.history(db))
            let current = (try MarkRows.articles(Array(Set(edit.articlesBefore.keys).union(edit.articlesAfter.keys)), db),
                           try MarkRows.entities(Array(Set(edit.entitiesBefore.keys).union(edit.entitiesAfter.keys)), db))
            let reverted = edit.reversal(undo: undo, current: current.0, current.1)
            try MarkRows.write(articles: reverted.articles, entities: reverted.entities, db)
            return reverted.kept
        }
    }

    // MARK: Opening

    private static func createFileIfMissing(_ path: String) throws(MarkStoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create the folder \(folder): \(error.localizedDescription)")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
        } else if errno != EEXIST {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Checks the file before anything is written to it, then turns on WAL and migrates.
    private func prepare() throws(MarkStoreError) {
        let migrator = MarkMigrations.migrator
        let path = path
        try read { db in
            let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if problems != ["ok"] {
                throw MarkStoreError.corrupt(path: path, reason: problems.prefix(3).joined(separator: "; "))
            }
            let unknown = try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            if !unknown.isEmpty { throw MarkStoreError.newerSchema(path: path, unknownMigrations: unknown) }
        }
        try run {
            try queue.writeWithoutTransaction { db in
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode == "wal" else {
                    throw MarkStoreError.cannotOpen(path: path, reason: "cannot turn on write-ahead logging (journal mode \(mode ?? "unknown"))")
                }
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            try migrator.migrate(queue)
        }
    }

    // MARK: Transactions

    private func read<T>(_ body: (Database) throws -> T) throws(MarkStoreError) -> T {
        try run { try queue.read(body) }
    }

    /// Runs `body` in an immediate transaction, so a writer waits for others up front instead of failing mid-way.
    private func write<T>(_ body: (Database) throws -> T) throws(MarkStoreError) -> T {
        try run {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    private func run<T>(_ body: () throws -> T) throws(MarkStoreError) -> T {
        do { return try body() } catch { throw MarkStoreError.wrapping(error, path: path) }
    }
}
