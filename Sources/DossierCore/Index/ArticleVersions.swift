import Foundation

/// Near-duplicates: articles whose texts are versions of one text (a page fetched again with a corrected word, a
/// story syndicated with a changed line). Two articles are versions when their whole texts' fingerprints are at most
/// `TextFingerprint.nearThreshold` bits apart (the threshold that finds the predecessor of a file moved and edited at
/// once) and at least half the paragraphs of the shorter are in the other word for word (`SiteFurniture.fingerprint`):
/// two stories on one subject can have near fingerprints, when they repeat its name, but not the same paragraphs.
/// Versions of versions are one group. The list shows a group as one row, its newest version.
public enum ArticleVersions {
    /// What a collection's articles contribute, in their order: each text's fingerprint and its paragraphs'
    /// fingerprints, the latter in one flat array (a collection has millions of paragraphs).
    public struct Prints: Sendable {
        var fingerprints: [TextFingerprint?] = []
        var paragraphs: [UInt64] = []
        /// Where each article's paragraphs end in `paragraphs`.
        var ends: [Int] = []

        public init() {}

        public var count: Int { fingerprints.count }

        /// Adds the print of a whole article, as the index keeps it.
        public mutating func append(_ article: Article) {
            append(TextFingerprint(of: article), paragraphs: SiteFurniture.prints(of: article).paragraphs)
        }

        mutating func append(_ fingerprint: TextFingerprint?, paragraphs more: some Sequence<UInt64>) {
            fingerprints.append(fingerprint)
            paragraphs.append(contentsOf: more)
            ends.append(paragraphs.count)
        }

        /// Adds a print as the index keeps it: paragraphs as `SiteFurniture.encode` wrote them.
        mutating func append(_ fingerprint: TextFingerprint?, encodedParagraphs data: Data?) {
            fingerprints.append(fingerprint)
            SiteFurniture.decode(data, into: &paragraphs)
            ends.append(paragraphs.count)
        }

        /// The paragraphs of the article at `index`.
        func paragraphs(of index: Int) -> ArraySlice<UInt64> { paragraphs[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }

        /// The prints of the articles at `indices`, in that order.
        func selecting(_ indices: [Int]) -> Prints {
            var selected = Prints()
            for index in indices { selected.append(fingerprints[index], paragraphs: paragraphs(of: index)) }
            return selected
        }
    }

    /// A paragraph found in this many different texts (not versions of one another) is boilerplate: a site's
    /// footer or a much-quoted statement. Its further holders are not compared, so that comparing stays linear in
    /// the number of holders however common the paragraph.
    static let maximumTexts = 64

    /// The groups of two or more versions among `prints`, as their indices in ascending order; groups are ordered
    /// by their first index.
    static func groups(_ prints: Prints) -> [[Int]] {
        // Every (paragraph, article) pair as one number, the paragraph's high 40 bits above the article's index, sorted:
        // the holders of each paragraph side by side. Two paragraphs alike in those bits are only taken for one, which
        // the comparison of their texts then undoes.
        precondition(prints.count < 1 << articleBits, "more articles than an index of \(articleBits) bits")
        var holdings: [UInt64] = []
        holdings.reserveCapacity(prints.paragraphs.count)
        for index in 0..<prints.count where prints.fingerprints[index] != nil {
            for paragraph in prints.paragraphs(of: index) { holdings.append(paragraph & ~articleMask | UInt64(index)) }
        }
        radixSortByParagraph(&holdings)
        var parent = Array(0..<prints.count)
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
            while end < holdings.count, holdings[end] & ~articleMask == holdings[start] & ~articleMask { end += 1 }
            // Each holder joins the texts already seen with this paragraph that it is a version of, or is a new text.
            if end - start > 1 {
                var texts: [(index: Int, print: TextFingerprint)] = []
                for holding in holdings[start..<end] {
                    let index = Int(holding & articleMask)
                    let print = prints.fingerprints[index]!
                    var isNew = true
                    for text in texts where text.print.distance(to: print) <= TextFingerprint.nearThreshold
                        && sharesMostParagraphs(prints.paragraphs(of: text.index), prints.paragraphs(of: index)) {
                        let (a, b) = (root(text.index), root(index))
                        if a != b { parent[max(a, b)] = min(a, b) }
                        isNew = false
                    }
                    if isNew, texts.count < maximumTexts { texts.append((index, print)) }
                }
            }
            start = end
        }
        var groups: [Int: [Int]] = [:]
        for index in 0..<prints.count where parent[index] != index { groups[root(index), default: [root(index)]].append(index) }
        return groups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// Sorts holdings by their paragraph bits, a byte at a time from the lowest (a stable sort, so each paragraph's
    /// holders stay in article order): five passes over the array, where a comparison sort of millions of holdings
    /// took most of the time grouping takes.
    private static func radixSortByParagraph(_ holdings: inout [UInt64]) {
        var scratch = [UInt64](repeating: 0, count: holdings.count)
        for shift in stride(from: UInt64(articleBits), to: 64, by: 8) {
            var starts = [Int](repeating: 0, count: 257)
            for holding in holdings { starts[Int((holding >> shift) & 0xFF) + 1] += 1 }
            for digit in 1...256 { starts[digit] += starts[digit - 1] }
            for holding in holdings {
                let digit = Int((holding >> shift) & 0xFF)
                scratch[starts[digit]] = holding
                starts[digit] += 1
            }
            swap(&holdings, &scratch)
        }
    }

    /// The low bits of a holding, which hold the article's index.
    private static let articleBits = 24
    private static let articleMask: UInt64 = 1 << articleBits - 1

    /// Whether at least half the paragraphs of the one of `a` and `b` with fewer are in the other.
    static func sharesMostParagraphs(_ a: ArraySlice<UInt64>, _ b: ArraySlice<UInt64>) -> Bool {
        let (fewer, more) = a.count <= b.count ? (a, b) : (b, a)
        let other = Set(more)
        return fewer.count(where: other.contains) * 2 >= fewer.count
    }

    /// Summaries with each text once (`ArticleSummary.mergingCopies`) and its versions grouped; `prints` holds the
    /// prints of `summaries`, in their order.
    static func listing(_ summaries: [ArticleSummary], prints: Prints) -> [ArticleSummary] {
        let (merged, places) = ArticleSummary.mergingCopiesKeepingPlaces(summaries)
        return grouping(merged, prints: places.count == prints.count ? prints : prints.selecting(places))
    }

    /// `summaries` with each group of versions marked: the newest (by date, then the first in `summaries`) lists the
    /// others, newest first, as its `versions`, and each other names it as `listedAs`. `prints` holds the articles'
    /// prints in the order of `summaries`.
    public static func grouping(_ summaries: [ArticleSummary], prints: Prints) -> [ArticleSummary] {
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
