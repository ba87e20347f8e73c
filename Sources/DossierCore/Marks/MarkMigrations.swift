import GRDB

/// The schema of the marks database, one migration per change. A shipped migration is never edited.
enum MarkMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 article and entity marks") { db in
            try db.create(table: "articleMark") { t in
                t.primaryKey("articleID", .text)
                t.column("isRead", .boolean).notNull().defaults(to: false)
                t.column("isStarred", .boolean).notNull().defaults(to: false)
                t.column("isArchived", .boolean).notNull().defaults(to: false)
                t.column("note", .text)
            }
            try db.create(table: "articleTag") { t in
                t.primaryKey { t.column("articleID", .text); t.column("tag", .text) }
            }
            try db.create(index: "articleTag_tag", on: "articleTag", columns: ["tag"])
            try db.create(table: "highlight") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleID", .text).notNull().indexed()
                t.column("firstLine", .integer).notNull()
                t.column("lastLine", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "entityMark") { t in
                t.primaryKey("entityID", .text)
                t.column("isStarred", .boolean).notNull().defaults(to: false)
                t.column("isHidden", .boolean).notNull().defaults(to: false)
                t.column("name", .text)
                t.column("mergedInto", .text).indexed()
            }
        }
        // Entity ids lost their kind (`person:joe biden` → `joe biden`): marks made under the old ids move to the
        // new ones; two old ids of one name (a kind flipped) become one row holding the marks of both.
        migrator.registerMigration("v2 entity ids without kind") { db in
            var merged: [String: (starred: Bool, hidden: Bool, name: String?, mergedInto: String?)] = [:]
            var order: [String] = []
            for row in try Row.fetchAll(db, sql: "SELECT entityID, isStarred, isHidden, name, mergedInto FROM entityMark ORDER BY entityID") {
                let id = EntityID(migrating: row["entityID"]).rawValue
                let target = (row["mergedInto"] as String?).map { EntityID(migrating: $0).rawValue }
                var entry = merged[id] ?? {
                    order.append(id)
                    return (false, false, nil, nil)
                }()
                entry.starred = entry.starred || row["isStarred"]
                entry.hidden = entry.hidden || row["isHidden"]
                entry.name = entry.name ?? row["name"]
                entry.mergedInto = entry.mergedInto ?? (target == id ? nil : target)
                merged[id] = entry
            }
            try db.execute(sql: "DELETE FROM entityMark")
            for id in order {
                let entry = merged[id]!
                try db.execute(sql: "INSERT INTO entityMark (entityID, isStarred, isHidden, name, mergedInto) VALUES (?, ?, ?, ?, ?)",
                               arguments: [id, entry.starred, entry.hidden, entry.name, entry.mergedInto])
            }
        }
        // Aliases a reader detached from an entity.
        migrator.registerMigration("v3 detached aliases") { db in
            try db.alter(table: "entityMark") { t in t.add(column: "detached", .text) }
        }
        // Marks follow an article's text through edits and moves (`MarkStore.follow`): which id each article id
        // became, and highlights whose passage an edit removed.
        migrator.registerMigration("v4 article history and detached highlights") { db in
            try db.create(table: "articleHistory") { t in
                t.primaryKey("oldID", .text)
                t.column("newID", .text).notNull().indexed()
                t.column("movedAt", .datetime).notNull()
            }
            try db.alter(table: "highlight") { t in t.add(column: "detached", .boolean).notNull().defaults(to: false) }
        }
        return migrator
    }
}
