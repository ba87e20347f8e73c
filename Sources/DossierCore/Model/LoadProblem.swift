/// A file (or a record of one, `PATH#N`) that could not be read as an article, and why. Shown as `PATH: reason`.
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
        /// A compressed file that inflates past the limit (a gzip bomb, or simply too large).
        case decompressedTooLarge(limit: Int)
        /// A record of a container (a JSON Lines line, an array element, a feed item) that is not an article.
        case badRecord(String)
        /// A file a folder walk skipped by its name: it documents the folder (README, LICENSE, …).
        case documentation

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
            case .unsupportedFormat(let ext): "unsupported format .\(ext) (text, HTML, JSON, JSON Lines, Markdown, RSS and Atom, or any of them gzip-compressed)"
            case .decompressedTooLarge(let limit): "decompresses to more than \(limit) bytes"
            case .badRecord(let why): why
            case .documentation: "skipped: by its name, it documents the folder (README, LICENSE, …) rather than holds an article"
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
