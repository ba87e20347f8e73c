/// One record of a container file, as its bytes were cut from the stream.
struct SourceRecord: Sendable {
    /// Its number in the file, from 1.
    var number: Int
    /// The lines of the file it spans.
    var lines: LineRange
    /// Its bytes (none when it was past the size limit).
    var bytes: [UInt8]
    /// Its size when past the limit.
    var oversize: Int?
    /// Why it could not be cut whole (the file ends inside it).
    var cut: String?
}

/// Cuts JSON Lines and JSON arrays into records as their bytes stream in, holding one record at a time.
enum RecordSplitter {
    /// Each non-blank line of a JSON Lines file; `body` returns false to stop.
    static func jsonLines(_ file: inout DocumentFile, limit: Int, _ body: (SourceRecord) throws(LoadProblem) -> Bool) throws(LoadProblem) {
        var line = 1, number = 0
        var current: [UInt8] = [], size = 0, blank = true
        func emit() throws(LoadProblem) -> Bool {
            defer { current = []; size = 0; blank = true }
            guard !blank else { return true }
            number += 1
            if current.last == 0x0D { current.removeLast() }
            return try body(SourceRecord(number: number, lines: LineRange(line: line), bytes: size > limit ? [] : current,
                                         oversize: size > limit ? size : nil))
        }
        while let chunk = try file.next() {
            var start = chunk.startIndex
            while start < chunk.endIndex {
                let end = chunk[start...].firstIndex(of: 0x0A) ?? chunk.endIndex
                let piece = chunk[start..<end]
                size += piece.count
                if size <= limit { current += piece }
                if blank, piece.contains(where: { !$0.isASCIIWhitespace }) { blank = false }
                if end < chunk.endIndex {
                    guard try emit() else { return }
                    line += 1
                }
                start = end < chunk.endIndex ? end + 1 : end
            }
        }
        _ = try emit()
    }

    /// Each element of a JSON array (the whole file); `body` returns false to stop. A file that does not open an
    /// array throws; one that ends inside it, or goes on after it, returns that problem after its records.
    static func jsonArray(_ file: inout DocumentFile, limit: Int,
                          _ body: (SourceRecord) throws(LoadProblem) -> Bool) throws(LoadProblem) -> LoadProblem? {
        var line = 1, number = 0, depth = 0
        var inString = false, escaped = false, ended = false
        var collecting = false, scalar = false
        var current: [UInt8] = [], size = 0, first = 1
        func start(_ isScalar: Bool) {
            collecting = true
            scalar = isScalar
            current = []
            size = 0
            first = line
        }
        func finish() throws(LoadProblem) -> Bool {
            collecting = false
            number += 1
            return try body(SourceRecord(number: number, lines: LineRange(first, line), bytes: size > limit ? [] : current,
                                         oversize: size > limit ? size : nil))
        }
        while let chunk = try file.next() {
            for byte in chunk {
                if byte == 0x0A { line += 1 }
                if ended {
                    guard byte.isASCIIWhitespace else { return LoadProblem(path: file.path, reason: .badRecord("text after the JSON array, line \(line)")) }
                    continue
                }
                if depth == 0 {
                    if byte.isASCIIWhitespace || (line == 1 && (byte == 0xEF || byte == 0xBB || byte == 0xBF)) { continue }
                    guard byte == UInt8(ascii: "[") else { throw LoadProblem(path: file.path, reason: .badRecord("not a JSON array or object")) }
                    depth = 1
                    continue
                }
                if depth == 1 && !collecting && !inString {
                    if byte.isASCIIWhitespace || byte == UInt8(ascii: ",") { continue }
                    if byte == UInt8(ascii: "]") { depth = 0; ended = true; continue }
                    start(byte != UInt8(ascii: "{") && byte != UInt8(ascii: "["))
                }
                if scalar && !inString && depth == 1 && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "]") || byte.isASCIIWhitespace) {
                    guard try finish() else { return nil }
                    if byte == UInt8(ascii: "]") { depth = 0; ended = true }
                    continue
                }
                size += 1
                if size <= limit { current.append(byte) }
                if inString {
                    if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 1, collecting, !scalar { guard try finish() else { return nil } }
                default: break
                }
            }
        }
        if collecting {
            number += 1
            _ = try body(SourceRecord(number: number, lines: LineRange(first, line), bytes: [], cut: "the file ends inside this record (truncated?)"))
        } else if !ended {
            return LoadProblem(path: file.path, reason: .badRecord("the file ends inside the JSON array (truncated?)"))
        }
        return nil
    }
}

extension RecordSplitter {
    /// The bytes of the lines `span` of the file (line ends as in the file, the last one dropped), reading no further.
    static func lines(_ span: LineRange, of file: inout DocumentFile) throws(LoadProblem) -> [UInt8] {
        var line = 1
        var kept: [UInt8] = []
        while line <= span.last, let chunk = try file.next() {
            for byte in chunk {
                if line >= span.first && line <= span.last { kept.append(byte) }
                if byte == 0x0A {
                    line += 1
                    if line > span.last { break }
                }
            }
        }
        if kept.last == 0x0A { kept.removeLast() }
        if kept.last == 0x0D { kept.removeLast() }
        return kept
    }
}
