import Foundation
import GRDB

/// Writing analysed articles to the index's tables, noting the name keys whose entities must be resolved again.
enum IndexRows {
    /// Stores the outcomes of one batch: a changed file's old rows go (with its mentions and search text), new
    /// rows come in; a file that can no longer be read leaves the index. `keys` remembers name keys across batches,
    /// and `continuing` the articles before this update of each container whose articles come in several outcomes.
    /// An article a changed file replaced keeps a `succession` row to the article now at its place; with
    /// `recordArrivals` (files vanished in this update) articles at new paths are noted in `arrival` for `Succession`.
    /// With `counting`, the names' and entities' counts (`IndexTotals`) follow the articles written and forgotten;
    /// without, the resolution that follows counts the names it resolves whole.
    static func store(_ outcomes: [ArticleAnalyser.Outcome], keys: inout NameKey.Memo, continuing: inout [String: Continuing],
                      recordArrivals: Bool, counting: Bool, _ db: Database) throws {
        let insertFile = try db.makeStatement(sql: "INSERT INTO file (path, size, modified, digest) VALUES (?, ?, ?, ?)")
        let touchFile = try db.makeStatement(sql: "UPDATE file SET size = ?, modified = ? WHERE path = ?")
        let finishFile = try db.makeStatement(sql: "UPDATE file SET size = ?, modified = ?, digest = ? WHERE path = ?")
        let insertArticle = try db.makeStatement(sql: """
            INSERT INTO article (path, file, record, id, title, date, credit, publisher, titleCase, fingerprint, site, paragraphs)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertSuccession = try db.makeStatement(sql: "INSERT OR REPLACE INTO succession (old, new, path, moved) VALUES (?, ?, ?, 0)")
        let insertArrival = try db.makeStatement(sql: "INSERT INTO arrival (id, path, fingerprint) VALUES (?, ?, ?)")
        let insertMentions = try db.makeStatement(sql: "INSERT INTO mention_list (article, data) VALUES (?, ?)")
        let insertTally = try db.makeStatement(sql: """
            INSERT INTO tally_staged (key, article, kind, surface, title, count, confirmed, first) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertDefinition = try db.makeStatement(sql: "INSERT INTO definition (article, acronym, name) VALUES (?, ?, ?)")
        let insertText = try db.makeStatement(sql: "INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)")
        var names = NameRecord()
        var stats: [String: IndexTotals.Parts] = [:]
        let insertDirty = try db.makeStatement(sql: "INSERT INTO dirty_article (article) VALUES (?)")
        /// Inserts the articles of the file at `path`, whose articles before this update were `previous` (path to id).
        func insert(_ articles: [ArticleAnalyser.Analysed], of path: String, previous: [String: String]) throws {
            for analysed in articles {
                let (article, mentions, paragraphs) = (analysed.article, analysed.mentions, analysed.paragraphs)
                let record = article.path == path ? 0 : Int(article.path.dropFirst(path.count + 1)) ?? 0
                let print = analysed.fingerprint.map { Int64(bitPattern: $0.bits) }
                try insertArticle.execute(arguments: [article.path, path, record, article.id.rawValue,
                                                      article.title, article.date, article.credit, article.publisher, mentions.titleCase, print,
                                                      paragraphs.site, SiteFurniture.encode(paragraphs.paragraphs)])
                let row = db.lastInsertedRowID
                if let old = previous[article.path], old != article.id.rawValue {
                    try insertSuccession.execute(arguments: [old, article.id.rawValue, article.path])
                } else if previous.isEmpty && recordArrivals {
                    try insertArrival.execute(arguments: [article.id.rawValue, article.path, print])
                }
                var tallies: [Tally: (count: Int, confirmed: Int, first: Int)] = [:]
                var list = MentionList([])
                for (ordinal, found) in mentions.found.enumerated() {
                    let mention = found.mention
                    let key = keys.key(mention.surface)
                    list.items.append(MentionList.Item(part: mention.part, range: mention.range, kind: found.kind, surface: mention.surface,
                                                       key: key))
                    names.note(key, surface: mention.surface)
                    if !key.isEmpty {
                        let tally = Tally(key: key, kind: found.kind, surface: mention.surface, inTitle: mention.part == .title)
                        tallies[tally, default: (0, 0, ordinal)].count += 1
                        if found.isConfirmed { tallies[tally]!.confirmed += 1 }
                    }
                }
                try insertMentions.execute(arguments: [row, list.encoded])
                try insertDirty.execute(arguments: [row])
                if counting {
                    let counted = tallies.map { tally, value in
                        (tally.key, MentionTally(article: article.id, slot: 0, surface: tally.surface, kind: tally.kind, inTitle: tally.inTitle,
                                                 count: value.count, confirmed: value.confirmed))
                    }
                    for (key, parts) in IndexTotals.parts(of: counted, titleCase: mentions.titleCase) { stats[key, default: .init()].add(parts) }
                }
                for (tally, value) in tallies {
                    try insertTally.execute(arguments: [tally.key, row, tally.kind.rawValue, tally.surface, tally.inTitle, value.count,
                                                        value.confirmed, value.first])
                }
                for (acronym, name) in mentions.definitions.sorted(by: { $0.key < $1.key }) {
                    try insertDefinition.execute(arguments: [row, acronym, name])
                    names.note(definition: acronym, of: keys.key(name))
                }
                try insertText.execute(arguments: [row, article.title ?? "", analysed.body])
            }
        }
        for outcome in outcomes {
            switch outcome {
            case .failed(let problem):
                try forget(problem.path, counting: counting, db)
            case .touched(let path, let signature):
                try touchFile.execute(arguments: [signature.size, signature.modified, path])
            case .analysed(let path, let signature, let digest, let articles, _, let continues):
                let previous = Dictionary(try forget(path, counting: counting, db).map { ($0.path, $0.id) }) { first, _ in first }
                if continues {
                    // Until its last articles are written, the file is one no walk can find unchanged: an update
                    // stopped before then (killed, cancelled) leaves it to be read again, not half indexed.
                    try insertFile.execute(arguments: [path, -1, 0, ""])
                    continuing[path] = Continuing(previous: previous, signature: signature)
                } else {
                    try insertFile.execute(arguments: [path, signature.size, signature.modified, digest])
                }
                try insert(articles, of: path, previous: previous)
            case .continued(let path, let articles, let last):
                guard let carried = continuing[path] else { continue }
                try insert(articles, of: path, previous: carried.previous)
                if let last {
                    try finishFile.execute(arguments: [carried.signature.size, carried.signature.modified, last.digest, path])
                    continuing[path] = nil
                }
            }
        }
        try names.store(db)
        try IndexTotals.add(stats, db)
    }

    /// What `store` keeps of a container between the outcomes its articles come in: its articles before this update
    /// (path to id), and the signature its file row gets with the last of them (and their digest).
    struct Continuing {
        var previous: [String: String]
        var signature: FileSignature
    }

    /// Moves the tallies `store` staged into `tally`, in its key order, so that each page of it is written once
    /// however many batches the tallies came in.
    static func settleTallies(_ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM tally_staged)") == true else { return }
        try db.execute(sql: """
            INSERT INTO tally (key, article, kind, surface, title, count, confirmed, first)
            SELECT key, article, kind, surface, title, count, confirmed, first FROM tally_staged
            ORDER BY key, article, kind, surface, title
            """)
        try db.execute(sql: "DELETE FROM tally_staged")
    }

