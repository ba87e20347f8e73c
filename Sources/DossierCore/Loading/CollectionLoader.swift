import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds article files under the paths a user names and reads each one, turning every failure into a
/// `LoadProblem` so that one bad file (or one bad record of a container) never stops the rest.
public struct CollectionLoader: Sendable {
    /// Files (and records of container files) larger than this are refused. The default (1 MiB, thirty times the
    /// largest scraped article we have met) keeps the worst text within the two seconds a file may take to load, tag
    /// and show (docs/reliability.md).
    public var maximumFileSize: Int
    /// Articles with more lines than this are refused, for the same reason: parsing time grows with the lines.
    public var maximumLineCount: Int
    /// Container files streamed a record at a time (JSON Lines, JSON arrays) may hold this many bytes, after any
    /// decompression.
    public var maximumContainerSize: Int
    /// Container files read whole (feeds, a JSON object wrapping a list of articles) may hold this many bytes.
    public var maximumDocumentSize: Int
    /// HTML pages may hold this many bytes (markup, scripts and styles make a page many times its text).
    public var maximumPageSize: Int
    /// Which JSON and front-matter keys give which field.
    public var fieldMap: FieldMap
    /// The parser applied to each decoded text file.
    public var parser: ArticleParser

    public init(maximumFileSize: Int = 1 << 20, maximumLineCount: Int = 20_000, maximumContainerSize: Int = 1 << 32,
                maximumDocumentSize: Int = 64 << 20, maximumPageSize: Int = 8 << 20, fieldMap: FieldMap = FieldMap(), parser: ArticleParser = ArticleParser()) {
        self.maximumFileSize = maximumFileSize
        self.maximumLineCount = maximumLineCount
        self.maximumContainerSize = maximumContainerSize
        self.maximumDocumentSize = maximumDocumentSize
        self.maximumPageSize = maximumPageSize
        self.fieldMap = fieldMap
        self.parser = parser
    }

    /// The outcome of loading: the articles in file order and the problems met.
    public struct Result: Sendable {
        public var articles: [Article]
        public var problems: [LoadProblem]
    }

    /// Loads every article under `paths`, with the paragraphs many pages of one site repeat folded as furniture
    /// (`SiteFurniture`).
    public func load(_ paths: [String]) -> Result {
        let (files, walkProblems) = FileWalker().files(under: paths)
        var articles: [Article] = []
        var problems = walkProblems
        for file in files {
            switch readFile(file) {
            case .success(let reading):
                articles += reading.articles
                problems += reading.problems
            case .failure(let problem): problems.append(problem)
            }
        }
        let furniture = SiteFurniture(articles)
        return Result(articles: articles.map(furniture.folding), problems: problems)
    }

    /// Reads the article at `address`: a file of one article, or `FILE#N`, record N of a container file.
    public func read(_ address: String) -> Swift.Result<Article, LoadProblem> {
        let place = ArticleAddress(address)
        switch readFile(place.file, only: place.record) {
        case .failure(let problem): return .failure(problem)
        case .success(let reading):
            if let problem = reading.problems.first, reading.articles.isEmpty { return .failure(problem) }
            guard let first = reading.articles.first else {
                return .failure(LoadProblem(path: address, reason: .badRecord("no such record")))
            }
            if place.record == nil, reading.articles.count > 1 {
                return .failure(LoadProblem(path: address, reason: .badRecord(
                    "holds \(reading.articles.count) articles; name one as \(place.file)#N (from 1)")))
            }
            return .success(first)
        }
    }

    /// Reads the articles of one file, with the problems of its records that are not articles. With `only`, just
    /// that record of a container. With `unlessDigest`, a file whose bytes have that digest is reported
    /// `unchanged` and not parsed. A JSON Lines file's records are parsed on `workers` threads, a chunk at a time.
    public func readFile(_ path: String, only record: Int? = nil, unlessDigest: String? = nil, workers: Int = 1) -> Swift.Result<FileReading, LoadProblem> {
        readFile(path, only: record, unlessDigest: unlessDigest, workers: workers, articles: nil)
    }

    /// `readFile`, a JSON Lines file's articles given to `articles` as they are parsed (a chunk at a time, in record
    /// order) and not kept in the reading.
    func readFile(_ path: String, only record: Int? = nil, unlessDigest: String? = nil, workers: Int = 1,
                  articles sink: (@Sendable ([Article]) -> Void)?) -> Swift.Result<FileReading, LoadProblem> {
        do throws(LoadProblem) {
            var file = try DocumentFile(path: path, limits: self)
            if let unlessDigest, file.format.isContainer {
                // Streamed: a first pass tells whether the bytes changed.
                var probe = try DocumentFile(path: path, limits: self)
                while try probe.next() != nil {}
                if probe.digest == unlessDigest { return .success(FileReading(digest: unlessDigest, unchanged: true)) }
            }
            return .success(try DocumentReading(loader: self, only: record, unlessDigest: unlessDigest, workers: workers, sink: sink).read(&file))
        } catch {
            return .failure(error)
        }
    }

    /// The raw text at `address`: the whole file (decompressed), or the lines of the file a record spans.
    public func rawBytes(_ address: String) -> Swift.Result<[UInt8], LoadProblem> {
        let place = ArticleAddress(address)
        do throws(LoadProblem) {
            var file = try DocumentFile(path: place.file, limits: self)
            file.stream.limit = maximumContainerSize
            guard place.record != nil else { return .success(try file.readAll()) }
            guard case .success(let article) = read(address), let span = article.record else { return .failure(LoadProblem(path: address, reason: .badRecord("no such record"))) }
            return .success(try RecordSplitter.lines(span, of: &file))
        } catch {
            return .failure(error)
        }
    }

    /// Decodes and parses the bytes of a text file read from `path`.
    public func article(from bytes: [UInt8], path: String) -> Swift.Result<Article, LoadProblem> {
        switch decodedLines(bytes, path: path) {
        case .failure(let problem): return .failure(problem)
        case .success(let text):
            guard text.lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
                return .failure(LoadProblem(path: path, reason: .empty))
            }
            return .success(parser.parse(text, path: path))
        }
    }

    /// `bytes` decoded, refusing binary data and texts of too many lines.
    func decodedLines(_ bytes: [UInt8], path: String) -> Swift.Result<DecodedText, LoadProblem> {
        if let offset = TextDecoding.binaryMarker(bytes) {
            return .failure(LoadProblem(path: path, reason: .binary(nulAt: offset)))
        }
        let text = TextDecoding.decode(bytes)
        guard text.lines.count <= maximumLineCount else {
            return .failure(LoadProblem(path: path, reason: .tooManyLines(lines: text.lines.count, limit: maximumLineCount)))
        }
        return .success(text)
    }
}

/// What reading one file gave.
public struct FileReading: Sendable {
    /// Its articles: one, or a container's, in record order.
    public var articles: [Article] = []
    /// The records that are not articles, each named `FILE#N`.
    public var problems: [LoadProblem] = []
    /// The digest of its (decompressed) bytes: the first 16 bytes of their SHA-256, in hexadecimal.
    public var digest: String
    /// Whether its digest was the one it was to be compared with, so it was not parsed.
    public var unchanged = false
}

/// What the POSIX calls that read files tell, as load problems: each failure has its own reason.
public enum RawFile {
    /// Whether something exists at `path` (following links).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
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
