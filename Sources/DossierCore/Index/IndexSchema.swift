import GRDB

/// The index's tables. It is a cache, so an index of another `IndexStamp` is dropped and rebuilt rather than migrated.
///
/// - `stamp`: the one row of the `IndexStamp` the index was made with.
/// - `file`: each article file indexed, with the size, modification time and content digest that tell whether it
///   changed since.
/// - `article`: the articles read from each file (one, or a container's records, `path` being `FILE#N`): the file,
///   the record number (0 for a file of one article), its id and what the list shows (the text itself is read from
///   the file when opened), and its site with its paragraphs' fingerprints (what `SiteFurniture` counts).
/// - `mention_list`, `definition`: what the tagger found in each article: its mentions, all in one `MentionList`
///   value (read an article at a time), and the acronyms it defines.
/// - `tally`: the mentions of each article counted by name key, kind, surface and whether in the title, with how many
///   a context cue confirms the kind of and the place of the first among the article's mentions: what entity
///   resolution reads. Kept in key order, it is not
///   written batch by batch (each batch would rewrite pages all over it): `tally_staged` takes the rows in the order
///   they come, and they move into `tally` in key order, in one statement, before entities are resolved. Forgetting
///   an article deletes its tallies by the keys of its mention list, so `tally` needs no index by article (nor a
///   cascade, which would scan it), and drops its staged rows, should an update have stopped before moving them.
/// - `acronym_definition`: the definition resolution uses for each acronym (its first in walk order) as of the last
///   resolution, with the file and record it is in; `dirty_acronym`: the definitions an update forgot, by acronym,
///   file and record: an acronym whose chosen definition went is chosen again.
/// - `name`, `name_initials`: every name key mentioned, whether it was ever written as an acronym, its `NameRules`
///   links (but the acronym's), and the acronyms the text defined for a name: what tells which keys entity
///   resolution relates.
/// - `name_stats`: each key's `NameStats`, those of the articles whose mentions of it are all in a title-case
///   headline (`title`, counted only where `HeadlineSpans` keeps them) apart from the rest; kept by the articles
///   written and forgotten. `name_decision`: what decided each key's entity at the last resolution
///   (`ResolvedGroups.decisions`): an update that changes no key's decision resolves only its new articles.
/// - `dirty`: keys whose mentions changed since entities were last resolved; `dirty_article`: the articles written
///   since.
/// - `succession`: which article an article became: the same file (or record) with changed text, or, for a file that
///   vanished, the new file whose text is nearest to it (`TextFingerprint`, kept in `article.fingerprint`);
///   `arrival` holds an update's articles at new paths while it runs, to be matched with the vanished ones.
/// - `entity`: the resolved entities, each with its `EntityOwner` (`rep`, `sense`) and its `EntityTotals` (`votes`,
///   `articles` and the forms in `entity_form`), from which its name, aliases and kind follow; `occurrence`: which
///   entity the mentions of a key in an article belong to (`person` when the tagger called them people; none for a
///   headline span resolution dropped).
/// - `generation`: one number, counted up by every committed write, which tells a process that rows it read may have
///   been numbered anew by another.
/// - `article_text`: FTS5 over each article's title and reading text (rowid = the article's rowid). It has no prefix
///   index: one cost more cold indexing time than prefix queries without it cost search (docs/benchmarks.md).
enum IndexSchema {
    /// Bumped whenever the tables change (what the analysis puts in them is `IndexStamp.parserVersion`).
    static let version = 19

    /// The indexes that find an article's and an entity's occurrences, dropped and made again when every entity is
    /// resolved anew. An entity's holds its mention counts, so that counting them per article (an entity page's
    /// order) reads that index alone.
    static let occurrenceIndexes = [
        "CREATE INDEX occurrence_article ON occurrence(article)",
        "CREATE INDEX occurrence_entity ON occurrence(entity, mentions)",
    ]

    /// The name of the index a `CREATE INDEX` statement makes.
    static func indexName(_ statement: String) -> String { String(statement.split(separator: " ")[2]) }

