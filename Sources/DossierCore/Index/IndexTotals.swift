import Foundation
import GRDB

/// The counts an index keeps by difference, so that an update resolves only the articles it changed: each name's
/// `NameStats` (`name_stats`) and each entity's `EntityTotals` (`entity.votes`, `entity.articles`, `entity_form`).
/// Writing an article adds its counts, forgetting one takes them away.
enum IndexTotals {
    /// A name's stats in the articles whose mentions of it are all in a title-case headline, and in the others.
    struct Parts {
        var rest = NameStats()
        var title = NameStats()

        mutating func add(_ other: Parts, sign: Int = 1) {
            rest.add(other.rest, sign: sign)
            title.add(other.title, sign: sign)
        }

        /// Adds one article's tallies of one name (`titled` when a title and a surname): to `title` when the article's
        /// headline is in title case (`titleCase`) and they are all in it, else to `rest`.
        mutating func add(article tallies: some Collection<MentionTally>, titled: Bool, titleCase: Bool, acronyms: inout NameKey.Memo) {
            let stats = NameStats(article: tallies, titled: titled, acronyms: &acronyms)
            if titleCase && tallies.allSatisfy(\.inTitle) { title.add(stats) } else { rest.add(stats) }
        }
    }

    /// The stats of one article's tallies, by key; `titleCase` when its headline is in title case.
    static func parts(of tallies: [(key: String, tally: MentionTally)], titleCase: Bool) -> [String: Parts] {
        var byKey: [String: [MentionTally]] = [:]
        for (key, tally) in tallies where !key.isEmpty { byKey[key, default: []].append(tally) }
        var parts: [String: Parts] = [:]
        var acronyms = NameKey.Memo()
        for (key, tallies) in byKey {
            parts[key, default: Parts()].add(article: tallies, titled: NameKey.honorificSurname(key) != nil, titleCase: titleCase, acronyms: &acronyms)
        }
        return parts
    }

    /// Stores `parts` as the stats of each of `keys` (none for a key it does not hold).
    static func replace(_ parts: [String: Parts], of keys: some Sequence<String>, _ db: Database) throws {
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO name_stats (key, rest, title) VALUES (?, ?, ?)")
        for key in keys where !key.isEmpty {
            let part = parts[key] ?? Parts()
            try write.execute(arguments: [key, part.rest.encoded, part.title.encoded])
        }
    }

    /// Adds `delta` (with `sign` -1, takes it away) to the stored stats of each of its keys.
    static func add(_ delta: [String: Parts], sign: Int = 1, _ db: Database) throws {
        let read = try db.cachedStatement(sql: "SELECT rest, title FROM name_stats WHERE key = ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO name_stats (key, rest, title) VALUES (?, ?, ?)")
        for (key, change) in delta {
            var stored = Parts()
            if let row = try Row.fetchOne(read, arguments: [key]) {
                stored = Parts(rest: NameStats(decoding: row[0] as Data) ?? NameStats(), title: NameStats(decoding: row[1] as Data) ?? NameStats())
            }
            stored.add(change, sign: sign)
            try write.execute(arguments: [key, stored.rest.encoded, stored.title.encoded])
        }
    }

    /// Every name's stats as resolution weighs them (a headline's only where `HeadlineSpans` keeps it) and its stored
    /// `NameRules` links. Names with no mention left are not listed.
    static func collectionStats(_ db: Database) throws -> (stats: [String: NameStats], links: [String: [NameRules.Link]], headlines: HeadlineSpans) {
        var parts: [String: Parts] = [:]
        var links: [String: [NameRules.Link]] = [:]
        let statement = try db.makeStatement(sql: "SELECT name_stats.key, rest, title, links FROM name_stats JOIN name USING (key)")
        let rows = try Row.fetchCursor(statement)
        while try rows.next() != nil {
            let key = statement.text(0)
            parts[key] = Parts(rest: NameStats(decoding: statement.bytes(1)) ?? NameStats(), title: NameStats(decoding: statement.bytes(2)) ?? NameStats())
            links[key] = NameRules.decode(statement.bytes(3))
        }
        let headlines = HeadlineSpans(used: parts.lazy.filter { $0.value.rest.untitled > 0 }.map(\.key))
        var stats: [String: NameStats] = [:]
        for (key, part) in parts {
            var kept = part.rest
            if headlines.keeps(key) { kept.add(part.title) }
            if kept.mentions > 0 { stats[key] = kept } else { links[key] = nil }
        }
        return (stats, links, headlines)
    }

