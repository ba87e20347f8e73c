import Foundation

/// Draws ranks `0..<count` with Zipf–Mandelbrot weights `1 / (rank + shift)^exponent`: a few names turn up in
/// many articles and most in a handful, as in a real collection about one story.
struct CorpusZipf {
    /// Running totals of the weights, for a binary search per draw.
    private let cumulative: [Double]

    init(count: Int, exponent: Double, shift: Double) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / pow(Double(rank) + shift, exponent)
            return total
        }
    }

    /// How many ranks there are.
    var count: Int { cumulative.count }

    /// One rank.
    func draw(_ random: inout CorpusRandom) -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] <= target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
