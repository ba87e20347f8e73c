import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds article files under the paths a user names and reads each one, turning every failure into a
/// `LoadProblem` so that one bad file never stops the rest.
public struct CollectionLoader: Sendable {
    /// Files larger than this are refused. The default (1 MiB, thirty times the largest scraped article we have met)
    /// keeps the worst text within the two seconds a file may take to load, tag and show (docs/reliability.md).
    public var maximumFileSize: Int
    /// Files with more lines than this are refused, for the same reason: parsing time grows with the lines.
    public var maximumLineCount: Int
    /// The parser applied to each decoded file.
    public var parser: ArticleParser

    public init(maximumFileSize: Int = 1 << 20, maximumLineCount: Int = 20_000, parser: ArticleParser = ArticleParser()) {
        self.maximumFileSize = maximumFileSize
        self.maximumLineCount = maximumLineCount
        self.parser = parser
    }

    /// The outcome of loading: the articles in file order and the problems met.
    public struct Result: Sendable {
        public var articles: [Article]
        public var problems: [LoadProblem]
    }

    /// Loads every article file under `paths`.
    public func load(_ paths: [String]) -> Result {
        let (files, walkProblems) = FileWalker().files(under: paths)
        var articles: [Article] = []
        var problems = walkProblems
        for file in files {
            switch read(file) {
            case .success(let article): articles.append(article)
            case .failure(let problem): problems.append(problem)
            }
        }
        return Result(articles: articles, problems: problems)
    }

    /// Reads and parses one file.
    public func read(_ path: String) -> Swift.Result<Article, LoadProblem> {
        switch RawFile.read(path, limit: maximumFileSize) {
        case .failure(let problem): return .failure(problem)
        case .success(let bytes): return article(from: bytes, path: path)
        }
    }

    /// Decodes and parses the bytes read from `path`.
    public func article(from bytes: [UInt8], path: String) -> Swift.Result<Article, LoadProblem> {
        if let offset = TextDecoding.binaryMarker(bytes) {
            return .failure(LoadProblem(path: path, reason: .binary(nulAt: offset)))
        }
        let text = TextDecoding.decode(bytes)
        guard text.lines.count <= maximumLineCount else {
            return .failure(LoadProblem(path: path, reason: .tooManyLines(lines: text.lines.count, limit: maximumLineCount)))
        }
        guard text.lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            return .failure(LoadProblem(path: path, reason: .empty))
        }
        return .success(parser.parse(text, path: path))
    }
}

/// Reading a whole file's bytes with POSIX calls, so that each failure has its own reason.
public enum RawFile {
    /// The bytes of `path`, refusing files over `limit` bytes.
    public static func read(_ path: String, limit: Int) -> Swift.Result<[UInt8], LoadProblem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(LoadProblem(path: path, reason: reason(errno: errno, path: path))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(LoadProblem(path: path, reason: .unreadable(errorText(errno)))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(LoadProblem(path: path, reason: .unreadable("not a regular file"))) }
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(LoadProblem(path: path, reason: .tooLarge(bytes: size, limit: limit))) }
        guard size > 0 else { return .failure(LoadProblem(path: path, reason: .empty)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { readBytes(fd, $0.baseAddress! + filled, size - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(LoadProblem(path: path, reason: .unreadable(errorText(errno))))
            }
            if count == 0 { break }  // the file shrank while we read it
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes.isEmpty ? .failure(LoadProblem(path: path, reason: .empty)) : .success(bytes)
    }

    static func reason(errno code: Int32, path: String) -> LoadProblem.Reason {
        switch code {
        case ELOOP: return .symlinkLoop
        case ENOENT:
            var info = stat()
            return lstat(path, &info) == 0 ? .brokenSymlink : .notFound
        default: return .unreadable(errorText(code))
        }
    }

    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}

/// The C library's `read`, which `RawFile.read` hides from the code inside `RawFile`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
