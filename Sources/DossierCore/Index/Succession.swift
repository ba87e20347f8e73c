import GRDB

/// Which article each article became, so that marks follow a text through edits and moves (`MarkStore.follow`).
/// An article whose file changed is succeeded by the article now at its place (`IndexRows.store`); an article whose
/// file vanished, by the one article that came at a new path in the same update with a fingerprint within
/// `TextFingerprint.nearThreshold` bits (a file moved and edited at once), when no other comes as near.
enum Succession {
    /// An article of a file the index forgot.
    struct Gone {
        var path: String
        var id: String
        var fingerprint: TextFingerprint?
    }

    /// Matches the articles of vanished files with the update's arrivals and records the successions found; the
    /// arrivals are cleared.
    static func match(gone: [Gone], _ db: Database) throws {
        defer { _ = try? db.execute(sql: "DELETE FROM arrival") }
        let stillListed = try db.makeStatement(sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)")
        let arrivals = try Row.fetchAll(db, sql: "SELECT id, path, fingerprint FROM arrival").compactMap { row -> (id: String, path: String, print: TextFingerprint)? in
            guard let bits: Int64 = row[2] else { return nil }
            return (row[0], row[1], TextFingerprint(bits: UInt64(bitPattern: bits)))
        }
        guard !arrivals.isEmpty else { return }
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO succession (old, new, path, moved) VALUES (?, ?, ?, 1)")
        for article in gone {
            // A text still in the collection (moved unchanged, or a copy that stays) needs no successor.
            guard let print = article.fingerprint, try Bool.fetchOne(stillListed, arguments: [article.id]) == false else { continue }
            let near = arrivals.map { (arrival: $0, distance: $0.print.distance(to: print)) }
                .filter { $0.distance <= TextFingerprint.nearThreshold && $0.arrival.id != article.id }
                .sorted { ($0.distance, $0.arrival.id) < ($1.distance, $1.arrival.id) }
            guard let best = near.first, near.dropFirst().allSatisfy({ $0.distance > best.distance || $0.arrival.id == best.arrival.id }) else { continue }
            try insert.execute(arguments: [article.id, best.arrival.id, best.arrival.path])
        }
    }

    /// Every succession recorded, old id to new (of several, the one whose id sorts last).
    static func all(_ db: Database) throws -> [ArticleID: ArticleID] {
        var found: [ArticleID: ArticleID] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT old, new FROM succession ORDER BY old, new") {
            found[ArticleID(rawValue: row[0])] = ArticleID(rawValue: row[1])
        }
        return found
    }
}
