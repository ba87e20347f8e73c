import Foundation
import GRDB
import GRDBSQLite

/// Columns of the row a cursor has stepped to, read straight from SQLite: resolution reads hundreds of thousands of
/// rows, and GRDB's per-column conversions were a good part of that time.
extension Statement {
    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(sqliteStatement, column) }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(sqliteStatement, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(sqliteStatement, column))), as: UTF8.self)
    }

    /// The bytes of a blob column, valid until the cursor steps on.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: sqlite3_column_blob(sqliteStatement, column), count: Int(sqlite3_column_bytes(sqliteStatement, column)))
    }
}
