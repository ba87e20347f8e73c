/// The article is one region of a page. Body lines cut off from the main stretch of body by a long run of other
/// lines or by a short dated line (a comment thread, related stories, deals under the article) are not body,
/// and neither is a stretch that mostly repeats the article (a meta description, the text echoed for sharing).
/// Below the article, a stretch that opens under an author-and-date line (a comment, a teaser) or under a
/// heading such as `Most read` or `Related stories` is not body however long it is.
enum ArticleRegion {
    /// Consecutive non-body lines that end a cluster of body lines.
    static let gap = 6
    /// The share of the main cluster's words another cluster needs to stay body.
    static let share = 0.5
    /// The share of a cluster's 4-word shingles found in the main cluster that makes it an echo.
    static let echo = 0.6

    /// `flags` with the body lines outside the article's region cleared. The region is the cluster of body lines
    /// with the most words; other clusters stay when they hold at least `share` of its words and are not echoes.
    static func keep(_ flags: [Bool], layout: PageLayout) -> [Bool] {
        let clusters = clusters(flags, layout: layout)
        guard clusters.count > 1, let main = clusters.max(by: { $0.words < $1.words }) else { return flags }
        let mainShingles = shingles(main.range, flags: flags, layout: layout)
        var kept = flags
        var previousEnd = -1
        for cluster in clusters {
            defer { previousEnd = cluster.range.upperBound }
            guard cluster.range != main.range else { continue }
            let own = shingles(cluster.range, flags: flags, layout: layout)
            let echoed = !own.isEmpty && Double(own.intersection(mainShingles).count) >= echo * Double(own.count)
            let below = cluster.range.lowerBound > main.range.upperBound
            let dated = (max(0, cluster.range.lowerBound - 2)..<cluster.range.lowerBound).contains { isDatedHeader(layout.shapes[$0]) }
            let headed = (previousEnd + 1..<cluster.range.lowerBound).contains { isRelatedHeading(layout.shapes[$0]) }
            if echoed || Double(cluster.words) < share * Double(main.words) || below && (dated || headed) {
                for position in cluster.range { kept[position] = false }
            }
        }
        return kept
    }

    /// Runs of body lines with their word counts, split at `gap` non-body lines or at a short dated line (the
    /// author-and-date header of a comment or of a teaser).
    private static func clusters(_ flags: [Bool], layout: PageLayout) -> [(range: ClosedRange<Int>, words: Int)] {
        var clusters: [(range: ClosedRange<Int>, words: Int)] = []
        var last: Int?
        for position in flags.indices where flags[position] {
            let words = layout.shapes[position].words
            if let previous = last, position - previous - 1 < gap,
               !(previous + 1..<position).contains(where: { isDatedHeader(layout.shapes[$0]) }),
               let current = clusters.popLast() {
                clusters.append((current.range.lowerBound...position, current.words + words))
            } else {
                clusters.append((position...position, words))
            }
            last = position
        }
        return clusters
    }

    /// A short line with a date that is not an address: the author and date over a comment or a teaser.
    private static func isDatedHeader(_ shape: PageLineShape) -> Bool {
        shape.words <= 8 && shape.hasDate && !shape.hasLink
    }

    /// A short heading over links to other stories (`Most read in world news`, `You may also like…`).
    private static func isRelatedHeading(_ shape: PageLineShape) -> Bool {
        shape.words <= 6 && shape.furnitureReason == "related"
    }

    private static func shingles(_ range: ClosedRange<Int>, flags: [Bool], layout: PageLayout) -> Set<[String]> {
        var result = Set<[String]>()
        for position in range where flags[position] {
            let tokens = layout.shapes[position].tokens
            guard tokens.count >= 4 else { continue }
            for start in 0...tokens.count - 4 { result.insert(Array(tokens[start..<start + 4])) }
        }
        return result
    }
}
