/// Values by 64-bit keys that are hashes already (word forms' `lower`), each absent key reading as `absent`: open
/// addressing with linear probing, sized once for at most `capacity` keys. Swift's `Dictionary` hashes every key
/// again with SipHash, a cost the tagger's document pass does not need.
struct HashedKeyMap<Value> {
    private var keys: [UInt64]
    private var used: [Bool]
    private var values: [Value]
    private let mask: Int
    private let absent: Value
    private var count = 0

    /// An empty map for up to `capacity` keys.
    init(capacity: Int, absent: Value) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        values = Array(repeating: absent, count: size)
        mask = size - 1
        self.absent = absent
    }

    /// The slot of `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask
        while used[slot], keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Whether `key` was set.
    func contains(_ key: UInt64) -> Bool { used[slot(key)] }

    /// The value of `key` (`absent` when it was never set); setting it adds the key.
    subscript(key: UInt64) -> Value {
        get {
            let slot = slot(key)
            return used[slot] ? values[slot] : absent
        }
        set {
            let slot = slot(key)
            if !used[slot] {
                // One slot at least stays empty, so that a search for a missing key ends.
                precondition(count < mask, "more keys than the map was made for")
                count += 1
            }
            used[slot] = true
            keys[slot] = key
            values[slot] = newValue
        }
    }
}
