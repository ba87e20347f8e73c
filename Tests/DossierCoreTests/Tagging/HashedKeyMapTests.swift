import Testing
@testable import DossierCore

/// The tagger's map of hashed keys answers as a Dictionary with a default would.
struct HashedKeyMapTests {
    @Test func agreesWithADictionaryOnRandomKeys() {
        var random = SplitMix64(seed: 7)
        // Few distinct keys, so that most operations meet a key again; 0 and colliding keys included.
        let pool: [UInt64] = [0, 1, 1 << 32, 1 << 33] + (0..<60).map { _ in random.next() }
        var map = HashedKeyMap<Int>(capacity: pool.count, absent: -1)
        var dictionary: [UInt64: Int] = [:]
        for step in 0..<5_000 {
            let key = pool[Int(random.next() % UInt64(pool.count))]
            if random.next() % 3 == 0 {
                map[key] = step
                dictionary[key] = step
            }
            #expect(map[key] == dictionary[key, default: -1])
            #expect(map.contains(key) == (dictionary[key] != nil))
        }
        #expect(pool.allSatisfy { map[$0] == dictionary[$0, default: -1] })
    }
}
