import DossierText
import Foundation
import Synchronization

/// Writing to the standard streams. Every byte for standard output goes through one buffer whose writes are checked:
/// a write that fails (a full disk, a closed standard output) prints one line to standard error and exits 1, so a
/// script never takes truncated output for a whole one; a broken pipe (the reading end closed, as by `| head`) exits 1
/// without a message, as other Unix tools do.
enum Output {
    /// Bytes not yet written to standard output.
    private static let pending = Mutex<[UInt8]>([])
    /// Whether standard output was closed when the process started (its descriptor now holds `/dev/null`).
    private static let closedAtStart = Mutex(false)
    /// Pending bytes past this are written at once.
    private static let capacity = 64 * 1024

    /// Makes sure descriptors 0–2 are open before anything else opens a file: a closed standard output would otherwise
    /// be handed to the next file opened (the index, the marks database) and the output written into it. A closed
    /// one is given `/dev/null`, and standard output remembers it was closed, so that the first write to it fails.
    static func guardStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            if descriptor == STDOUT_FILENO { closedAtStart.withLock { $0 = true } }
        }
    }

    /// Appends `text` to standard output.
    static func write(_ text: String) { write(Array(text.utf8)) }

    /// Appends `bytes` to standard output.
    static func write(_ bytes: [UInt8]) {
        let full = pending.withLock { buffer in
            buffer += bytes
            return buffer.count >= capacity
        }
        if full { flush() }
    }

    /// Appends one line to standard output.
    static func line(_ text: String) { write(text + "\n") }

    /// Writes what is pending; on failure reports it and exits 1 (quietly for a broken pipe).
    static func flush() {
        let bytes = pending.withLock { buffer in
            defer { buffer.removeAll(keepingCapacity: true) }
            return buffer
        }
        guard !bytes.isEmpty else { return }
        if closedAtStart.withLock({ $0 }) { fail("standard output is closed") }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { Glibc.write(STDOUT_FILENO, $0.baseAddress! + written, $0.count - written) }
            if count >= 0 {
                written += count
                continue
            }
            let code = errno
            if code == EINTR || code == EAGAIN { continue }
            if code == EPIPE { exit(1) }
            fail(String(cString: strerror(code)))
        }
    }

    private static func fail(_ reason: String) -> Never {
        printError("dossier: cannot write to standard output: \(reason)")
        exit(1)
    }

    /// Writes one line to standard error, its control characters and escape sequences made visible: problems name
    /// files, and a file name can hold anything.
    static func printError(_ message: String) {
        let bytes = Array((ArticleText.safe(message) + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBufferPointer { Glibc.write(STDERR_FILENO, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }  // Nowhere left to say it.
            written += count
        }
    }

    /// Prints a value as pretty JSON with sorted keys (`JSONOutput.safe`).
    static func printJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        printJSON(data: try encoder.encode(value))
    }

    /// Prints encoded JSON and a line feed, with the characters a terminal would act on escaped (`JSONOutput.safe`).
    static func printJSON(data: Data) {
        write(JSONOutput.safe(Array(data)))
        write("\n")
    }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    static var width: Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Whether standard output is a terminal.
    static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }
}
