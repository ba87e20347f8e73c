import Foundation
import GRDB

/// Brings the index's entities in line with its mentions after an update: the keys marked dirty, and every key
/// linked to them (`NameGraph`), are resolved again from their mentions, and only the entities and occurrences that
/// came out different are written. An entity keeps its row while its id stays the same.
enum IndexResolution {
    /// Mentions resolved together, at most (a component larger than this is resolved whole), which bounds memory
    /// and lets batches be resolved on several cores.
    static let batchMentions = 50_000

    /// Resolves the dirty keys of the index in `db`, articles ordered as in `files` (walk order), `workers`
    /// batches at a time; run in one transaction, so that an interrupted resolution leaves the keys dirty for the
    /// next update.
    static func run(files: [String], workers: Int, _ db: Database) throws {
        let dirty = try String.fetchAll(db, sql: "SELECT key FROM dirty")
        guard !dirty.isEmpty else { return }
        let articles = try ArticleTable(files: files, db)
        let counter = try db.makeStatement(sql: "SELECT count(*) FROM mention WHERE key = ?")
        var batches: [[String]] = [[]]
        var size = 0
        for component in try NameGraph(db).components(of: dirty) {
            if size >= batchMentions {
                batches.append([])
                size = 0
            }
            batches[batches.count - 1] += component
            for key in component { size += try Int.fetchOne(counter, arguments: [key]) ?? 0 }
        }
        let clean = try db.makeStatement(sql: "DELETE FROM dirty WHERE key = ?")
        for start in stride(from: 0, to: batches.count, by: max(1, workers)) {
            let wave = Array(batches[start..<min(start + max(1, workers), batches.count)])
            let loaded = try wave.map { keys in
                (mentions: try LoadedMentions(keys: keys, articles: articles, db), definitions: try definitions(for: keys, articles: articles, db))
            }
            let resolved = loaded.concurrentMap(workers: workers) { batch in
                MentionExtractor.resolve(batch.mentions.found, definitions: batch.definitions, titleCase: articles.titleCase,
                                         keys: batch.mentions.keys)
            }
            for (item, keys) in wave.enumerated() {
                try write(resolved[item], of: loaded[item].mentions, keys: keys, db)
                for key in keys { try clean.execute(arguments: [key]) }
            }
        }
    }

    /// The acronym definitions resolution of `keys` may use, the first in collection order for each acronym.
    private static func definitions(for keys: [String], articles: ArticleTable, _ db: Database) throws -> [String: String] {
        let statement = try db.makeStatement(sql: "SELECT article, name FROM definition WHERE acronym = ?")
        var definitions: [String: String] = [:]
        for letters in Set(keys.map(NameKey.letters)) {
            let rows = try Row.fetchAll(statement, arguments: [letters])
            if let first = rows.min(by: { articles.position(of: $0[0]) < articles.position(of: $1[0]) }) { definitions[letters] = first[1] }
        }
        return definitions
    }

