import CZlib
import Foundation

/// A file's bytes read a chunk at a time, inflated on the way when the file is gzip-compressed, so that a large
/// container never sits in memory whole. Inflation stops with a problem past `limit` bytes (a gzip bomb).
final class ByteStream {
    /// The size of each read.
    static let chunkSize = 1 << 16

    let path: String
    /// Whether the file is gzip-compressed (by its magic bytes, whatever its name).
    let isCompressed: Bool
    /// The most (decompressed) bytes the stream gives before failing.
    var limit: Int
    private let descriptor: Int32
    private var inflater: Inflater?
    private var pending: [UInt8] = []
    private var finished = false
    /// Bytes read from the file so far, and the first NUL byte among the first read.
    private var rawOffset = 0
    private var firstRawNUL: Int?
    /// Decompressed bytes given so far.
    private(set) var delivered = 0

    /// Opens `path` for reading; fails with the reason the file cannot be read.
    init(path: String, limit: Int) throws(LoadProblem) {
        self.path = path
        self.limit = limit
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw LoadProblem(path: path, reason: RawFile.reason(errno: errno, path: path)) }
        descriptor = fd
        var info = stat()
        guard fstat(fd, &info) == 0 else { close(fd); throw LoadProblem(path: path, reason: .unreadable(RawFile.errorText(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { close(fd); throw LoadProblem(path: path, reason: .unreadable("not a regular file")) }
        size = Int(info.st_size)
        var magic = [UInt8](repeating: 0, count: 2)
        let count = magic.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, 2, 0) }
        isCompressed = count == 2 && magic == [0x1F, 0x8B]
        if isCompressed { inflater = try Inflater(path: path) }
    }

    /// The file's size on disk.
    let size: Int

    deinit { close(descriptor) }

    /// The next chunk of (decompressed) bytes, or nil at the end.
    func next() throws(LoadProblem) -> [UInt8]? {
        while !finished {
            let out: [UInt8]
            if let inflater {
                if inflater.needsInput {
                    guard let raw = try readRaw() else {
                        try inflater.finish()
                        finished = true
                        break
                    }
                    inflater.feed(raw)
                    continue
                }
                do { out = try inflater.produce() } catch {
                    // Bytes that only look like gzip, in a file not named so: binary, as they were before inflating.
                    if let nul = firstRawNUL, !path.lowercased().hasSuffix(".gz") { throw LoadProblem(path: path, reason: .binary(nulAt: nul)) }
                    throw error
                }
            } else {
                guard let raw = try readRaw() else { finished = true; break }
                out = raw
            }
            guard !out.isEmpty else { continue }
            delivered += out.count
            if delivered > limit {
                throw LoadProblem(path: path, reason: isCompressed ? .decompressedTooLarge(limit: limit) : .tooLarge(bytes: size, limit: limit))
            }
            return out
        }
        return nil
    }

    /// All the (decompressed) bytes, up to the limit.
    func readAll() throws(LoadProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try next() { bytes += chunk }
        return bytes
    }

    private func readRaw() throws(LoadProblem) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                throw LoadProblem(path: path, reason: .unreadable(RawFile.errorText(errno)))
            }
            if count == 0 { return nil }
            buffer.removeSubrange(count...)
            if rawOffset == 0 { firstRawNUL = buffer.firstIndex(of: 0) }
            rawOffset += count
            return buffer
        }
    }
}

/// zlib's inflation of a gzip stream (several members one after another are read as one, as `gunzip` does), at
/// most a chunk of output at a time whatever the input holds.
private final class Inflater {
    private var stream = z_stream()
    private let path: String
    private var input: [UInt8] = []
    private var offset = 0
    /// Whether the last member read has ended.
    private var isDone = false

    init(path: String) throws(LoadProblem) {
        self.path = path
        guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw LoadProblem(path: path, reason: .unreadable("cannot start gzip decompression")) }
    }

    deinit { inflateEnd(&stream) }

    /// Whether every byte fed has been used.
    var needsInput: Bool { offset >= input.count }

    /// Gives the next bytes of the file.
    func feed(_ bytes: [UInt8]) {
        input = bytes
        offset = 0
    }

    /// Inflates up to one chunk from the bytes fed.
    func produce() throws(LoadProblem) -> [UInt8] {
        if isDone {
            // Another gzip member follows; bytes that are not one end the data (as gunzip's trailing garbage).
            guard input[offset...].starts(with: [0x1F, 0x8B]) else { offset = input.count; return [] }
            inflateReset(&stream)
            isDone = false
        }
        var chunk = [UInt8](repeating: 0, count: ByteStream.chunkSize)
        let (status, used, made): (Int32, Int, Int) = input.withUnsafeBytes { source in
            chunk.withUnsafeMutableBytes { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress!.assumingMemoryBound(to: Bytef.self) + offset)
                stream.avail_in = uInt(source.count - offset)
                stream.next_out = target.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(target.count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, source.count - offset - Int(stream.avail_in), target.count - Int(stream.avail_out))
            }
        }
        offset += used
        switch status {
        case Z_STREAM_END: isDone = true
        case Z_OK, Z_BUF_ERROR: if used == 0 && made == 0 { offset = input.count }
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
            throw LoadProblem(path: path, reason: .unreadable("gzip data is damaged (\(message))"))
        }
        chunk.removeSubrange(made...)
        return chunk
    }

    /// At the end of the file: a member not finished is a file cut short.
    func finish() throws(LoadProblem) {
        guard isDone else { throw LoadProblem(path: path, reason: .unreadable("gzip data cut short")) }
    }
}
