/// A file that could not be read as an article, and why. Shown as `PATH: reason`.
public struct LoadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why a file was not loaded.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        case empty
        case binary(nulAt: Int)
        case tooLarge(bytes: Int, limit: Int)
        case tooManyLines(lines: Int, limit: Int)
        case unreadable(String)
        case brokenSymlink
        case symlinkLoop
        case notFound
        case unsupportedFormat(String)

        public var description: String {
            switch self {
            case .empty: "empty file (no text)"
            case .binary(let offset): "binary file (NUL byte at offset \(offset))"
            case .tooLarge(let bytes, let limit): "file too large (\(bytes) bytes; the limit is \(limit))"
            case .tooManyLines(let lines, let limit): "too many lines for an article (\(lines); the limit is \(limit))"
            case .unreadable(let why): "cannot be read: \(why)"
            case .brokenSymlink: "broken symbolic link"
            case .symlinkLoop: "symbolic link loop"
            case .notFound: "no such file or folder"
            case .unsupportedFormat(let ext): "unsupported format .\(ext) (plain text only)"
            }
        }
    }

    /// The file, as the user would name it.
    public var path: String
    /// What went wrong.
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
