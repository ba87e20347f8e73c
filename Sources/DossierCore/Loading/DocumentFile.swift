import Crypto

/// A file opened for reading articles: its format, told from its first (decompressed) bytes with the extension as
/// a hint, and its bytes, read a chunk at a time.
struct DocumentFile {
    let path: String
    let format: DocumentFormat
    let stream: ByteStream
    /// The bytes read to tell the format, given back first.
    private var head: [UInt8]?
    private var hasher = SHA256()

    /// Opens `path`; `limits` bound what its stream gives, by format.
    init(path: String, limits: CollectionLoader) throws(LoadProblem) {
        self.path = path
        stream = try ByteStream(path: path, limit: limits.maximumContainerSize)
        // A file that claims no bytes is empty, whatever reading it would give (/proc files claim 0).
        guard stream.size > 0 else { throw LoadProblem(path: path, reason: .empty) }
        var head: [UInt8] = []
        while head.count < 4096, let chunk = try stream.next() { head += chunk }
        guard !head.isEmpty else { throw LoadProblem(path: path, reason: .empty) }
        self.head = head
        firstBytes = Array(head.prefix(64))
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        if stream.isCompressed, name.lowercased().hasSuffix(".gz") { name = name.dropLast(3) }
        format = DocumentFormat.detect(prefix: head, fileExtension: FileWalker.extensionOf(String(name)))
        if !format.isContainer {
            // One article: the limit of an article file (or page), on its size as stored or as it inflates.
            let limit = format == .html ? limits.maximumPageSize : limits.maximumFileSize
            if !stream.isCompressed, stream.size > limit {
                throw LoadProblem(path: path, reason: .tooLarge(bytes: stream.size, limit: limit))
            }
            stream.limit = limit
        } else if format == .rss || format == .atom || (format == .json && !Self.opensArray(head)) {
            // Read whole: feeds, and a JSON object that may wrap a list of articles.
            stream.limit = limits.maximumDocumentSize
        }
        if stream.delivered > stream.limit {
            throw LoadProblem(path: path, reason: stream.isCompressed ? .decompressedTooLarge(limit: stream.limit)
                                                                    : .tooLarge(bytes: stream.size, limit: stream.limit))
        }
    }

    /// Whether the (JSON) document opens with `[`.
    var startsWithArray: Bool { Self.opensArray(firstBytes) }
    private let firstBytes: [UInt8]

    private static func opensArray(_ head: [UInt8]) -> Bool {
        head.first { !$0.isASCIIWhitespace && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF } == UInt8(ascii: "[")
    }

    /// The next chunk of the (decompressed) bytes, or nil at the end.
    mutating func next() throws(LoadProblem) -> [UInt8]? {
        let chunk: [UInt8]?
        if let head {
            chunk = head
            self.head = nil
        } else {
            chunk = try stream.next()
        }
        if let chunk { hasher.update(data: chunk) }
        return chunk
    }

    /// The rest of the bytes.
    mutating func readAll() throws(LoadProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try next() { bytes += chunk }
        return bytes
    }

    /// The digest of the bytes given so far (all of them, once `next` has returned nil): the first 16 bytes of their
    /// SHA-256, in hexadecimal.
    var digest: String { hasher.finalize().prefix(16).lowercaseHex }
}
