import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system side of writing a corpus, with POSIX calls so that each failure names its path and reason.
extension CorpusGenerator {
    /// Makes `path` as an empty folder, or accepts it when it is one already.
    static func prepare(_ path: String) throws(CorpusError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateFolder(path, reason: error.localizedDescription)
            }
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .cannotCreateFolder(path, reason: "a file is in the way") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard entries.isEmpty else { throw .folderNotEmpty(path) }
    }

    /// Makes one subfolder of the corpus.
    static func makeFolder(_ path: String) throws(CorpusError) {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .cannotCreateFolder(path, reason: errorText(errno)) }
    }

    /// Writes `bytes` as the whole of the file at `path`.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws(CorpusError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path, reason: errorText(errno)) }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = writeBytes(fd, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
        let closed = close(fd) == 0 ? 0 : errno
        if failure != 0 || closed != 0 { throw .cannotWrite(path, reason: errorText(failure != 0 ? failure : closed)) }
    }

    private static func errorText(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }
}

/// The C library's `write`, which `CorpusGenerator.write` hides from the code inside `CorpusGenerator`.
private func writeBytes(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