    /// Replaces the occurrences and entities of `keys` by those of `resolved`, writing only the differences.
    private static func write(_ resolved: ResolvedGroups, of loaded: LoadedMentions, keys: [String], _ db: Database) throws {
        // What is stored now.
        var old: [Occurrence: (entity: Int64, mentions: Int)] = [:]
        let stored = try db.makeStatement(sql: "SELECT article, person, entity, mentions FROM occurrence WHERE key = ?")
        for key in keys {
            let rows = try Row.fetchCursor(stored, arguments: [key])
            while let row = try rows.next() {
                old[Occurrence(article: row[0], key: key, person: row[1])] = (row[2], row[3])
            }
        }
        let oldEntities = Set(old.values.map(\.entity))
        var rowByID: [EntityID: [Int64]] = [:]
        var oldRows: [Int64: StoredEntity] = [:]
        for rowid in oldEntities {
            guard let row = try Row.fetchOne(db, sql: "SELECT id, name, kind, aliases, articles, mentions FROM entity WHERE rowid = ?",
                                             arguments: [rowid]) else { continue }
            let entity = StoredEntity(row: row)
            oldRows[rowid] = entity
            rowByID[entity.id, default: []].append(rowid)
        }
        // Entities: same id, same row.
        let insertEntity = try db.makeStatement(sql: """
            INSERT INTO entity (id, name, kind, aliases, articles, mentions) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let updateEntity = try db.makeStatement(sql: """
            UPDATE entity SET name = ?, kind = ?, aliases = ?, articles = ?, mentions = ? WHERE rowid = ?
            """)
        var new: [Occurrence: (entity: Int64, mentions: Int)] = [:]
        var kept = Set<Int64>()
        for (entity, members) in zip(resolved.entities, resolved.members) {
            let stored = StoredEntity(entity)
            let rowid: Int64
            if let reused = rowByID[entity.id]?.first(where: { !kept.contains($0) }) {
                rowid = reused
                if oldRows[reused] != stored {
                    try updateEntity.execute(arguments: [stored.name, stored.kind, stored.aliases, stored.articles, stored.mentions, rowid])
                }
            } else {
                try insertEntity.execute(arguments: [stored.id.rawValue, stored.name, stored.kind, stored.aliases, stored.articles, stored.mentions])
                rowid = db.lastInsertedRowID
            }
            kept.insert(rowid)
            for member in members {
                new[loaded.occurrences[member], default: (rowid, 0)].mentions += 1
            }
        }
        // Occurrences: only the differences.
        let insert = try db.makeStatement(sql: "INSERT INTO occurrence (article, key, person, entity, mentions) VALUES (?, ?, ?, ?, ?)")
        let update = try db.makeStatement(sql: "UPDATE occurrence SET entity = ?, mentions = ? WHERE article = ? AND key = ? AND person = ?")
        let delete = try db.makeStatement(sql: "DELETE FROM occurrence WHERE article = ? AND key = ? AND person = ?")
        for (occurrence, value) in new {
            if let before = old[occurrence] {
                if before != value {
                    try update.execute(arguments: [value.entity, value.mentions, occurrence.article, occurrence.key, occurrence.person])
                }
            } else {
                try insert.execute(arguments: [occurrence.article, occurrence.key, occurrence.person, value.entity, value.mentions])
            }
        }
        for occurrence in old.keys where new[occurrence] == nil {
            try delete.execute(arguments: [occurrence.article, occurrence.key, occurrence.person])
        }
        let deleteEntity = try db.makeStatement(sql: "DELETE FROM entity WHERE rowid = ?")
        for rowid in oldEntities where !kept.contains(rowid) { try deleteEntity.execute(arguments: [rowid]) }
    }
}

/// The mentions of a key in an article that the tagger called people, or called something else: they belong to
/// one entity.
struct Occurrence: Hashable, Sendable {
    var article: Int64
    var key: String
    var person: Bool
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
    private(set) var ids: [Int64: ArticleID] = [:]
    private var positions: [Int64: Int] = [:]
    private(set) var titleCase = Set<ArticleID>()

    init(files: [String], _ db: Database) throws {
        let order = Dictionary(files.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, id, path, titleCase FROM article")
        while let row = try rows.next() {
            let rowid: Int64 = row[0]
            let id = ArticleID(rawValue: row[1])
            ids[rowid] = id
            positions[rowid] = order[row[2] as String] ?? .max
            if row[3] as Bool { titleCase.insert(id) }
        }
    }

    /// The article's place in walk order (files outside the walk last).
    func position(of rowid: Int64) -> Int { positions[rowid] ?? .max }
}

/// The mentions of some keys, in collection order, as the resolver takes them, with the occurrence of each.
private struct LoadedMentions: Sendable {
    var found: [FoundMention] = []
    var occurrences: [Occurrence] = []
    /// The name key of each surface loaded.
    var keys = NameKey.Memo()

    init(keys: [String], articles: ArticleTable, _ db: Database) throws {
        let statement = try db.makeStatement(sql: "SELECT rowid, article, part, start, length, kind, surface FROM mention WHERE key = ?")
        var rows: [(position: Int, rowid: Int64, found: FoundMention, occurrence: Occurrence)] = []
        for key in keys {
            let cursor = try Row.fetchCursor(statement, arguments: [key])
            while let row = try cursor.next() {
                let article: Int64 = row[1]
                guard let id = articles.ids[article] else { continue }
                let start: Int = row[3]
                let length: Int = row[4]
                let kind = EntityKind(rawValue: row[5]) ?? .other
                let mention = Mention(article: id, part: TextPart(number: row[2]), range: start..<start + length, surface: row[6])
                self.keys.remember(mention.surface, key: key)
                rows.append((articles.position(of: article), row[0], FoundMention(mention: mention, kind: kind),
                             Occurrence(article: article, key: key, person: kind == .person)))
            }
        }
        rows.sort { ($0.position, $0.rowid) < ($1.position, $1.rowid) }
        found = rows.map(\.found)
        occurrences = rows.map(\.occurrence)
    }
}
