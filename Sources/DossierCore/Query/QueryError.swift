/// Why a filter could not be parsed: where (a 1-based column, in characters) and what was expected there.
public struct QueryError: Error, CustomStringConvertible, Hashable, Sendable {
    public var column: Int
    public var message: String

    public init(column: Int, _ message: String) {
        self.column = column
        self.message = message
    }

    public var description: String { "column \(column): \(message)" }
}
