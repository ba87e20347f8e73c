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
        return migrator
    }
}
