import Foundation

/// Appends numbers, text and byte runs to a growing buffer: fixed-width little-endian numbers (the tagger model
/// file) and LEB128 varints and length-prefixed UTF-8 (the index's mention lists). `BinaryReader` reads them back.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// The bytes written so far.
    var data: Data { Data(bytes) }

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) { write(value.bitPattern) }

    /// The count as a `UInt32`, then each element.
    mutating func write<T: FixedWidthInteger>(array: [T]) {
        write(UInt32(array.count))
        for v in array { write(v) }
    }

    /// `value` in seven-bit groups, least significant first, the high bit set on all but the last.
    mutating func write(varint value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// `value` zig-zagged (0, -1, 1, -2 … as 0, 1, 2, 3 …), so that small negative numbers stay short, as a varint.
    mutating func write(signedVarint value: Int) {
        write(varint: UInt64(bitPattern: Int64(value << 1 ^ value >> (Int.bitWidth - 1))))
    }

    /// The UTF-8 length as a varint, then the bytes.
    mutating func write(text: String) {
        write(varint: UInt64(text.utf8.count))
        bytes += text.utf8
    }
}

/// Reads what `BinaryWriter` wrote, each read failing rather than reading past the end.
struct BinaryReader {
    /// Why the bytes could not be read.
    enum Failure: Error, Equatable {
        /// They end before what was being read.
        case truncated
        /// They hold something no writer writes (a number out of range, a bad count).
        case invalid(String)
    }

    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) { bytes = [UInt8](data) }

    /// A reader of a copy of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = [UInt8](bytes) }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(Failure) -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw .truncated }
        var value: T = 0
        withUnsafeMutableBytes(of: &value) { dst in
            bytes.withUnsafeBytes { src in dst.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset ..< offset + size])) }
        }
        offset += size
        return T(littleEndian: value)
    }

    mutating func read(_: Float.Type) throws(Failure) -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readArray<T: FixedWidthInteger>(_: T.Type) throws(Failure) -> [T] {
        let n = Int(try read(UInt32.self))
        guard offset + n * MemoryLayout<T>.size <= bytes.count else { throw .truncated }
        return try (0 ..< n).map { _ throws(Failure) in try read(T.self) }
    }

    /// Raw bytes, for the packed weight rows.
    mutating func readBytes(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
        guard count <= bytes.count - offset else { throw .truncated }
        defer { offset += count }
        return bytes[offset ..< offset + count]
    }

    /// A varint that must fit an `Int`.
    mutating func readVarint() throws(Failure) -> Int {
        let value = try readVarintBits()
        guard value <= UInt64(Int.max) else { throw .invalid("varint \(value) out of range") }
        return Int(value)
    }

    /// A zig-zagged varint.
    mutating func readSignedVarint() throws(Failure) -> Int {
        let value = try readVarintBits()
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(value & 1))
    }

    /// Text written by `write(text:)`.
    mutating func readText() throws(Failure) -> String {
        String(decoding: try readBytes(try readVarint()), as: UTF8.self)
    }

    private mutating func readVarintBits() throws(Failure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw shift < 64 ? .truncated : .invalid("varint longer than 64 bits")
    }
}
