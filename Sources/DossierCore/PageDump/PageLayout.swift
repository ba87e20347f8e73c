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
    /// For each non-blank line, whether it lists another story or this one as other pages do: it is one of the
    /// headline-like lines under a related-stories heading in its blank-separated block, or it repeats the title
    /// below the headline (in a "most read" list).
    let listed: [Bool]
    /// The densest prose run by the rules, in non-blank positions.
    let proseRun: ClosedRange<Int>?
    /// For each non-blank line, how many of the page title's content words it uses (an article's paragraphs
    /// name what its headline names; menus, teasers and footers mostly do not).
    let titleWords: [Int]

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
        let title = shapes.first.map { PageLineShape.tokens(PageTitle.split($0.text).title.lowercased()) } ?? []
        let headline = PageLayout.headline(shapes, title: title)
        self.headline = headline
        listed = PageLayout.listed(shapes, sizes: sizes, headline: headline)
        proseRun = ProseRun.densest(ProseRun.ruleScores(shapes))
        titleWords = PageLayout.titleWords(shapes, title: title)
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

    /// The number of the content words of the page's `title` (its tokens; three or more characters, not function
    /// words or numbers) each line uses, each counted once.
    private static func titleWords(_ shapes: [PageLineShape], title: [String]) -> [Int] {
        let words = Set(title.filter { $0.count >= 3 && !PageWords.stopWords.contains($0) && !$0.allSatisfy(\.isNumber) })
        return shapes.map { shape in words.isEmpty ? 0 : Set(shape.tokens).intersection(words).count }
    }

    private static func listed(_ shapes: [PageLineShape], sizes: [Int], headline: Int?) -> [Bool] {
        var listed = Array(repeating: false, count: shapes.count)
        var start = 0
        while start < shapes.count {
            let block = start..<start + sizes[start]
            if let heading = block.first(where: { shapes[$0].isRelatedHeading }) {
                // The list runs on while its lines read as headlines; a sentence is the article going on.
                for position in heading + 1..<block.upperBound {
                    guard shapes[position].words <= 15, !shapes[position].endsSentence else { break }
                    listed[position] = true
                }
            }
            start = block.upperBound
        }
        if let headline {
            for position in headline + 1..<shapes.count where shapes[position].tokens == shapes[headline].tokens { listed[position] = true }
        }
        return listed
    }

    /// The first later line whose words equal the `title`'s tokens (the first line without its site name).
    private static func headline(_ shapes: [PageLineShape], title: [String]) -> Int? {
        guard title.count >= 3 else { return nil }
        return shapes.indices.dropFirst().first { shapes[$0].tokens == title }
    }
}
