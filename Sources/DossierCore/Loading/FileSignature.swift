import Foundation

/// What tells whether a file changed since it was indexed: its size and modification time, checked first, and
/// the digest of its bytes when those differ (a file touched but not changed is not read again by the tagger).
struct FileSignature: Equatable, Sendable {
    var size: Int
    /// Nanoseconds since 1970.
    var modified: Int64

    /// The signature of the file at `path` (following symbolic links), or nil when it cannot be examined.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The signature in what `stat` told of a file.
    init(_ info: stat) {
        size = Int(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    init(size: Int, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}
