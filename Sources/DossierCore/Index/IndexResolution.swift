import Foundation
import GRDB
import GRDBSQLite

/// Brings the index's entities in line with its mentions after an update: the keys marked dirty, and every key
/// linked to them (`NameGraph`), are resolved again from their mentions' tallies, and only the entities and
/// occurrences that came out different are written. An entity keeps its row while its id stays the same.
enum IndexResolution {
    /// Tallies resolved together, about (a component larger than this is resolved whole), which bounds memory and
    /// lets batches be resolved on several cores.
    static let batchTallies = 20_000

    /// Resolves the dirty keys of the index in `db` (returning whether by the difference of its new articles alone,
    /// `resolveByDifference`), articles ordered as in `files` (walk order), in batches of
    /// about `batchTallies` tallies on `workers` threads; run in one transaction, so that an interrupted resolution
    /// leaves the keys dirty for the next update. The article table and each batch's tallies are read through `reader` on other threads (the
    /// tables they come from were committed before, and this transaction does not write them), so that reading
    /// overlaps with planning, resolving and writing.
    @discardableResult
    static func run(files: [String], workers: Int, batchTallies: Int, cancellation: Cancellation? = nil, _ db: Database,
                    reader: some DatabaseReader) throws -> Bool {
        let dirty = try String.fetchAll(db, sql: "SELECT key FROM dirty")
        guard !dirty.isEmpty else {
            try db.execute(sql: "DELETE FROM dirty_article")
            return false
        }
        // An update of a few articles that changes no name's decision resolves only those articles.
        let written = try Int.fetchOne(db, sql: "SELECT count(*) FROM dirty_article") ?? 0
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        if written * 4 < total, try resolveByDifference(files: files, db) { return true }
        let (articles, graph) = try concurrently({ try reader.read { db in try ArticleTable(files: files, db) } }) { try NameGraph(db) }
        // With no occurrence stored (a new index), the occurrence indexes are made once at the end, each by one sort,
        // rather than by inserts all over them.
        let rebuildIndex = try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM occurrence)") ?? false
        if rebuildIndex { for statement in IndexSchema.occurrenceIndexes { try db.execute(sql: "DROP INDEX \(IndexSchema.indexName(statement))") } }
        // A small update resolves only what its plan says; a large one (a new index) every component it touches.
        var decisions: [String: String] = [:]
        if dirty.count * 4 < graph.keys.count {
            try resolvePlanned(dirty: dirty, graph: graph, articles: articles, db, reader: reader)
        } else {
            decisions = try resolveComponents(graph.components(of: dirty), batchTallies: batchTallies, workers: workers, articles: articles,
                                              cancellation: cancellation, db, reader: reader)
        }
        if rebuildIndex { for statement in IndexSchema.occurrenceIndexes { try db.execute(sql: statement) } }
        // Entities that lost occurrences with a file and were resolved into nothing since.
        try db.execute(sql: """
            DELETE FROM entity WHERE rowid IN (SELECT entity FROM dirty_entity)
                AND NOT EXISTS (SELECT 1 FROM occurrence WHERE occurrence.entity = entity.rowid)
            """)
        try db.execute(sql: "DELETE FROM entity_form WHERE entity IN (SELECT entity FROM dirty_entity) AND NOT EXISTS (SELECT 1 FROM entity WHERE rowid = entity)")
        try db.execute(sql: "DELETE FROM dirty_entity")
        try db.execute(sql: "DELETE FROM dirty_article")
        try store(decisions, definitions: storeDefinitions(files: files, db), db)
        return false
    }

    /// Resolves the articles written since the last resolution (`dirty_article`) beside the counts of the whole
    /// collection (`IndexTotals`), when that gives every name the decisions it had (`name_decision`): then no other
    /// article's mentions change entity, and only the new articles' occurrences are written, with their entities'
    /// totals. Returns false, having written nothing, when a decision changed (or none was stored).
    private static func resolveByDifference(files: [String], _ db: Database) throws -> Bool {
        var stored: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT key, decision FROM name_decision")
        while let row = try rows.next() { stored[row[0]] = row[1] }
        guard !stored.isEmpty else { return false }
        let (stats, links, headlines) = try IndexTotals.collectionStats(db)
        // The new articles' tallies, each article a slot.
        var tallies: [MentionTally] = []
        var keys: [String] = []
        var rowids: [Int64] = []
        var kept: [Int] = []
        let read = try db.makeStatement(sql: "SELECT kind, surface, title, count, confirmed FROM tally WHERE key = ? AND article = ?")
        let articles = try Row.fetchAll(db, sql: """
            SELECT dirty_article.article, article.id, article.titleCase, mention_list.data FROM dirty_article
            JOIN article ON article.rowid = dirty_article.article JOIN mention_list ON mention_list.article = dirty_article.article
            ORDER BY dirty_article.article
            """)
        for (slot, row) in articles.enumerated() {
            let (rowid, id, titleCase): (Int64, ArticleID, Bool) = (row[0], ArticleID(rawValue: row[1]), row[2])
            guard let list = MentionList(decoding: row[3]) else { return false }
            for key in Set(list.items.map(\.key)).filter({ !$0.isEmpty }).sorted() {
                for tally in try Row.fetchAll(read, arguments: [key, rowid]) {
                    let item = MentionTally(article: id, slot: Int32(slot), surface: tally[1], kind: EntityKind(rawValue: tally[0]) ?? .other,
                                            inTitle: tally[2], count: tally[3], confirmed: tally[4])
                    if !item.inTitle || !titleCase || headlines.keeps(key) { kept.append(tallies.count) }
                    tallies.append(item)
                    keys.append(key)
                    rowids.append(rowid)
                }
            }
        }
        let definitions = try chosenDefinitions(for: Array(stats.keys), files: files, db)
        let numbered = TallyKeys(keys)
        let resolved = MentionExtractor.resolve(tallies, keys: numbered, kept: kept, definitions: definitions, stats: stats, links: links, decide: true)
        for (key, decision) in stored where resolved.decisions[key].map({ $0 != decision }) ?? false {
            return false
        }
        // The new articles' occurrences, with what they add to their entities.
        let findEntity = try db.makeStatement(sql: "SELECT rowid FROM entity WHERE rep = ? AND sense = ?")
        let insertEntity = try db.makeStatement(sql: """
            INSERT INTO entity (id, name, kind, aliases, articles, mentions, rep, sense, votes) VALUES ('', '', '', '', 0, 0, ?, ?, ?)
            """)
        var joined: [Int64: [(key: String, tally: MentionTally, entity: Int64, moved: Bool)]] = [:]
        var occurrences: [Occurrence: StoredOccurrence] = [:]
        for (owner, members) in zip(resolved.owners, resolved.members) {
            let sense = owner.sense?.rawValue ?? ""
            var entity = try Int64.fetchOne(findEntity, arguments: [owner.rep, sense])
            if entity == nil {
                try insertEntity.execute(arguments: [owner.rep, sense, IndexTotals.encodeVotes(EntityTotals().kinds)])
                entity = db.lastInsertedRowID
            }
            for member in members {
                let key = numbered[member]
                let moved = resolved.moved.contains(member)
                joined[rowids[member], default: []].append((key, tallies[member], entity!, moved))
                let occurrence = Occurrence(article: rowids[member], key: numbered.numbers[member], person: tallies[member].kind == .person)
                occurrences[occurrence, default: StoredOccurrence(occurrence: occurrence, entity: entity!, mentions: 0, moved: moved)].mentions += tallies[member].count
            }
        }
        let insert = try db.makeStatement(sql: "INSERT INTO occurrence (article, key, person, entity, mentions, moved) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        for (_, row) in occurrences.sorted(by: { $0.key < $1.key }) { try execute(insert, row, key: numbered.names[Int(row.occurrence.key)]) }
        for (_, article) in joined { try IndexTotals.add(IndexTotals.totals(of: article), db) }
        try IndexTotals.rename(try Int64.fetchAll(db, sql: "SELECT entity FROM dirty_entity"), db)
        // New names' decisions, and none for names no longer mentioned.
        let insertDecision = try db.makeStatement(sql: "INSERT INTO name_decision (key, decision) VALUES (?, ?)")
        for (key, decision) in resolved.decisions where stored[key] == nil { try insertDecision.execute(arguments: [key, decision]) }
        let deleteDecision = try db.makeStatement(sql: "DELETE FROM name_decision WHERE key = ?")
        for key in stored.keys where resolved.decisions[key] == nil { try deleteDecision.execute(arguments: [key]) }
        for table in ["dirty", "dirty_article", "dirty_entity"] { try db.execute(sql: "DELETE FROM \(table)") }
        return true
    }

    /// Stores every name's decisions (`ResolvedGroups.decisions`), for the next update's
    /// `resolveByDifference(files:_:)`: those `resolved` gives (of whole components of names, each resolved as the
    /// collection's counts give it), and when names are left without one, every name's as the counts give them, with
    /// the acronym definitions `chosen`.
    private static func store(_ resolved: [String: String], definitions chosen: [String: Definition], _ db: Database) throws {
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO name_decision (key, decision) VALUES (?, ?)")
        for (key, decision) in resolved { try insert.execute(arguments: [key, decision]) }
        let (stats, links, _) = try IndexTotals.collectionStats(db)
        let decided = Set(try String.fetchAll(db, sql: "SELECT key FROM name_decision"))
        if !resolved.isEmpty && stats.keys.allSatisfy(decided.contains) {
            let gone = try db.makeStatement(sql: "DELETE FROM name_decision WHERE key = ?")
            for key in decided where stats[key] == nil { try gone.execute(arguments: [key]) }
            return
        }
        let wanted = acronyms(of: Array(stats.keys))
        let definitions = chosen.filter { wanted.contains($0.key) }.mapValues(\.name)
        let all = EntityResolver().resolve([], keys: TallyKeys(names: [], numbers: []), definitions: definitions, stats: stats, links: links,
                                           decide: true)
        try db.execute(sql: "DELETE FROM name_decision")
        for (key, decision) in all.decisions { try insert.execute(arguments: [key, decision]) }
    }

    /// Resolves the keys of `ResolutionPlan`, planned again with what a try shows it missed until it misses nothing.
    private static func resolvePlanned(dirty: [String], graph: NameGraph, articles: ArticleTable, _ db: Database, reader: some DatabaseReader) throws {
        let entities = try Int64.fetchAll(db, sql: "SELECT entity FROM dirty_entity")
        var changed = Set<String>()
        while true {
            var plan = try ResolutionPlan(dirty: dirty, entities: entities, changed: changed, graph: graph, db)
            let batch = Batch(keys: plan.keys, carried: plan.carried)
            let tallies = try LoadedTallies(batch, articles: articles, reader: reader)
            let groups = MentionExtractor.resolve(tallies.tallies, keys: tallies.keys, definitions: try definitions(for: batch.keys, position: articles.position(file:record:), db),
                                                  titleCase: articles.titleCase, carried: tallies.carried)
            let missed = try plan.missed(groups, of: tallies.keys)
            guard missed.isEmpty else {
                changed.formUnion(missed)
                continue
            }
            try write(groups, of: tallies, db)
            try IndexTotals.replace(tallies.parts, of: batch.keys, db)
            try db.execute(sql: "DELETE FROM dirty")
            return
        }
    }

    /// Resolves the keys of `components` in batches of about `batchTallies` tallies, read and resolved on `workers`
    /// threads while this one writes each in turn.
    private static func resolveComponents(_ components: [[String]], batchTallies: Int, workers: Int, articles: ArticleTable,
                                          cancellation: Cancellation?, _ db: Database, reader: some DatabaseReader) throws -> [String: String] {
        let counter = try db.makeStatement(sql: "SELECT count(*) FROM tally WHERE key = ?")
        var sized: [(keys: [String], tallies: Int)] = [([], 0)]
        for component in components {
            if sized[sized.count - 1].tallies >= batchTallies { sized.append(([], 0)) }
            sized[sized.count - 1].keys += component
            for key in component { sized[sized.count - 1].tallies += try Int.fetchOne(counter, arguments: [key]) ?? 0 }
        }
        // The largest first, so that the others are resolved beside it rather than after it. Batches share no key,
        // so their order changes nothing they write. Each batch's keys in order, so that its occurrences are written
        // in the table's order.
        let batches = sized.enumerated().sorted { ($1.element.tallies, $0.offset) < ($0.element.tallies, $1.offset) }
            .map { Batch(keys: $0.element.keys.sorted(), carried: []) }
        let clean = try db.makeStatement(sql: "DELETE FROM dirty WHERE key = ?")
        var decisions: [String: String] = [:]
        try batches.concurrentPipeline(workers: workers, ahead: 8 * max(1, workers)) { batch in
            Result { () throws -> (batch: Batch, tallies: LoadedTallies, groups: ResolvedGroups) in
                let tallies = try LoadedTallies(batch, articles: articles, reader: reader)
                let definitions = try reader.read { db in try Self.definitions(for: batch.keys, position: articles.position(file:record:), db) }
                return (batch, tallies, MentionExtractor.resolve(tallies.tallies, keys: tallies.keys, definitions: definitions,
                                                                 titleCase: articles.titleCase, carried: tallies.carried, decide: true))
            }
        } consume: { result in
            // Cancelled: the transaction is rolled back, and every key stays dirty for the next update.
            if cancellation?.isCancelled == true { throw IndexError.cancelled }
            let resolved = try result.get()
            try write(resolved.groups, of: resolved.tallies, db)
            try IndexTotals.replace(resolved.tallies.parts, of: resolved.batch.keys, db)
            decisions.merge(resolved.groups.decisions) { _, new in new }
            for key in resolved.batch.keys { try clean.execute(arguments: [key]) }
        }
        return decisions
    }

    /// The acronym definitions resolution of `keys` may use, the first in collection order (`position` of an
    /// article's file and record) for each acronym.
    private static func definitions(for keys: [String], position: (String, Int) -> Int, _ db: Database) throws -> [String: String] {
        try definitions(of: acronyms(of: keys), position: position, db).mapValues(\.name)
    }

    /// The letters of those of `keys` that can be acronyms (2 to 6 letters, or a country an acronym is an alias of):
    /// resolution uses no other key's definition.
    private static func acronyms(of keys: [String]) -> Set<String> {
        Set(keys.filter { key in
            key.utf8.count <= 24 && (2...6).contains(key.count) && !key.contains(" ") || NameKey.countryDisplayName(forKey: key) != nil
        }.map(NameKey.letters))
    }

    /// A definition in an article: the name, and the article's file and record.
    private struct Definition {
        var name: String
        var file: String
        var record: Int
    }

    /// The first definition in collection order of each of `acronyms` that has one.
    private static func definitions(of acronyms: some Sequence<String>, position: (String, Int) -> Int, _ db: Database) throws -> [String: Definition] {
        let statement = try db.makeStatement(sql: """
            SELECT d.name, article.file, article.record FROM definition AS d JOIN article ON article.rowid = d.article WHERE d.acronym = ?
            """)
        var definitions: [String: Definition] = [:]
        for letters in acronyms {
            var first: (position: Int, definition: Definition)?
            let rows = try Row.fetchCursor(statement, arguments: [letters])
            while let row = try rows.next() {
                let place = position(row[1], row[2])
                if first.map({ place < $0.position }) ?? true { first = (place, Definition(name: row[0], file: row[1], record: row[2])) }
            }
            definitions[letters] = first?.definition
        }
        return definitions
    }

    /// `definitions(for:position:_:)` from the choices the last resolution stored (`acronym_definition`): an acronym
    /// whose chosen definition this update forgot is chosen again from all its definitions, and one the new articles
    /// define takes the first of the stored choice and theirs. The choices are stored.
    private static func chosenDefinitions(for keys: [String], files: [String], _ db: Database) throws -> [String: String] {
        let position = WalkOrder(files: files).position(file:record:)
        var chosen: [String: Definition] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT acronym, name, file, record FROM acronym_definition") {
            chosen[row[0]] = Definition(name: row[1], file: row[2], record: row[3])
        }
        var touched = Set<String>()
        var again = Set<String>()
        for row in try Row.fetchAll(db, sql: "SELECT acronym, file, record FROM dirty_acronym") {
            let letters: String = row[0]
            touched.insert(letters)
            if let choice = chosen[letters], choice.file == row[1] as String, choice.record == row[2] as Int { again.insert(letters) }
        }
        let chosenAgain = try definitions(of: again, position: position, db)
        for letters in again { chosen[letters] = chosenAgain[letters] }
        var added = Set<String>()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT definition.acronym, definition.name, article.file, article.record FROM dirty_article
            JOIN definition ON definition.article = dirty_article.article JOIN article ON article.rowid = dirty_article.article
            """)
        while let row = try rows.next() {
            let (letters, definition) = (row[0] as String, Definition(name: row[1], file: row[2], record: row[3]))
            added.insert(letters)
            if let stored = chosen[letters], position(stored.file, stored.record) <= position(definition.file, definition.record) { continue }
            chosen[letters] = definition
        }
        let store = try db.makeStatement(sql: "INSERT OR REPLACE INTO acronym_definition (acronym, name, file, record) VALUES (?, ?, ?, ?)")
        let drop = try db.makeStatement(sql: "DELETE FROM acronym_definition WHERE acronym = ?")
        for letters in touched.union(added) {
            if let definition = chosen[letters] {
                try store.execute(arguments: [letters, definition.name, definition.file, definition.record])
            } else {
                try drop.execute(arguments: [letters])
            }
        }
        try db.execute(sql: "DELETE FROM dirty_acronym")
        let wanted = acronyms(of: keys)
        return chosen.filter { wanted.contains($0.key) }.mapValues(\.name)
    }

    /// Stores the definition of every acronym (`acronym_definition`), as a full resolution chooses them, and returns
    /// them.
    private static func storeDefinitions(files: [String], _ db: Database) throws -> [String: Definition] {
        let all = try definitions(of: String.fetchAll(db, sql: "SELECT DISTINCT acronym FROM definition"), position: WalkOrder(files: files).position(file:record:), db)
        try db.execute(sql: "DELETE FROM acronym_definition; DELETE FROM dirty_acronym")
        let store = try db.makeStatement(sql: "INSERT INTO acronym_definition (acronym, name, file, record) VALUES (?, ?, ?, ?)")
        for (letters, definition) in all { try store.execute(arguments: [letters, definition.name, definition.file, definition.record]) }
        return all
    }

    /// Replaces the occurrences and entities of the loaded keys (of a carried key, its carried occurrences) by
    /// those of `resolved`, writing only the differences.
    private static func write(_ resolved: ResolvedGroups, of loaded: LoadedTallies, _ db: Database) throws {
        let keys = loaded.keys.names
        // What is stored now, in occurrence order (the table's).
        var old: [StoredOccurrence] = []
        old.reserveCapacity(loaded.occurrences.count)
        let stored = try db.makeStatement(sql: "SELECT article, person, entity, mentions, moved FROM occurrence WHERE key = ?")
        for (number, key) in keys.enumerated() {
            let rows = try Row.fetchCursor(stored, arguments: [key])
            while try rows.next() != nil {
                let occurrence = Occurrence(article: stored.integer(0), key: Int32(number), person: stored.integer(1) != 0)
                if let spots = loaded.carriedSpots[key], !spots.contains(occurrence) { continue }
                old.append(StoredOccurrence(occurrence: occurrence, entity: stored.integer(2), mentions: Int(stored.integer(3)),
                                            moved: stored.integer(4) != 0))
            }
        }
        let oldEntities = Set(old.map(\.entity))
        var rowByOwner: [EntityOwner: [Int64]] = [:]
        var oldRows: [Int64: StoredEntity] = [:]
        for rowid in oldEntities {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, kind, aliases, articles, mentions, rep, sense FROM entity WHERE rowid = ?",
                                             arguments: [rowid]) else { continue }
            oldRows[rowid] = StoredEntity(row: row)
            rowByOwner[EntityOwner(rep: row[6], sense: EntityKind(rawValue: row[7])), default: []].append(rowid)
        }
        // Entities: same root and sense, same row.
        let insertEntity = try db.makeStatement(sql: """
            INSERT INTO entity (id, name, kind, aliases, articles, mentions, rep, sense, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let updateEntity = try db.makeStatement(sql: """
            UPDATE entity SET id = ?, name = ?, kind = ?, aliases = ?, articles = ?, mentions = ? WHERE rowid = ?
            """)
        var new: [StoredOccurrence] = []
        new.reserveCapacity(loaded.occurrences.count)
        var kept = Set<Int64>()
        for (number, (entity, members)) in zip(resolved.entities, resolved.members).enumerated() {
            let stored = StoredEntity(entity)
            let owner = resolved.owners[number]
            let rowid: Int64
            if let reused = rowByOwner[owner]?.first(where: { !kept.contains($0) }) {
                rowid = reused
                if oldRows[reused] != stored {
                    try updateEntity.execute(arguments: [stored.id.rawValue, stored.name, stored.kind, stored.aliases, stored.articles, stored.mentions, rowid])
                }
            } else {
                try insertEntity.execute(arguments: [stored.id.rawValue, stored.name, stored.kind, stored.aliases, stored.articles, stored.mentions,
                                                     owner.rep, owner.sense?.rawValue ?? "", Data()])
                rowid = db.lastInsertedRowID
            }
            try IndexTotals.store(resolved.totals[number], of: rowid, db)
            kept.insert(rowid)
            for member in members {
                new.append(StoredOccurrence(occurrence: loaded.occurrences[member], entity: rowid, mentions: loaded.tallies[member].count,
                                            moved: resolved.moved.contains(member)))
            }
        }
        // An occurrence's tallies all go to one entity: add them up.
        new.sort { $0.occurrence < $1.occurrence }
        var summed: [StoredOccurrence] = []
        summed.reserveCapacity(new.count)
        for item in new {
            if summed.last?.occurrence == item.occurrence { summed[summed.count - 1].mentions += item.mentions } else { summed.append(item) }
        }
        // Occurrences: only the differences, found by walking both lists in order. The statements number their
        // parameters as `execute(_:_:key:)` binds them.
        let insert = try db.makeStatement(sql: "INSERT INTO occurrence (article, key, person, entity, mentions, moved) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        let update = try db.makeStatement(sql: "UPDATE occurrence SET entity = ?4, mentions = ?5, moved = ?6 WHERE article = ?1 AND key = ?2 AND person = ?3")
        let delete = try db.makeStatement(sql: "DELETE FROM occurrence WHERE article = ?1 AND key = ?2 AND person = ?3")
        var (before, after) = (0, 0)
        while before < old.count || after < summed.count {
            if after == summed.count || (before < old.count && old[before].occurrence < summed[after].occurrence) {
                try execute(delete, old[before], key: keys[Int(old[before].occurrence.key)])
                before += 1
            } else if before == old.count || summed[after].occurrence < old[before].occurrence {
                try execute(insert, summed[after], key: keys[Int(summed[after].occurrence.key)])
                after += 1
            } else {
                if old[before] != summed[after] { try execute(update, summed[after], key: keys[Int(summed[after].occurrence.key)]) }
                before += 1
                after += 1
            }
        }
        let deleteEntity = try db.makeStatement(sql: "DELETE FROM entity WHERE rowid = ?")
        let deleteForms = try db.makeStatement(sql: "DELETE FROM entity_form WHERE entity = ?")
        for rowid in oldEntities where !kept.contains(rowid) {
            try deleteEntity.execute(arguments: [rowid])
            try deleteForms.execute(arguments: [rowid])
        }
    }
}

extension IndexResolution {
    /// Runs `statement` once with the columns of `row` bound straight through SQLite: `?1` article, `?2` key, `?3`
    /// person, then (where the statement has them) `?4` entity, `?5` mentions and `?6` moved. Resolution writes a
    /// row per occurrence, and GRDB's arguments box every value of each.
    fileprivate static func execute(_ statement: Statement, _ row: StoredOccurrence, key: String) throws {
        let handle = statement.sqliteStatement
        sqlite3_bind_int64(handle, 1, row.occurrence.article)
        sqlite3_bind_text(handle, 2, key, -1, transient)
        sqlite3_bind_int64(handle, 3, row.occurrence.person ? 1 : 0)
        if sqlite3_bind_parameter_count(handle) >= 6 {
            sqlite3_bind_int64(handle, 4, row.entity)
            sqlite3_bind_int64(handle, 5, Int64(row.mentions))
            sqlite3_bind_int64(handle, 6, row.moved ? 1 : 0)
        }
        let code = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                                sql: statement.sql)
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: it copies the text bound.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// The mentions of a key in an article that the tagger called people, or called something else: they belong to
/// one entity. `key` is the key's place among the keys resolved together; occurrences sort as the table does.
struct Occurrence: Comparable, Hashable, Sendable {
    var article: Int64
    var key: Int32
    var person: Bool

    static func < (a: Occurrence, b: Occurrence) -> Bool {
        (a.key, a.article, a.person ? 1 : 0) < (b.key, b.article, b.person ? 1 : 0)
    }
}

/// An occurrence row: the entity its mentions belong to, how many there are, and whether a short name's decision
/// moved them there (`ResolvedGroups.moved`).
struct StoredOccurrence: Equatable {
    var occurrence: Occurrence
    var entity: Int64
    var mentions: Int
    var moved: Bool
}

/// An entity row as stored.
struct StoredEntity: Equatable {
    var id: EntityID
    var name: String
    var kind: String
    var aliases: String
    var articles: Int
    var mentions: Int

    /// Aliases are stored on one line each.
    static let separator = "\n"

    init(_ entity: Entity) {
        id = entity.id
        name = entity.canonicalName
        kind = entity.kind.rawValue
        aliases = entity.aliases.joined(separator: Self.separator)
        articles = entity.articles.count
        mentions = entity.mentionCount
    }

    init(row: Row) {
        id = EntityID(rawValue: row[0])
        name = row[1]
        kind = row[2]
        aliases = row[3]
        articles = row[4]
        mentions = row[5]
    }
}

/// The index's articles: their ids, their place in walk order and which have title-case headlines.
struct ArticleTable: Sendable {
    /// Each article's id, place in walk order, a number of its own (counted from 0, as rows are read) and its rank
    /// in walk order (counted from 0; articles of one place by rowid), by rowid.
    private(set) var articles: [Int64: (id: ArticleID, position: Int, slot: Int32, rank: Int32)] = [:]
    private(set) var titleCase = Set<ArticleID>()
    private let order: WalkOrder

    init(files: [String], _ db: Database) throws {
        order = WalkOrder(files: files)
        articles.reserveCapacity(files.count)
        var places: [(position: Int, rowid: Int64)] = []
        let statement = try db.makeStatement(sql: "SELECT rowid, id, file, titleCase, record FROM article")
        let rows = try Row.fetchCursor(statement)
        while try rows.next() != nil {
            let id = ArticleID(rawValue: statement.text(1))
            // A container's records follow one another within its file's place (32 bits each way).
            let position = order.position(file: statement.text(2), record: Int(statement.integer(4)))
            articles[statement.integer(0)] = (id, position, Int32(articles.count), 0)
            places.append((position, statement.integer(0)))
            if statement.integer(3) != 0 { titleCase.insert(id) }
        }
        for (rank, place) in places.sorted(by: { ($0.position, $0.rowid) < ($1.position, $1.rowid) }).enumerated() {
            articles[place.rowid]?.rank = Int32(rank)
        }
    }

    /// The place in walk order of a file's record (files outside the walk last).
    func position(file: String, record: Int) -> Int { order.position(file: file, record: record) }
}

/// The order of a walk's files, and of the records in each.
struct WalkOrder: Sendable {
    /// Each file's place in the walk.
    private var places: [String: Int] = [:]

    init(files: [String]) {
        places.reserveCapacity(files.count)
        for (place, file) in files.enumerated() where places[file] == nil { places[file] = place }
    }

    /// The place of a file's record: the file's place, then the record's (32 bits each); files outside the walk last.
    func position(file: String, record: Int) -> Int { places[file].map { $0 << 32 | record } ?? .max }
}

/// The keys a batch resolves, in order, and the mentions of other keys it carries over (`ResolutionPlan`).
struct Batch: Sendable {
    var keys: [String]
    var carried: [ResolutionPlan.Carried]
}

/// The tallies of a batch, in collection order (of their first mentions), as the resolver takes them, with the
/// occurrence of each.
private struct LoadedTallies: Sendable {
    var tallies: [MentionTally] = []
    var occurrences: [Occurrence] = []
    /// The name key of each tally: the batch's keys, then its carried keys.
    var keys = TallyKeys(names: [], numbers: [])
    /// Carried tallies, by position, with the key of the name whose entity each joins.
    var carried: [Int: String] = [:]
    /// Per carried key, the occurrences carried.
    var carriedSpots: [String: Set<Occurrence>] = [:]
    /// The stats of the batch's keys (not the carried ones), counted as read.
    var parts: [String: IndexTotals.Parts] = [:]

    /// Reads the tallies of `batch` through `reader`, the first half of its keys on another thread while this one
    /// reads the rest and the carried tallies: a first index resolves one batch of most of its tallies.
    init(_ batch: Batch, articles: ArticleTable, reader: some DatabaseReader) throws {
        var names = batch.keys
        var carriedNumbers: [String: Int] = [:]
        var spots: [(spot: ResolutionPlan.Carried, number: Int)] = []
        for spot in batch.carried {
            let number = carriedNumbers[spot.key] ?? names.count
            if number == names.count {
                carriedNumbers[spot.key] = number
                names.append(spot.key)
            }
            carriedSpots[spot.key, default: []].insert(Occurrence(article: spot.article, key: Int32(number), person: spot.person))
            spots.append((spot, number))
        }
        let half = batch.keys.count / 2
        let (first, second) = try concurrently({
            try reader.read { db in try Rows(keys: batch.keys[..<half], carried: [], articles: articles, db) }
        }) {
            try reader.read { db in try Rows(keys: batch.keys[half...], carried: spots, articles: articles, db) }
        }
        // In collection order: by article, then by first mention. Two parts are indexed as one, the first's first.
        let split = first.tallies.count
        var order = first.places
        order += second.places.lazy.map { Rows.Place(order: $0.order, read: $0.read + Int32(split)) }
        order.sort()
        tallies.reserveCapacity(order.count)
        occurrences.reserveCapacity(order.count)
        func take(_ rows: Rows, _ read: Int, at position: Int) {
            tallies.append(rows.tallies[read])
            occurrences.append(rows.occurrences[read])
            if let target = rows.targets[read] { carried[position] = target }
        }
        for (position, place) in order.enumerated() {
            if place.read < split { take(first, Int(place.read), at: position) } else { take(second, Int(place.read) - split, at: position) }
        }
        keys = TallyKeys(names: names, numbers: occurrences.map(\.key))
        parts = first.parts.merging(second.parts) { a, _ in a }
    }

    /// Tallies as read, with where each goes in collection order.
    private struct Rows: Sendable {
        /// Where a read tally goes: its article's rank and its first mention's place among the article's mentions in
        /// one number, then the order read (sorting these moves no strings).
        struct Place: Comparable {
            var order: UInt64
            var read: Int32

            static func < (a: Place, b: Place) -> Bool { (a.order, a.read) < (b.order, b.read) }
        }

        var tallies: [MentionTally] = []
        var occurrences: [Occurrence] = []
        /// Per read tally, the key of the name a carried one joins.
        var targets: [String?] = []
        var places: [Place] = []
        var parts: [String: IndexTotals.Parts] = [:]

        /// The tallies of `keys` (numbered by their place in the batch) and of the `carried` spots.
        init(keys: ArraySlice<String>, carried: [(spot: ResolutionPlan.Carried, number: Int)], articles: ArticleTable, _ db: Database) throws {
            let statement = try db.makeStatement(sql: "SELECT article, kind, surface, title, count, first, confirmed FROM tally WHERE key = ?")
            let inArticle = try db.makeStatement(sql: """
                SELECT article, kind, surface, title, count, first, confirmed FROM tally WHERE key = ? AND article = ?
                """)
            for (number, key) in zip(keys.indices, keys) {
                let start = tallies.count
                try readRows(statement, [key], key: number, carried: nil, articles)
                parts[key] = count(key, tallies[start...], articles)
            }
            for (spot, number) in carried { try readRows(inArticle, [spot.key, spot.article], key: number, carried: spot, articles) }
        }

        /// The stats of `key` from its tallies, read in the table's order: an article's together.
        private func count(_ key: String, _ read: ArraySlice<MentionTally>, _ articles: ArticleTable) -> IndexTotals.Parts {
            let titled = NameKey.honorificSurname(key) != nil
            var parts = IndexTotals.Parts()
            var acronyms = NameKey.Memo()
            var start = read.startIndex
            while start < read.endIndex {
                var end = start + 1
                while end < read.endIndex && read[end].slot == read[start].slot { end += 1 }
                parts.add(article: read[start..<end], titled: titled, titleCase: articles.titleCase.contains(read[start].article), acronyms: &acronyms)
                start = end
            }
            return parts
        }

        private mutating func readRows(_ statement: Statement, _ arguments: StatementArguments, key number: Int, carried spot: ResolutionPlan.Carried?,
                                       _ articles: ArticleTable) throws {
            let cursor = try Row.fetchCursor(statement, arguments: arguments)
            while try cursor.next() != nil {
                let article = statement.integer(0)
                guard let (id, _, slot, rank) = articles.articles[article] else { continue }
                let kind = EntityKind(rawValue: statement.text(1)) ?? .other
                if let spot = spot, spot.person != (kind == .person) { continue }
                // A first mention's place among its article's mentions is far below 2^32.
                let first = UInt64(min(max(statement.integer(5), 0), 0xFFFF_FFFF))
                places.append(Place(order: UInt64(UInt32(bitPattern: rank)) << 32 | first, read: Int32(tallies.count)))
                tallies.append(MentionTally(article: id, slot: slot, surface: statement.text(2), kind: kind, inTitle: statement.integer(3) != 0,
                                            count: Int(statement.integer(4)), confirmed: Int(statement.integer(6))))
                occurrences.append(Occurrence(article: article, key: Int32(number), person: kind == .person))
                targets.append(spot?.target)
            }
        }
    }
}