    /// Removes the file at `path` and everything read from it, marking its names for resolution again (with
    /// `counting`, taking its counts away, see `store`); returns the articles it held.
    @discardableResult
    static func forget(_ path: String, counting: Bool, _ db: Database) throws -> [Succession.Gone] {
        let deleteFile = try db.cachedStatement(sql: "DELETE FROM file WHERE path = ?")
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT rowid, path, id, fingerprint FROM article WHERE file = ?"), arguments: [path])
        let articles: [Int64] = rows.map { $0[0] }
        guard !articles.isEmpty else {
            // A file never indexed (every file of a first index) has no row to delete, and is looked up first: the
            // delete, which may cascade to the full-text table, would make that table write out the rows it holds in
            // memory, a segment an article.
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM file WHERE path = ?)"), arguments: [path]) == true {
                try deleteFile.execute(arguments: [path])
            }
            return []
        }
        for article in articles { try forget(article: article, counting: counting, db) }
        try deleteFile.execute(arguments: [path])
        return rows.map { Succession.Gone(path: $0[1], id: $0[2], fingerprint: ($0[3] as Int64?).map { TextFingerprint(bits: UInt64(bitPattern: $0)) }) }
    }

    /// Removes the rows of one article (by rowid), marking its names for resolution again and taking its counts away
    /// from its names' stats and its entities' totals (`IndexTotals`).
    private static func forget(article: Int64, counting: Bool, _ db: Database) throws {
        let markDirty = try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty (key) VALUES (?)")
        // The article's tallies are under the keys of its mentions: each is deleted (and, when counting, read first) by
        // the table's own order, and its key marked. A list that cannot be read (it never should) leaves a search of
        // the whole table.
        let data = try Data.fetchOne(db.cachedStatement(sql: "SELECT data FROM mention_list WHERE article = ?"), arguments: [article])
        let keys = try data.flatMap(MentionList.init(decoding:)).map { Set($0.items.map(\.key)).filter { !$0.isEmpty } }
            ?? Set(String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT key FROM tally WHERE article = ?"), arguments: [article]))
        for key in keys { try markDirty.execute(arguments: [key]) }
        if counting {
            let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, titleCase FROM article WHERE rowid = ?"), arguments: [article])
            let id = ArticleID(rawValue: (row?[0] as String?) ?? "")
            let titleCase = (row?[1] as Bool?) ?? false
            var tallies: [(key: String, tally: MentionTally)] = []
            let read = try db.cachedStatement(sql: "SELECT kind, surface, title, count, confirmed FROM tally WHERE key = ? AND article = ?")
            let readStaged = try db.cachedStatement(sql: "SELECT key, kind, surface, title, count, confirmed FROM tally_staged WHERE article = ?")
            func tally(_ row: Row, from column: Int) -> MentionTally {
                MentionTally(article: id, slot: 0, surface: row[column + 1], kind: EntityKind(rawValue: row[column]) ?? .other, inTitle: row[column + 2],
                             count: row[column + 3], confirmed: row[column + 4])
            }
            for key in keys {
                for row in try Row.fetchAll(read, arguments: [key, article]) { tallies.append((key, tally(row, from: 0))) }
            }
            // Staged only when an update stopped before settling them (or another process is updating): rare, and indexed.
            for row in try Row.fetchAll(readStaged, arguments: [article]) { tallies.append((row[0], tally(row, from: 1))) }
            try IndexTotals.add(IndexTotals.parts(of: tallies, titleCase: titleCase), sign: -1, db)
            // The entities its occurrences belong to lose its mentions with it.
            var occurrences: [String: (entity: Int64, moved: Bool)] = [:]
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT key, person, entity, moved FROM occurrence WHERE article = ?"),
                                        arguments: [article]) {
                occurrences["\(row[1] as Bool ? 1 : 0)\(row[0] as String)"] = (row[2], row[3])
            }
            let joined = tallies.compactMap { key, tally in
                occurrences["\(tally.kind == .person ? 1 : 0)\(key)"].map { (key, tally, $0.entity, $0.moved) }
            }
            try IndexTotals.add(IndexTotals.totals(of: joined), sign: -1, db)
        }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_entity (entity) SELECT DISTINCT entity FROM occurrence WHERE article = ?")
            .execute(arguments: [article])
        let deleteTallies = try db.cachedStatement(sql: "DELETE FROM tally WHERE key = ? AND article = ?")
        for key in keys { try deleteTallies.execute(arguments: [key, article]) }
        try db.cachedStatement(sql: """
            INSERT INTO dirty_acronym (acronym, file, record)
            SELECT definition.acronym, article.file, article.record FROM definition JOIN article ON article.rowid = definition.article
            WHERE definition.article = ?
            """).execute(arguments: [article])
        for name in try String.fetchAll(db.cachedStatement(sql: "SELECT name FROM definition WHERE article = ?"), arguments: [article]) {
            try markDirty.execute(arguments: [NameKey.key(name)])
        }
        try db.cachedStatement(sql: "DELETE FROM tally_staged WHERE article = ?").execute(arguments: [article])
        try db.cachedStatement(sql: "DELETE FROM dirty_article WHERE article = ?").execute(arguments: [article])
        try db.cachedStatement(sql: "DELETE FROM article WHERE rowid = ?").execute(arguments: [article])
    }
}

