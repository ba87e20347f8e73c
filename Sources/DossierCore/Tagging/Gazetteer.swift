import Foundation

/// Lists of known names (places, first names, surnames, languages) matched against token sequences.
/// Entries are stored as 32-bit hashes of their lower-cased tokens, so matching needs no strings.
struct Gazetteer {
    /// The lists, in the order of their bits in a match mask.
    static let listNames = ["places", "first-names", "last-names", "languages"]
    /// Longest entry, in tokens, that is matched.
    static let maxLength = 4

    private var table: PackedTable<UInt8>

    /// An empty gazetteer with room for about `capacity` entries.
    init(capacity: Int = 16) { table = PackedTable(capacity: capacity) }

    /// Reads `NAME.txt` for each list name from `directory`, one entry a line.
    static func load(directory: URL) throws -> Gazetteer {
        var lists: [[String]] = []
        for name in listNames {
            let url = directory.appendingPathComponent(name + ".txt")
            guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                throw NERModelError.unreadable(url.path, "cannot read gazetteer list")
            }
            lists.append(text.split(whereSeparator: \.isNewline).map(String.init))
        }
        var gazetteer = Gazetteer(capacity: lists.reduce(0) { $0 + $1.count })
        for (bit, entries) in lists.enumerated() {
            for entry in entries {
                let hashes = Tokenizer.tokenize(entry).map { WordForm($0.text).lower }
                guard !hashes.isEmpty, hashes.count <= maxLength else { continue }
                // An entry in several lists carries a bit for each.
                gazetteer.table.insert(key: sequenceKey(hashes[...]), value: 1 << UInt8(bit), combine: |)
            }
        }
        return gazetteer
    }

    static func sequenceKey(_ hashes: ArraySlice<UInt64>) -> UInt32 {
        var h: UInt64 = 0x6a09_e667_f3bc_c908
        for x in hashes { h = FeatureHash.mix(h, x) }
        return UInt32(truncatingIfNeeded: h) | 1
    }

    /// The lists that hold the entry with this key (a bit per list), 0 if none.
    @inline(__always)
    func mask(_ key: UInt32) -> UInt8 { table.value(key) }

    /// For each token, bits 0–3 say it begins a match in list 0–3 and bits 4–7 that it continues one.
    func matches(_ forms: [WordForm]) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: forms.count)
        guard table.count > 0 else { return bits }
        let lowers = forms.map(\.lower)
        for start in forms.indices where forms[start].flags.contains(.capitalised) {
            for length in 1 ... min(Self.maxLength, forms.count - start) {
                let m = mask(Self.sequenceKey(lowers[start ..< start + length]))
                guard m != 0 else { continue }
                bits[start] |= m
                for k in start + 1 ..< start + length { bits[k] |= m << 4 }
            }
        }
        return bits
    }

    /// Serialised form: entry count, then (key, mask) pairs in key order.
    func write(to writer: inout BinaryWriter) { table.write(to: &writer) }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> Gazetteer {
        var gazetteer = Gazetteer()
        gazetteer.table = try PackedTable.read(from: &reader)
        return gazetteer
    }
}
