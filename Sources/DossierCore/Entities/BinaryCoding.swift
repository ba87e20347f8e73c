import Foundation

/// Appends little-endian numbers and byte runs to a growing buffer, for the model file.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    mutating func write<T: FixedWidthInteger>(array: [T]) {
        write(UInt32(array.count))
        for v in array { write(v) }
    }
}

/// Reads what `BinaryWriter` wrote, failing with `NERModelError.truncated` past the end.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0
    let path: String

    init(_ data: Data, path: String) {
        bytes = [UInt8](data)
        self.path = path
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw NERModelError.truncated(path) }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset ..< offset + size])) }
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func read(_: Float.Type) throws -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readArray<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let n = Int(try read(UInt32.self))
        guard offset + n * MemoryLayout<T>.size <= bytes.count else { throw NERModelError.truncated(path) }
        return try (0 ..< n).map { _ in try read(T.self) }
    }

    /// Raw bytes, for the packed weight rows.
    mutating func readBytes(_ count: Int) throws -> ArraySlice<UInt8> {
        guard offset + count <= bytes.count else { throw NERModelError.truncated(path) }
        defer { offset += count }
        return bytes[offset ..< offset + count]
    }
}

/// Why a tagger model or training file could not be used; each case names the file.
public enum NERModelError: Error, CustomStringConvertible, Equatable {
    case unreadable(String, String)
    case truncated(String)
    case badMagic(String)
    case unsupportedVersion(String, UInt32)
    case badLine(String, line: Int, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .truncated(let path): "\(path): model file ends early"
        case .badMagic(let path): "\(path): not a Dossier tagger model"
        case .unsupportedVersion(let path, let v): "\(path): model format version \(v) is not supported"
        case .badLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        }
    }
}