/// What an article's mentions are counted by in `tally`.
private struct Tally: Hashable {
    var key: String
    var kind: EntityKind
    var surface: String
    var inTitle: Bool
}

/// The name keys a batch mentions, with what resolution needs to know of them: whether a key was written as an
/// acronym, and the acronyms the text defined for a name.
private struct NameRecord {
    private var acronym: [String: Bool] = [:]
    private var initials = Set<[String]>()
    private var surfaces = Set<String>()

    mutating func note(_ key: String, surface: String) {
        guard !key.isEmpty, surfaces.insert(surface).inserted else { return }
        acronym[key] = (acronym[key] ?? false) || NameKey.isAcronym(surface)
    }

    mutating func note(definition acronym: String, of key: String) {
        guard !key.isEmpty else { return }
        if self.acronym[key] == nil { self.acronym[key] = false }
        initials.insert([acronym, key])
    }

    /// Adds the keys to `name` and `name_initials` and marks them for resolution.
    func store(_ db: Database) throws {
        let name = try db.makeStatement(sql: "INSERT OR IGNORE INTO name (key, acronym, links) VALUES (?, ?, x'')")
        let links = try db.makeStatement(sql: "UPDATE name SET links = ? WHERE key = ?")
        let acronym = try db.makeStatement(sql: "UPDATE name SET acronym = 1 WHERE key = ? AND acronym = 0")
        let dirty = try db.makeStatement(sql: "INSERT OR IGNORE INTO dirty (key) VALUES (?)")
        let pair = try db.makeStatement(sql: "INSERT OR IGNORE INTO name_initials (initials, key) VALUES (?, ?)")
        for (key, isAcronym) in self.acronym {
            try name.execute(arguments: [key, isAcronym])
            // A new name's links are worked out once, when it is first written.
            if db.changesCount > 0 {
                try links.execute(arguments: [NameRules.encode(NameRules.links(of: key, isAcronym: false)), key])
            } else if isAcronym {
                try acronym.execute(arguments: [key])
            }
            try dirty.execute(arguments: [key])
        }
        for item in initials { try pair.execute(arguments: [item[0], item[1]]) }
    }
}
