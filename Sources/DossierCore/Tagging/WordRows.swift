/// Summed weights of a word's features in each `FeatureExtractor.Role`, one block of `Role.allCases.count`
/// rows of `width` scores per word: the tagger looks a word up once instead of looking up each of its
/// features for every token it appears in or beside. The model fills one table at load for its common words;
/// tagging a document fills another for the rest of its words.
struct WordRows {
    static let roles = FeatureExtractor.Role.allCases.count

    let width: Int
    /// Per slot: the word's raw-form hash with its low 24 bits replaced by its block number + 1 (0 = empty).
    private var slots: [UInt64]
    private(set) var scores: [Int32]
    /// A block of zeros, appended whole for each new word.
    private let emptyBlock: [Int32]
    private let mask: Int
    private(set) var count = 0

    /// An empty table for up to `capacity` words.
    init(capacity: Int, width: Int) {
        precondition(capacity < 1 << 24 - 1, "too many words")
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        self.width = width
        slots = Array(repeating: 0, count: size)
        scores = []
        scores.reserveCapacity(capacity * Self.roles * width)
        emptyBlock = Array(repeating: 0, count: Self.roles * width)
        mask = size - 1
    }

    @inline(__always)
    private static func key(_ raw: UInt64) -> UInt64 { raw & ~0xff_ffff }

    /// The block number of the word with raw-form hash `raw`, or -1.
    @inline(__always)
    func block(_ raw: UInt64) -> Int {
        let key = Self.key(raw)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: (raw &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
            while true {
                let stored = slots[slot]
                if stored & ~0xff_ffff == key, stored != 0 { return Int(stored & 0xff_ffff) - 1 }
                if stored == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds a word (which must not be in the table yet) with its block computed from `weights`; returns its
    /// block number.
    @discardableResult
    mutating func add(_ form: WordForm, _ cluster: WordClusters.Entry, weights: WeightTable, buffer: inout [UInt64]) -> Int {
        precondition(2 * (count + 1) <= slots.count, "more words than the table was made for")
        var slot = Int(truncatingIfNeeded: (form.raw &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        let block = count
        count += 1
        slots[slot] = Self.key(form.raw) | UInt64(block + 1)
        appendBlock(form, cluster, weights: weights, buffer: &buffer)
        return block
    }

    /// Appends the block of `form` (nil: the sentence boundary) without a slot.
    mutating func appendBlock(_ form: WordForm?, _ cluster: WordClusters.Entry, weights: WeightTable, buffer: inout [UInt64]) {
        let start = scores.count
        scores.append(contentsOf: emptyBlock)
        scores.withUnsafeMutableBufferPointer { scores in
            for role in FeatureExtractor.Role.allCases {
                buffer.removeAll(keepingCapacity: true)
                FeatureExtractor.extractRole(role, form, cluster, into: &buffer)
                weights.accumulate(buffer, offset: 0, count: width, into: scores.baseAddress! + start + role.rawValue * width)
            }
        }
    }
}
