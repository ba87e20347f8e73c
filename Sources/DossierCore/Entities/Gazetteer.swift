import Foundation

/// Lists of known names (places, first names, surnames, languages) matched against token sequences.
/// Entries are stored as 32-bit hashes of their lower-cased tokens, so matching needs no strings.
struct Gazetteer {
    /// The lists, in the order of their bits in a match mask.
    static let listNames = ["places", "first-names", "last-names", "languages"]
    /// Longest entry, in tokens, that is matched.
    static let maxLength = 4

    private(set) var keys: [UInt32]
    private(set) var masks: [UInt8]
    private(set) var count = 0

    /// An empty gazetteer with room for about `capacity` entries.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        masks = Array(repeating: 0, count: size)
    }

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
                gazetteer.insert(key: sequenceKey(hashes[...]), mask: 1 << UInt8(bit))
            }
        }
        return gazetteer
    }

    static func sequenceKey(_ hashes: ArraySlice<UInt64>) -> UInt32 {
        var h: UInt64 = 0x6a09_e667_f3bc_c908
        for x in hashes { h = FeatureHash.mix(h, x) }
        return UInt32(truncatingIfNeeded: h) | 1
    }

    mutating func insert(key: UInt32, mask: UInt8) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(key &* 0x9e37_79b1) & (keys.count - 1)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if keys[slot] == 0 { keys[slot] = key; count += 1 }
        masks[slot] |= mask
    }

    private mutating func grow() {
        let old = zip(keys, masks).filter { $0.0 != 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        masks = Array(repeating: 0, count: keys.count)
        count = 0
        for (k, m) in old { insert(key: k, mask: m) }
    }

    /// The lists that hold the entry with this key (a bit per list), 0 if none.
    @inline(__always)
    func mask(_ key: UInt32) -> UInt8 {
        keys.withUnsafeBufferPointer { k in
            var slot = Int(key &* 0x9e37_79b1) & (k.count - 1)
            while true {
                let stored = k[slot]
                if stored == key { return masks[slot] }
                if stored == 0 { return 0 }
                slot = (slot + 1) & (k.count - 1)
            }
        }
    }

    /// For each token, bits 0–3 say it begins a match in list 0–3 and bits 4–7 that it continues one.
    func matches(_ forms: [WordForm]) -> [UInt8] {
        var bits = [UInt8](repeating: 0, count: forms.count)
        guard count > 0 else { return bits }
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
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(count))
        for (k, m) in zip(keys, masks).filter({ $0.0 != 0 }).sorted(by: { $0.0 < $1.0 }) {
            writer.write(k)
            writer.write(m)
        }
    }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> Gazetteer {
        let n = Int(try reader.read(UInt32.self))
        var gazetteer = Gazetteer(capacity: n)
        for _ in 0 ..< n {
            let k = try reader.read(UInt32.self)
            let m = try reader.read(UInt8.self)
            gazetteer.insert(key: k, mask: m)
        }
        return gazetteer
    }
}
