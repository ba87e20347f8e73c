import Foundation

/// An article's mentions as the index stores them: one value per article (`mention_list`), since they are only ever
/// read an article at a time, which spares the writer a row and an index entry per mention.
///
/// The bytes are, per mention: its part number (zig-zag), start and length (character offsets), kind, then its
/// surface and name key (each a length and UTF-8 bytes); every number a LEB128 varint.
struct MentionList: Equatable {
    /// One stored mention; `key` is its name key, as its tally and occurrence have it.
    struct Item: Equatable {
        var part: TextPart
        var range: Range<Int>
        var kind: EntityKind
        var surface: String
        var key: String
    }

    var items: [Item]

    /// The bytes of `items`.
    var encoded: Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(items.count * 32)
        for item in items {
            let part = item.part.number
            Self.append(UInt64(bitPattern: Int64(part << 1 ^ part >> 63)), to: &bytes)
            Self.append(UInt64(item.range.lowerBound), to: &bytes)
            Self.append(UInt64(item.range.count), to: &bytes)
            Self.append(UInt64(EntityKind.allCases.firstIndex(of: item.kind)!), to: &bytes)
            for text in [item.surface, item.key] {
                Self.append(UInt64(text.utf8.count), to: &bytes)
                bytes += text.utf8
            }
        }
        return Data(bytes)
    }

    init(_ items: [Item]) { self.items = items }

    /// Reads what `encoded` wrote; nil for bytes it did not write (cut short, or a number out of range).
    init?(decoding data: Data) {
        var reader = Reader(bytes: [UInt8](data))
        var items: [Item] = []
        while !reader.isAtEnd {
            guard let zigzag = reader.number(), let start = reader.number(), let length = reader.number(),
                  let kind = reader.number(), kind < EntityKind.allCases.count, let surface = reader.text(), let key = reader.text(),
                  start <= Int.max / 2, length <= Int.max / 2 else { return nil }
            let part = Int(zigzag >> 1) ^ -Int(zigzag & 1)
            items.append(Item(part: TextPart(number: part), range: start..<start + length, kind: EntityKind.allCases[kind],
                              surface: surface, key: key))
        }
        self.items = items
    }

    private static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Walks the bytes, each read failing (nil) rather than reading past the end.
    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func number() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
                shift += 7
            }
            return nil
        }

        mutating func text() -> String? {
            guard let count = number(), count <= bytes.count - offset else { return nil }
            defer { offset += count }
            return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
        }
    }
}