    /// What one article's tallies add to each entity they joined (`entity`, and `moved` when a short name's decision
    /// moved them there), as `Groups.entities()` counts: a title or a move votes person.
    static func totals(of tallies: [(key: String, tally: MentionTally, entity: Int64, moved: Bool)]) -> [Int64: EntityTotals] {
        var totals: [Int64: EntityTotals] = [:]
        for (key, tally, entity, moved) in tallies {
            var total = totals[entity] ?? EntityTotals()
            total.articles = 1
            let kind = moved || NameKey.honorificSurname(key) != nil ? EntityKind.person : tally.kind
            total.kinds[EntityKind.allCases.firstIndex(of: kind)!] += tally.count
            total.forms[NameKey.display(tally.surface), default: 0] += tally.count
            totals[entity] = total
        }
        return totals
    }

    /// The stored totals of `entity`.
    static func totals(of entity: Int64, _ db: Database) throws -> EntityTotals {
        var totals = EntityTotals()
        if let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT votes, articles FROM entity WHERE rowid = ?"), arguments: [entity]) {
            totals.kinds = decodeVotes(row[0])
            totals.articles = row[1]
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT form, mentions FROM entity_form WHERE entity = ?"), arguments: [entity]) {
            totals.forms[row[0]] = row[1]
        }
        return totals
    }

    /// Stores `totals` as those of `entity`, its forms replacing the ones stored.
    static func store(_ totals: EntityTotals, of entity: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE entity SET votes = ?, articles = ?, mentions = ? WHERE rowid = ?")
            .execute(arguments: [encodeVotes(totals.kinds), totals.articles, totals.mentions, entity])
        try db.cachedStatement(sql: "DELETE FROM entity_form WHERE entity = ?").execute(arguments: [entity])
        let insert = try db.cachedStatement(sql: "INSERT INTO entity_form (entity, form, mentions) VALUES (?, ?, ?)")
        for (form, mentions) in totals.forms where mentions != 0 { try insert.execute(arguments: [entity, form, mentions]) }
    }

    /// Adds `delta` (with `sign` -1, takes it away) to each entity's stored totals, and marks the entities, whose
    /// names and kinds follow from them, for `rename(_:)`.
    static func add(_ delta: [Int64: EntityTotals], sign: Int = 1, _ db: Database) throws {
        for (entity, change) in delta {
            var totals = try totals(of: entity, db)
            totals.add(change, sign: sign)
            try store(totals, of: entity, db)
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO dirty_entity (entity) VALUES (?)").execute(arguments: [entity])
        }
    }

    /// Names each of `entities` from its totals (`EntityTotals.named`), deleting those no mention is left in.
    static func rename(_ entities: some Sequence<Int64>, _ db: Database) throws {
        let update = try db.cachedStatement(sql: "UPDATE entity SET id = ?, name = ?, kind = ?, aliases = ? WHERE rowid = ?")
        for entity in entities {
            let totals = try totals(of: entity, db)
            guard totals.mentions > 0, let sense = try String.fetchOne(db.cachedStatement(sql: "SELECT sense FROM entity WHERE rowid = ?"),
                                                                       arguments: [entity]) else {
                try db.cachedStatement(sql: "DELETE FROM entity_form WHERE entity = ?").execute(arguments: [entity])
                try db.cachedStatement(sql: "DELETE FROM entity WHERE rowid = ?").execute(arguments: [entity])
                continue
            }
            let named = totals.named
            try update.execute(arguments: [EntityID(canonicalName: named.canonical, sense: EntityKind(rawValue: sense)).rawValue, named.canonical,
                                           named.kind.rawValue, named.aliases.joined(separator: StoredEntity.separator), entity])
        }
    }

    static func encodeVotes(_ kinds: [Int]) -> Data {
        var writer = BinaryWriter()
        for count in kinds { writer.write(signedVarint: count) }
        return writer.data
    }

    static func decodeVotes(_ data: Data) -> [Int] {
        var reader = BinaryReader(data)
        return EntityKind.allCases.map { _ in (try? reader.readSignedVarint()) ?? 0 }
    }
}
