import GRDB

/// The index's tables. It is a cache, so a schema it does not know is dropped and rebuilt rather than migrated.
///
/// - `file`: each article file indexed, with the size, modification time and content digest that tell whether it
///   changed since.
/// - `article`: the article read from each file: its id and what the list shows (the text itself is read from the
///   file when opened).
/// - `mention`, `definition`: what the tagger found in each article (`part` is -2 for the title, -1 for the
///   standfirst, else the block index).
/// - `article_text`: FTS5 over each article's title and reading text (rowid = the article's rowid).
enum IndexSchema {
    /// Bumped whenever the tables or what the parser and tagger put in them change.
    static let version = 1

    static let statements = [
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
            path TEXT NOT NULL UNIQUE REFERENCES file(path) ON DELETE CASCADE,
            id TEXT NOT NULL,
            title TEXT, date TEXT, credit TEXT, publisher TEXT,
            titleCase INTEGER NOT NULL)
        """,
        "CREATE INDEX article_id ON article(id)",
        """
        CREATE TABLE mention (
            article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
            part INTEGER NOT NULL, start INTEGER NOT NULL, length INTEGER NOT NULL,
            kind TEXT NOT NULL, surface TEXT NOT NULL)
        """,
        "CREATE INDEX mention_article ON mention(article)",
        """
        CREATE TABLE definition (
            article INTEGER NOT NULL REFERENCES article(rowid) ON DELETE CASCADE,
            acronym TEXT NOT NULL, name TEXT NOT NULL)
        """,
        "CREATE INDEX definition_article ON definition(article)",
        "CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TRIGGER article_deleted AFTER DELETE ON article BEGIN DELETE FROM article_text WHERE rowid = old.rowid; END",
    ]

    /// Brings `db` to the current schema, dropping an index of another version.
    static func prepare(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        guard version != Self.version else { return }
        if version != 0 {
            for table in ["article_text", "definition", "mention", "article", "file"] {
                try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
            }
        }
        for statement in statements { try db.execute(sql: statement) }
        try db.execute(sql: "PRAGMA user_version = \(Self.version)")
    }
}
