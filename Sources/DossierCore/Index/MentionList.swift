import Foundation

/// An article's mentions as the index stores them: one value per article (`mention_list`), since they are only ever
/// read an article at a time, which spares the writer a row and an index entry per mention.
///
/// The bytes are, per mention, in `BinaryWriter`'s varints: its part number (zig-zag), start and length (character
/// offsets), kind, then its surface and name key (each a length and UTF-8 bytes).
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
        var writer = BinaryWriter(capacity: items.count * 32)
        for item in items {
            writer.write(signedVarint: item.part.number)
            writer.write(varint: UInt64(item.range.lowerBound))
            writer.write(varint: UInt64(item.range.count))
            writer.write(varint: UInt64(EntityKind.allCases.firstIndex(of: item.kind)!))
            writer.write(text: item.surface)
            writer.write(text: item.key)
        }
        return writer.data
    }

    init(_ items: [Item]) { self.items = items }

    /// Reads what `encoded` wrote; nil for bytes it did not write (cut short, or a number out of range).
    init?(decoding data: Data) {
        var reader = BinaryReader(data)
        var items: [Item] = []
        do {
            while !reader.isAtEnd {
                let part = try reader.readSignedVarint(), start = try reader.readVarint(), length = try reader.readVarint()
                let kind = try reader.readVarint()
                guard kind < EntityKind.allCases.count, start <= Int.max / 2, length <= Int.max / 2 else { return nil }
                items.append(Item(part: TextPart(number: part), range: start..<start + length, kind: EntityKind.allCases[kind],
                                  surface: try reader.readText(), key: try reader.readText()))
            }
        } catch {
            return nil
        }
        self.items = items
    }
}
