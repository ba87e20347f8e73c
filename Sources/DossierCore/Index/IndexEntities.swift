import Foundation
import GRDB

extension CollectionIndex {
    /// The resolved entities, most mentioned first, each with the articles of `summaries` that mention it, in that
    /// order (entities mentioned only elsewhere are left out).
    public func entities(of summaries: [ArticleSummary]) throws(IndexError) -> [Entity] {
        let position = Dictionary(summaries.enumerated().map { ($0.element.id, Int32($0.offset)) }) { first, _ in first }
        return try run { try pool.read { db in
            var rowPosition: [Int64: Int32] = [:]
            for (row, id) in try articleIDs(db) {
                if let found = position[id] { rowPosition[row] = found }
            }
            // Read here, on the thread that resolves entities at open, so that showing an article's mentions finds them.
            _ = try entityIDs(db)
            var slot: [Int64: Int] = [:]
            var stored: [(id: String, name: String, kind: String, aliases: String, mentions: Int)] = []
            let entities = try Row.fetchCursor(db, sql: "SELECT rowid, id, name, kind, aliases, mentions FROM entity")
            while let row = try entities.next() {
                slot[row[0]] = stored.count
                stored.append((row[1], row[2], row[3], row[4], row[5]))
            }
            var positions = [[Int32]](repeating: [], count: stored.count)
            let occurrences = try Row.fetchCursor(db, sql: "SELECT article, entity FROM occurrence")
            while let row = try occurrences.next() {
                guard let article = rowPosition[row[0]], let entity = slot[row[1]] else { continue }
                if positions[entity].last != article { positions[entity].append(article) }
            }
            return zip(stored, positions).compactMap { entity, found -> Entity? in
                guard !found.isEmpty else { return nil }
                let articles = Set(found).sorted().map { summaries[Int($0)].id }
                let aliases = entity.aliases.isEmpty ? [] : entity.aliases.components(separatedBy: StoredEntity.separator)
                var result = Entity(canonicalName: entity.name, kind: EntityKind(rawValue: entity.kind) ?? .other, aliases: aliases,
                                    articles: articles, mentionCount: entity.mentions)
                result.id = EntityID(rawValue: entity.id)
                return result
            }.sorted { ($0.mentionCount, $1.canonicalName) > ($1.mentionCount, $0.canonicalName) }
        } }
    }

    /// The index's resolved mentions, read an article at a time.
    public var mentionSource: any MentionSource { IndexMentions(index: self) }
}

/// The resolved mentions of an indexed article, read from the index when asked for.
struct IndexMentions: MentionSource {
    let index: CollectionIndex

    func mentions(in article: ArticleID) -> [LinkedMention] {
        let found = try? index.pool.read { db -> [LinkedMention] in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT l.article, l.data FROM mention_list l WHERE l.article = (SELECT rowid FROM article WHERE id = ? LIMIT 1)
                """), arguments: [article.rawValue]), let list = MentionList(decoding: row[1]) else { return [] }
            // The entity of each key in the article, for mentions the tagger called people and for the others.
            let ids = try index.entityIDs(db)
            var entities: [String: (person: EntityID?, other: EntityID?)] = [:]
            let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT key, person, entity FROM occurrence WHERE article = ?"),
                                           arguments: [row[0] as Int64])
            while let occurrence = try rows.next() {
                guard let id = ids[occurrence[2]] else { continue }
                let key: String = occurrence[0]
                if occurrence[1] as Bool { entities[key, default: (nil, nil)].person = id } else { entities[key, default: (nil, nil)].other = id }
            }
            return list.items.compactMap { item -> LinkedMention? in
                guard let known = entities[item.key], let entity = item.kind == .person ? known.person : known.other else { return nil }
                return LinkedMention(mention: Mention(article: article, part: item.part, range: item.range, surface: item.surface), entity: entity)
            }.sorted { ($0.mention.part.number, $0.mention.range.lowerBound) < ($1.mention.part.number, $1.mention.range.lowerBound) }
        }
        return found ?? []
    }

    func mentionCounts(of ids: Set<EntityID>) -> [ArticleID: Int] {
        guard !ids.isEmpty else { return [:] }
        let list = ids.map(\.rawValue)
        let found = try? index.pool.read { db -> [ArticleID: Int] in
            let articles = try index.articleIDs(db)
            var counts: [ArticleID: Int] = [:]
            // From the entity index alone, which holds the counts; article rows become ids in memory.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT article, mentions FROM occurrence
                WHERE entity IN (SELECT rowid FROM entity WHERE id IN (\(databaseQuestionMarks(count: list.count))))
                """, arguments: StatementArguments(list))
            while let row = try rows.next() {
                if let id = articles[row[0]] { counts[id, default: 0] += row[1] as Int }
            }
            return counts
        }
        return found ?? [:]
    }

    func occurrences(of ids: Set<EntityID>) -> [EntityID: [EntityOccurrence]] {
        guard !ids.isEmpty else { return [:] }
        let found = try? index.pool.read { db -> [EntityID: [EntityOccurrence]] in
            var result: [EntityID: [EntityOccurrence]] = [:]
            let list = ids.map(\.rawValue)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.id, a.id, o.key, o.mentions FROM entity e JOIN occurrence o ON o.entity = e.rowid
                JOIN article a ON a.rowid = o.article
                WHERE o.entity IN (SELECT rowid FROM entity WHERE id IN (\(databaseQuestionMarks(count: list.count))))
                """, arguments: StatementArguments(list))  // by the entity's rows, so that SQLite reads their occurrences alone
            while let row = try rows.next() {
                result[EntityID(rawValue: row[0]), default: []].append(EntityOccurrence(article: ArticleID(rawValue: row[1]), key: row[2], mentions: row[3]))
            }
            return result
        }
        return found ?? [:]
    }
}
