import Foundation
import GRDB

/// Overwrites the full-text blocks of the index at `path` (its header and stamp intact) with a fixed byte, which FTS5
/// reports as corruption (`SQLITE_CORRUPT`) on the next search. Random bytes are not used: about one time in thirty
/// they made FTS5 fail with "out of memory" instead, and the test flaked.
func damageFullTextBlocks(ofIndexAt path: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
        for row in try Row.fetchAll(db, sql: "SELECT id, length(block) FROM article_text_data WHERE id > 1") {
            try db.execute(sql: "UPDATE article_text_data SET block = ? WHERE id = ?",
                           arguments: [Data(repeating: 0xA5, count: row[1]), row[0] as Int64])
        }
    }
    try queue.close()
}
