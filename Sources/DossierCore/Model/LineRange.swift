/// A closed range of raw line numbers, counted from 1 as editors do.
public struct LineRange: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The first line.
    public var first: Int
    /// The last line, at least `first`.
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        precondition(first <= last, "a line range runs forwards")
        self.first = first
        self.last = last
    }

    /// A range of one line.
    public init(line: Int) { self.init(line, line) }

    /// How many lines it spans.
    public var count: Int { last - first + 1 }

    /// Whether `line` lies inside.
    public func contains(_ line: Int) -> Bool { line >= first && line <= last }

    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
