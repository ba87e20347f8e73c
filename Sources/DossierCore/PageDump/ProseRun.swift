/// The densest stretch of a page: the run of consecutive lines whose summed scores is largest, where prose
/// lines score by their length and short lines cost a little (the maximum-subarray rule).
enum ProseRun {
    /// The index range with the largest sum of `scores`, or nil when every score is negative or there are none.
    static func densest(_ scores: [Double]) -> ClosedRange<Int>? {
        var best: (sum: Double, range: ClosedRange<Int>)?
        var sum = 0.0
        var start = 0
        for (index, score) in scores.enumerated() {
            if sum <= 0 { sum = 0; start = index }
            sum += score
            if sum > 0, sum > (best?.sum ?? 0) { best = (sum, start...index) }
        }
        return best?.range
    }

    /// Rule scores of lines for `densest(_:)`: prose counts its words (up to 60), a short sentence (such as an
    /// article's closing line) a point, other lines cost 3 when short (under ten words) and half a point otherwise.
    static func ruleScores(_ shapes: [PageLineShape]) -> [Double] {
        shapes.map { shape in
            if shape.isProse { return Double(min(shape.words, 60)) }
            if shape.isShortSentence { return 1 }
            return shape.words < 10 ? -3 : -0.5
        }
    }

    /// How many lines `index` lies outside `run` (0 inside; a large number when there is no run).
    static func distance(_ index: Int, from run: ClosedRange<Int>?) -> Int {
        guard let run else { return 1_000 }
        return index < run.lowerBound ? run.lowerBound - index : (index > run.upperBound ? index - run.upperBound : 0)
    }
}
