/// The tagger's feature weights: for each kept feature (a 32-bit hash), one 16-bit weight per label for
/// each pass, side by side, so both passes' weights for a feature come from one lookup. Stored as an
/// open-addressed table: the keys apart from the weights, so that looking up the many features a model does not
/// keep reads a small array that stays in cache.
struct WeightTable {
    /// Weights per feature: `EntityLabel.count` times the number of passes.
    let width: Int
    /// Per slot, the feature's key (0 = empty).
    private var keys: [UInt32]
    /// Per slot, `width` weights.
    private var weights: [Int16]
    private let mask: Int
    private(set) var count = 0

    /// An empty table for `capacity` features of `width` weights each.
    init(capacity: Int, width: Int) {
        var size = 16
        while size < capacity * 3 / 2 + 1 { size <<= 1 }
        self.width = width
        keys = Array(repeating: 0, count: size)
        weights = Array(repeating: 0, count: size * width)
        mask = size - 1
    }

    @inline(__always)
    static func key(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    @inline(__always)
    private static func home(_ key: UInt32, _ mask: Int) -> Int { Int(key &* 0x9e37_79b1) & mask }

    private func slot(for key: UInt32) -> Int {
        var slot = Self.home(key, mask)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Sets a feature's weights (`width` of them).
    mutating func insert(feature: UInt64, weights row: [Int16]) {
        let key = Self.key(feature)
        let slot = slot(for: key)
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        for (n, w) in row.prefix(width).enumerated() { weights[slot * width + n] = w }
    }

    /// Adds `count` weights of `feature`, starting at weight `offset`, to `scores`; nothing if the feature
    /// is not kept.
    @inline(__always)
    func accumulate(_ feature: UInt64, offset: Int, count: Int, into scores: UnsafeMutablePointer<Int64>) {
        let key = Self.key(feature)
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.home(key, mask)
            while true {
                let stored = keys[slot]
                if stored == key {
                    weights.withUnsafeBufferPointer { weights in
                        let row = weights.baseAddress! + slot * width + offset
                        for n in 0 ..< count { scores[n] &+= Int64(row[n]) }
                    }
                    return
                }
                if stored == 0 { return }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds the weights of every feature in `features`, as `accumulate(_:offset:count:into:)` does one. Each
    /// feature's home slot is read first, in a loop with no branches, so that their cache misses overlap
    /// instead of coming one after another.
    func accumulate(_ features: [UInt64], offset: Int, count: Int, into scores: UnsafeMutablePointer<Int64>) {
        var anyStored: UInt32 = 0
        keys.withUnsafeBufferPointer { keys in
            for feature in features { anyStored |= keys[Self.home(Self.key(feature), mask)] }
        }
        // With every home slot empty, no feature is kept.
        guard anyStored != 0 else { return }
        for feature in features { accumulate(feature, offset: offset, count: count, into: scores) }
    }

    /// Serialised form: width, count, then per feature (in key order, so equal tables write equal bytes)
    /// its key and weights.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(width))
        writer.write(UInt32(count))
        let used = (0 ... mask).filter { keys[$0] != 0 }.sorted { keys[$0] < keys[$1] }
        for slot in used {
            writer.write(keys[slot])
            for n in 0 ..< width { writer.write(weights[slot * width + n]) }
        }
    }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> WeightTable {
        let width = Int(try reader.read(UInt32.self))
        guard width > 0, width % EntityLabel.count == 0, width <= 4 * EntityLabel.count else {
            throw NERModelError.unreadable(reader.path, "bad weight table width \(width)")
        }
        let n = Int(try reader.read(UInt32.self))
        var table = WeightTable(capacity: n, width: width)
        let data = try reader.readBytes(n * (4 + 2 * width))
        var at = data.startIndex
        var row = [Int16](repeating: 0, count: width)
        for _ in 0 ..< n {
            var key: UInt32 = 0
            for k in 0 ..< 4 { key |= UInt32(data[at + k]) << (8 * UInt32(k)) }
            for k in 0 ..< width { row[k] = Int16(bitPattern: UInt16(data[at + 4 + 2 * k]) | UInt16(data[at + 5 + 2 * k]) << 8) }
            table.insert(feature: UInt64(key) << 32, weights: row)
            at += 4 + 2 * width
        }
        return table
    }
}