    static let statements = [
        "CREATE TABLE stamp (schema INTEGER NOT NULL, parser INTEGER NOT NULL, models TEXT NOT NULL)",
        """
        CREATE TABLE file (
            path TEXT PRIMARY KEY NOT NULL,
            size INTEGER NOT NULL,
            modified INTEGER NOT NULL,
            digest TEXT NOT NULL)
        """,
        """
        CREATE TABLE article (
            rowid INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            file TEXT NOT NULL REFERENCES file(path) ON DELETE CASCADE,
            record INTEGER NOT NULL,
            id TEXT NOT NULL,
            title TEXT, date TEXT, credit TEXT, publisher TEXT,
            titleCase INTEGER NOT NULL, fingerprint INTEGER, site TEXT NOT NULL, paragraphs BLOB NOT NULL)
        """,
        "CREATE INDEX article_id ON article(id)",
        "CREATE INDEX article_file ON article(file, record)",
        """
        CREATE TABLE mention_list (
            article INTEGER PRIMARY KEY REFERENCES article(rowid) ON DELETE CASCADE,
            data BLOB NOT NULL)
        """,
        """
        CREATE TABLE tally (
            key TEXT NOT NULL, article INTEGER NOT NULL,
            kind TEXT NOT NULL, surface TEXT NOT NULL, title INTEGER NOT NULL, count INTEGER NOT NULL, confirmed INTEGER NOT NULL,
            first INTEGER NOT NULL, PRIMARY KEY (key, article, kind, surface, title)) WITHOUT ROWID
        """,
        """
        CREATE TABLE tally_staged (
            key TEXT NOT NULL, article INTEGER NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL, title INTEGER NOT NULL,
            count INTEGER NOT NULL, confirmed INTEGER NOT NULL, first INTEGER NOT NULL)
        """,
        "CREATE INDEX tally_staged_article ON tally_staged(article)",
        """
        CREATE TABLE definition (
            article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
            acronym TEXT NOT NULL, name TEXT NOT NULL)
        """,
        "CREATE INDEX definition_article ON definition(article)",
        "CREATE INDEX definition_acronym ON definition(acronym)",
        """
        CREATE TABLE acronym_definition (
            acronym TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, file TEXT NOT NULL, record INTEGER NOT NULL) WITHOUT ROWID
        """,
        "CREATE TABLE dirty_acronym (acronym TEXT NOT NULL, file TEXT NOT NULL, record INTEGER NOT NULL)",
        "CREATE TABLE name (key TEXT PRIMARY KEY NOT NULL, acronym INTEGER NOT NULL, links BLOB NOT NULL) WITHOUT ROWID",
        "CREATE TABLE name_initials (initials TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (initials, key)) WITHOUT ROWID",
        "CREATE TABLE name_stats (key TEXT PRIMARY KEY NOT NULL, rest BLOB NOT NULL, title BLOB NOT NULL) WITHOUT ROWID",
        "CREATE TABLE name_decision (key TEXT PRIMARY KEY NOT NULL, decision TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE dirty (key TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID",
        "CREATE TABLE dirty_article (article INTEGER PRIMARY KEY)",
        "CREATE TABLE succession (old TEXT NOT NULL, new TEXT NOT NULL, path TEXT NOT NULL, moved INTEGER NOT NULL, PRIMARY KEY (old, new)) WITHOUT ROWID",
        "CREATE TABLE arrival (id TEXT NOT NULL, path TEXT NOT NULL, fingerprint INTEGER)",
        "CREATE TABLE dirty_entity (entity INTEGER PRIMARY KEY)",
        """
        CREATE TABLE entity (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL,
            articles INTEGER NOT NULL, mentions INTEGER NOT NULL, rep TEXT NOT NULL, sense TEXT NOT NULL, votes BLOB NOT NULL)
        """,
        "CREATE INDEX entity_owner ON entity(rep, sense)",
        "CREATE TABLE entity_form (entity INTEGER NOT NULL, form TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (entity, form)) WITHOUT ROWID",
        """
        CREATE TABLE occurrence (
            article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
            key TEXT NOT NULL, person INTEGER NOT NULL, entity INTEGER NOT NULL, mentions INTEGER NOT NULL, moved INTEGER NOT NULL,
            PRIMARY KEY (key, article, person)) WITHOUT ROWID
        """,
        "CREATE TABLE generation (value INTEGER NOT NULL)",
        "INSERT INTO generation (value) VALUES (0)",
        "CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TRIGGER article_deleted AFTER DELETE ON article BEGIN DELETE FROM article_text WHERE rowid = old.rowid; END",
    ] + occurrenceIndexes

    /// Brings `db` to the tables of `stamp`: an index stamped otherwise (or made before stamps, which numbered its
    /// schema in `user_version`) loses every table first; a file that is no index keeps its own.
    static func prepare(_ db: Database, stamp: IndexStamp) throws {
        guard IndexStamp.stored(db) != stamp else { return }
        if try db.tableExists("stamp") || Int.fetchOne(db, sql: "PRAGMA user_version") != 0 {
            try dropTables(db)
        }
        for statement in statements { try db.execute(sql: statement) }
        try db.execute(sql: "PRAGMA application_id = \(IndexFile.applicationID)")
        try stamp.store(db)
    }

    /// Drops every table of `db`: virtual tables first (with the tables they keep their data in), then the others,
    /// the last made first, so that each goes before the tables it refers to.
    private static func dropTables(_ db: Database) throws {
        let tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        for table in try String.fetchAll(db, sql: tables + " AND sql LIKE 'CREATE VIRTUAL TABLE%'") {
            try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
        }
        for table in try String.fetchAll(db, sql: tables + " ORDER BY rowid DESC") {
            try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
        }
    }
}
