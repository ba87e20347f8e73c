/// The non-blank lines of a saved page with what is known about each before any model runs: its shape, the
/// size of the blank-separated block it sits in, whether it repeats elsewhere, and where the title and its
/// repeat (the headline) are.
struct PageLayout: Sendable {
    /// Indices of the non-blank lines in the page's lines.
    let lineIndices: [Int]
    /// The shape of each non-blank line.
    let shapes: [PageLineShape]
    /// How many lines the blank-separated block of each non-blank line has.
    let blockSizes: [Int]
    /// For each non-blank line, the share of the other lines of its blank-separated block that are short
    /// furniture, bylines or dates (a sign-up pitch or a comment sits in such a block; an article paragraph stands alone).
    let blockFurniture: [Double]
    /// Whether each non-blank line occurs more than once on the page.
    let repeated: [Bool]
    /// The position (among non-blank lines) of the headline: a later line repeating the first line's title.
    let headline: Int?
    /// The densest prose run by the rules, in non-blank positions.
    let proseRun: ClosedRange<Int>?

    init(_ lines: [String]) {
        var indices: [Int] = []
        var sizes: [Int] = []
        var blockStart = 0
        for (index, line) in lines.enumerated() {
            if LineShape.isBlank(line) {
                sizes += Array(repeating: indices.count - blockStart, count: indices.count - blockStart)
                blockStart = indices.count
            } else {
                indices.append(index)
            }
        }
        sizes += Array(repeating: indices.count - blockStart, count: indices.count - blockStart)
        lineIndices = indices
        blockSizes = sizes
        let shapes = indices.map { PageLineShape(lines[$0]) }
        self.shapes = shapes
        blockFurniture = PageLayout.blockFurniture(shapes, sizes: sizes)
        var counts: [String: Int] = [:]
        for shape in shapes { counts[shape.text, default: 0] += 1 }
        repeated = shapes.map { counts[$0.text]! > 1 }
        headline = PageLayout.headline(shapes)
        proseRun = ProseRun.densest(ProseRun.ruleScores(shapes))
    }

    var count: Int { shapes.count }

    /// Whether the line at `position` sits in a block of three or more lines where most of the others are short
    /// furniture, bylines or dates.
    func amidFurniture(_ position: Int) -> Bool {
        blockSizes[position] >= 3 && blockFurniture[position] > 0.5
    }

    private static func blockFurniture(_ shapes: [PageLineShape], sizes: [Int]) -> [Double] {
        var shares: [Double] = []
        var start = 0
        while start < shapes.count {
            let block = start..<start + sizes[start]
            let marked = block.count { shapes[$0].isFurnitureLike }
            for index in block {
                let own = shapes[index].isFurnitureLike ? 1 : 0
                shares.append(block.count > 1 ? Double(marked - own) / Double(block.count - 1) : 0)
            }
            start = block.upperBound
        }
        return shares
    }

    /// The first later line whose words equal the longest part of the first line (the page title without its
    /// site name).
    private static func headline(_ shapes: [PageLineShape]) -> Int? {
        guard let first = shapes.first else { return nil }
        let title = PageTitle.split(first.text).title
        let key = PageLineShape.tokens(title.lowercased())
        guard key.count >= 3 else { return nil }
        return shapes.indices.dropFirst().first { shapes[$0].tokens == key }
    }
}
