/// The tagger's feature weights: for each kept feature (a 32-bit hash), one 16-bit weight per label for
/// each pass, side by side, so both passes' weights for a feature come from one lookup. The features' keys
/// sit in an open-addressed table of 64-bit slots, each holding a key and the number of its row of weights;
/// the rows lie packed in a second array, so that looking up the many features a model does not keep reads a
/// small array, and the rows of those it keeps take no more memory than they need.
struct WeightTable {
    /// Weights per feature: `EntityLabel.count` times the number of passes.
    let width: Int
    /// Per slot, the feature's key in the high 32 bits and its row in the low 32 bits (0 = empty).
    private var slots: [UInt64]
    /// `width` weights per kept feature, by row.
    private var weights: [Int16]
    private let mask: Int
    private(set) var count = 0

    /// An empty table for `capacity` features of `width` weights each.
    init(capacity: Int, width: Int) {
        var size = 16
        // At most three slots in four used: a smaller table is read from a nearer cache, which matters more
        // than the longer runs of probes (neighbouring slots share a cache line).
        while size < capacity * 4 / 3 + 1 { size <<= 1 }
        self.width = width
        slots = Array(repeating: 0, count: size)
        weights = []
        weights.reserveCapacity(capacity * width)
        mask = size - 1
    }

    @inline(__always)
    static func key(_ feature: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: feature >> 32) | 1 }

    @inline(__always)
    private static func home(_ key: UInt32, _ mask: Int) -> Int { Int(key &* 0x9e37_79b1) & mask }

    private func slot(for key: UInt32) -> Int {
        var slot = Self.home(key, mask)
        while slots[slot] != 0, UInt32(truncatingIfNeeded: slots[slot] >> 32) != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Sets a feature's weights (`width` of them).
    mutating func insert(feature: UInt64, weights row: [Int16]) {
        let key = Self.key(feature)
        let slot = slot(for: key)
        let given = row[..<min(width, row.count)]
        if slots[slot] == 0 {
            precondition(count < mask, "more features than the table was made for")
            slots[slot] = UInt64(key) << 32 | UInt64(count)
            count += 1
            weights.append(contentsOf: given)
            weights.append(contentsOf: repeatElement(0, count: width - given.count))
        } else {
            let start = Int(UInt32(truncatingIfNeeded: slots[slot])) * width
            weights.replaceSubrange(start ..< start + given.count, with: given)
        }
    }

    /// The weights of a feature, or nil if it is not kept.
    func row(_ feature: UInt64) -> ArraySlice<Int16>? {
        let slot = slot(for: Self.key(feature))
        guard slots[slot] != 0 else { return nil }
        let start = Int(UInt32(truncatingIfNeeded: slots[slot])) * width
        return weights[start ..< start + width]
    }

    /// Adds weights `offset ..< offset + count` of every kept feature in `features` to `scores`. Memory is read
    /// in rounds whose loads do not wait on one another, so that their cache misses overlap: every feature's
    /// home slot, then (probing on from there where needed) the rows found, then the rows' weights.
    func accumulate(_ features: [UInt64], offset: Int, count: Int, into scores: UnsafeMutablePointer<Int32>) {
        let n = features.count
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * n) { temp in
            let homes = temp.baseAddress!, rows = temp.baseAddress! + n
            var found = 0
            slots.withUnsafeBufferPointer { slots in
                var seen: UInt64 = 0
                for k in 0 ..< n {
                    let home = Self.home(Self.key(features[k]), mask)
                    homes[k] = home
                    seen |= slots[home]
                }
                // With every home slot empty, no feature is kept.
                guard seen != 0 else { return }
                for k in 0 ..< n {
                    let key = UInt64(Self.key(features[k])) << 32
                    var slot = homes[k]
                    while true {
                        let stored = slots[slot]
                        if stored & 0xffff_ffff_0000_0000 == key {
                            rows[found] = Int(UInt32(truncatingIfNeeded: stored)) * width + offset
                            found += 1
                            break
                        }
                        if stored == 0 { break }
                        slot = (slot + 1) & mask
                    }
                }
            }
            guard found > 0 else { return }
            weights.withUnsafeBufferPointer { weights in
                let w = weights.baseAddress!
                // The first weight of every row first: a short loop whose loads are all independent.
                var first: Int32 = 0
                for k in 0 ..< found { first &+= Int32(w[rows[k]]) }
                scores[0] &+= first
                for k in 0 ..< found {
                    let row = w + rows[k]
                    for c in 1 ..< count { scores[c] &+= Int32(row[c]) }
                }
            }
        }
    }

    /// Serialised form: width, count, then per feature (in key order, so equal tables write equal bytes)
    /// its key and weights.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(width))
        writer.write(UInt32(count))
        let used = slots.filter { $0 != 0 }.sorted()
        for slot in used {
            writer.write(UInt32(truncatingIfNeeded: slot >> 32))
            let start = Int(UInt32(truncatingIfNeeded: slot)) * width
            for n in 0 ..< width { writer.write(weights[start + n]) }
        }
    }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> WeightTable {
        let width = Int(try reader.read(UInt32.self))
        guard width > 0, width % EntityLabel.count == 0, width <= 4 * EntityLabel.count else {
            throw BinaryReader.Failure.invalid("bad weight table width \(width)")
        }
        let n = Int(try reader.read(UInt32.self))
        var table = WeightTable(capacity: n, width: width)
        let data = try reader.readBytes(n * (4 + 2 * width))
        var row = [Int16](repeating: 0, count: width)
        // Each entry is a little-endian key and row; a row's bytes are copied whole (the model loads at every start).
        data.withUnsafeBytes { bytes in
            for entry in 0 ..< n {
                let at = entry * (4 + 2 * width)
                let key = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self))
                row.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[at + 4 ..< at + 4 + 2 * width])) }
                #if _endian(big)
                for k in 0 ..< width { row[k] = Int16(littleEndian: row[k]) }
                #endif
                table.insert(feature: UInt64(key) << 32, weights: row)
            }
        }
        return table
    }
}
