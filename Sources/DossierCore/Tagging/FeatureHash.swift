/// 64-bit hashing for tagger features: strings hash once per token, features are mixes of small integers.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a step over one byte.
    @inline(__always)
    static func add(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// FNV-1a over a string's UTF-8 bytes.
    static func string(_ s: String) -> UInt64 {
        var h = seed
        for b in s.utf8 { h = add(h, b) }
        return h
    }

    /// Combines two hashes into a well-spread third (a murmur3 finaliser over a multiply-xor).
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a &* 0x9e37_79b9_7f4a_7c15) ^ (b &+ 0x632b_e59b_d9b4_e019)
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
