/// The article is one region of a page. Body lines cut off from the main stretch of body by a long run of other
/// lines or by a short dated line (a comment thread, related stories, deals under the article) are not body,
/// and neither is a stretch that mostly repeats the article (a meta description, the text echoed for sharing).
/// Below the article, a stretch that opens under an author-and-date line (a comment, a teaser) or lies under a
/// heading such as `Most read` or `Related stories` is not body however long it is, nor is the page's footer.
enum ArticleRegion {
    /// Consecutive non-body lines that end a cluster of body lines.
    static let gap = 6
    /// The share of the main cluster's words another cluster needs to stay body.
    static let share = 0.5
    /// The share of a cluster's 4-word shingles found in the main cluster that makes it an echo.
    static let echo = 0.6
    /// How many lines under the headline the article may start.
    static let headlineReach = 10

    /// `flags` with the body lines outside the article's region cleared. The page's footer (a stretch holding or
    /// just above its rights notice, with the disclaimers around it) is not the article unless nothing else is.
    /// The region is the cluster of body lines with the most words, or the one a few lines under the headline
    /// when that one has at least `share` of its words and a related-stories heading lies between them (the
    /// larger stretch is then a list of teasers); other clusters stay when they hold at least `share` of its
    /// words and are not echoes.
    static func keep(_ flags: [Bool], layout: PageLayout) -> [Bool] {
        var flags = flags
        var clusters = clusters(flags, layout: layout)
        let footers = clusters.filter { cluster in
            (cluster.range.lowerBound...min(cluster.range.upperBound + 1, layout.count - 1)).contains { layout.shapes[$0].isRightsNotice }
        }
        if footers.count < clusters.count {
            for footer in footers { for position in footer.range { flags[position] = false } }
            clusters.removeAll { cluster in footers.contains { $0.range == cluster.range } }
        }
        guard clusters.count > 1, let largest = clusters.max(by: { $0.words < $1.words }) else { return flags }
        let underHeadline = layout.headline.flatMap { headline in
            clusters.first { $0.range.lowerBound > headline && $0.range.lowerBound <= headline + headlineReach }
        }
        let main = underHeadline.map { article in
            article.range.upperBound < largest.range.lowerBound && Double(article.words) >= share * Double(largest.words)
                && (article.range.upperBound + 1..<largest.range.lowerBound).contains { layout.shapes[$0].isRelatedHeading }
                ? article : largest
        } ?? largest
        let mainShingles = shingles(main.range, flags: flags, layout: layout)
        var kept = flags
        for cluster in clusters {
            guard cluster.range != main.range else { continue }
            let own = shingles(cluster.range, flags: flags, layout: layout)
            let echoed = !own.isEmpty && Double(own.intersection(mainShingles).count) >= echo * Double(own.count)
            let below = cluster.range.lowerBound > main.range.upperBound
            let dated = (max(0, cluster.range.lowerBound - 2)..<cluster.range.lowerBound).contains { isDatedHeader(layout.shapes[$0]) }
            let headed = below && (main.range.upperBound + 1..<cluster.range.lowerBound).contains { layout.shapes[$0].isRelatedHeading }
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
