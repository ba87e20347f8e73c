/// Values by 32-bit keys that are hashes already and never 0 (0 marks an empty slot), 0 for a key not in the
/// table: open addressing with linear probing, doubled when half full. The tagger's gazetteer and word clusters
/// are such tables, looked up for every token; the model file holds each as a count, then (key, value) pairs in
/// key order.
struct PackedTable<Value: FixedWidthInteger & Sendable>: Sendable {
    private(set) var keys: [UInt32]
    private(set) var values: [Value]
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
    }

    /// Sets the value of `key` to `combine(its value, value)` (its value 0 for a new key).
    mutating func insert(key: UInt32, value: Value, combine: (Value, Value) -> Value = { $1 }) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(key &* 0x9e37_79b1) & (keys.count - 1)
        while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if keys[slot] == 0 {
            keys[slot] = key
            count += 1
        }
        values[slot] = combine(values[slot], value)
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: 0, count: keys.count)
        count = 0
        for (key, value) in old { insert(key: key, value: value) }
    }

    /// The value of `key`, 0 if the table does not hold it.
    @inline(__always)
    func value(_ key: UInt32) -> Value {
        keys.withUnsafeBufferPointer { k in
            var slot = Int(key &* 0x9e37_79b1) & (k.count - 1)
            while true {
                let stored = k[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return 0 }
                slot = (slot + 1) & (k.count - 1)
            }
        }
    }

    /// Serialised form: key count, then (key, value) pairs in key order.
    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(count))
        for (key, value) in zip(keys, values).filter({ $0.0 != 0 }).sorted(by: { $0.0 < $1.0 }) {
            writer.write(key)
            writer.write(value)
        }
    }

    /// Reads what `write(to:)` wrote.
    static func read(from reader: inout BinaryReader) throws -> PackedTable {
        let count = Int(try reader.read(UInt32.self))
        var table = PackedTable(capacity: count)
        for _ in 0 ..< count {
            let key = try reader.read(UInt32.self)
            table.insert(key: key, value: try reader.read(Value.self))
        }
        return table
    }
}
