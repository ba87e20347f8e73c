import DossierCore

/// The seeded choices a corpus is made of: whole numbers below a bound, coin flips and picks from lists, drawn
/// from `SplitMix64` with arithmetic of our own so that a corpus does not change with the standard library.
struct CorpusRandom {
    private var generator: SplitMix64

    /// A stream that starts from `seed`.
    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// An independent stream for one part of a corpus, named by a seed and up to two numbers (article, revision).
    init(seed: UInt64, stream: UInt64, _ part: UInt64 = 0) {
        // Each step goes through SplitMix64's output mixing, so neighbouring streams do not overlap.
        var mixer = SplitMix64(seed: seed ^ 0x5DEE_CE66_D1CE_4E5B)
        var state = mixer.next() ^ stream &* 0xD1B5_4A32_D192_ED03
        mixer = SplitMix64(seed: state)
        state = mixer.next() ^ part &* 0x8CB9_2BA7_2F3D_8DD7
        mixer = SplitMix64(seed: state)
        generator = SplitMix64(seed: mixer.next())
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 { generator.next() }

    /// A whole number in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A whole number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A number in `0..<1`.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element of a non-empty list.
    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }
}
