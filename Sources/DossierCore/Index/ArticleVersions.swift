/// Near-duplicates: articles whose texts are versions of one text (a page fetched again with a corrected word, a
/// story syndicated with a changed line). Two articles are versions when their whole texts' fingerprints are at most
/// `TextFingerprint.nearThreshold` bits apart (the threshold that finds the predecessor of a file moved and edited at
/// once) and at least half the paragraphs of the shorter are in the other word for word (`SiteFurniture.fingerprint`):
/// two stories on one subject can have near fingerprints, when they repeat its name, but not the same paragraphs.
/// Versions of versions are one group. The list shows a group as one row, its newest version.
public enum ArticleVersions {
    /// What an article contributes: its text's fingerprint and its paragraphs' fingerprints.
    public struct Print: Sendable {
        var fingerprint: TextFingerprint?
        var paragraphs: [UInt64]

        init(fingerprint: TextFingerprint?, paragraphs: [UInt64]) {
            self.fingerprint = fingerprint
            self.paragraphs = paragraphs
        }

        /// The print of a whole article, as the index keeps it.
        public init(of article: Article) {
            self.init(fingerprint: TextFingerprint(of: article), paragraphs: SiteFurniture.prints(of: article).paragraphs)
        }
    }

    /// A paragraph found in this many different texts (not versions of one another) is boilerplate: a site's
    /// footer or a much-quoted statement. Its further holders are not compared, so that comparing stays linear in
    /// the number of holders however common the paragraph.
    static let maximumTexts = 64

    /// The groups of two or more versions among `prints`, as their indices in ascending order; groups are ordered
    /// by their first index.
    static func groups(_ prints: [Print]) -> [[Int]] {
        // Every (paragraph, article) pair, sorted by paragraph: the holders of each paragraph side by side.
        var holdings: [(paragraph: UInt64, article: Int32)] = []
        for (index, print) in prints.enumerated() where print.fingerprint != nil {
            for paragraph in print.paragraphs { holdings.append((paragraph, Int32(index))) }
        }
        holdings.sort { ($0.paragraph, $0.article) < ($1.paragraph, $1.article) }
        var parent = Array(prints.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        var start = 0
        while start < holdings.count {
            var end = start + 1
            while end < holdings.count, holdings[end].paragraph == holdings[start].paragraph { end += 1 }
            // Each holder joins the texts already seen with this paragraph that it is a version of, or is a new text.
            var texts: [(index: Int, print: TextFingerprint)] = []
            for holding in holdings[start..<end] {
                let index = Int(holding.article)
                let print = prints[index].fingerprint!
                var isNew = true
                for text in texts where text.print.distance(to: print) <= TextFingerprint.nearThreshold
                    && sharesMostParagraphs(prints[text.index], prints[index]) {
                    let (a, b) = (root(text.index), root(index))
                    if a != b { parent[max(a, b)] = min(a, b) }
                    isNew = false
                }
                if isNew, texts.count < maximumTexts { texts.append((index, print)) }
            }
            start = end
        }
        var groups: [Int: [Int]] = [:]
        for index in prints.indices where parent[index] != index { groups[root(index), default: [root(index)]].append(index) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// Whether at least half the paragraphs of the one of `a` and `b` with fewer are in the other.
    static func sharesMostParagraphs(_ a: Print, _ b: Print) -> Bool {
        let (fewer, more) = a.paragraphs.count <= b.paragraphs.count ? (a.paragraphs, b.paragraphs) : (b.paragraphs, a.paragraphs)
        let other = Set(more)
        return fewer.count(where: other.contains) * 2 >= fewer.count
    }

    /// `summaries` with each group of versions marked: the newest (by date, then the first in `summaries`) lists the
    /// others, newest first, as its `versions`, and each other names it as `listedAs`. `print` gives an article's
    /// print (nil when it is not known: that article stays alone).
    public static func grouping(_ summaries: [ArticleSummary], print: (ArticleID) -> Print?) -> [ArticleSummary] {
        let prints = summaries.map { print($0.id) ?? Print(fingerprint: nil, paragraphs: []) }
        var grouped = summaries
        for group in groups(prints) {
            // Newest first; undated last; ties in the collection's order.
            let ordered = group.sorted { i, j in
                switch (summaries[i].date, summaries[j].date) {
                case let (x?, y?) where x != y: x > y
                case (.some, nil): true
                case (nil, .some): false
                default: i < j
                }
            }
            let listed = ordered[0]
            grouped[listed].versions = ordered.dropFirst().map { summaries[$0].id }
            for other in ordered.dropFirst() { grouped[other].listedAs = summaries[listed].id }
        }
        return grouped
    }
}
