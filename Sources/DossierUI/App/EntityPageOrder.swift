import DossierCore
import Foundation

/// How an entity page orders its articles and the entities mentioned with it: articles by relevance (named in
/// the title, then mentioned most, then newest), companions by association (pointwise mutual information, with a
/// minimum of shared articles so that chance pairs of rare names do not lead).
public enum EntityPageOrder {
    /// Whether the title holds one of `names` (lower-case UTF-8), ignoring case. Compared as bytes: an entity's page
    /// checks the title of each of its articles, tens of thousands for a large one.
    static func titleNames(_ names: [[UInt8]], _ title: String?) -> Bool {
        guard var title, !names.isEmpty else { return false }
        // An ASCII title is lowered byte by byte, in a buffer used again; another is lowered by the standard library.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            return title.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lowered in
                    for (index, byte) in bytes.enumerated() { lowered[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                    let text = UnsafeBufferPointer(lowered)
                    return names.contains { contains(text, $0) }
                }
            }
        }
        var lowered = title.lowercased()
        return lowered.withUTF8 { text in names.contains { contains(text, $0) } }
    }

    /// Whether `name` occurs in `text`, byte for byte.
    private static func contains(_ text: UnsafeBufferPointer<UInt8>, _ name: [UInt8]) -> Bool {
        guard let first = name.first, name.count <= text.count else { return false }
        var start = 0
        while start <= text.count - name.count {
            if text[start] == first {
                var matched = 1
                while matched < name.count, text[start + matched] == name[matched] { matched += 1 }
                if matched == name.count { return true }
            }
            start += 1
        }
        return false
    }

    /// `articles` (an entity's) best first: those whose title names it, then by `mentions` (its mentions in each),
    /// then newest, then as given.
    public static func articles(_ articles: [ArticleID], of entity: Entity, summaries: (ArticleID) -> ArticleSummary?,
                                mentions: [ArticleID: Int]) -> [ArticleID] {
        let names = ([entity.canonicalName] + entity.aliases).map { Array($0.lowercased().utf8) }.filter { !$0.isEmpty }
        var titled: [Bool] = []
        var counts: [Int] = []
        var dates: [Int] = []
        titled.reserveCapacity(articles.count)
        counts.reserveCapacity(articles.count)
        dates.reserveCapacity(articles.count)
        // Dates numbered in order of first sight, then ranked: articles share few dates, and comparing numbers in the
        // sort costs less than comparing strings.
        var dateNumbers: [String: Int] = [:]
        for id in articles {
            let summary = summaries(id)
            titled.append(titleNames(names, summary?.title))
            counts.append(mentions[id] ?? 0)
            let date = summary?.date ?? ""
            if let number = dateNumbers[date] {
                dates.append(number)
            } else {
                dates.append(dateNumbers.count)
                dateNumbers[date] = dateNumbers.count
            }
        }
        var rank = [Int](repeating: 0, count: dateNumbers.count)
        for (place, number) in dateNumbers.sorted(by: { $0.key < $1.key }).map(\.value).enumerated() { rank[number] = place }
        // Positions are sorted, not the keys: each holds a string.
        return articles.indices.sorted { a, b in
            if titled[a] != titled[b] { return titled[a] }
            if counts[a] != counts[b] { return counts[a] > counts[b] }
            let (dateA, dateB) = (rank[dates[a]], rank[dates[b]])
            if dateA != dateB { return dateA > dateB }
            return a < b
        }.map { articles[$0] }
    }

    /// The entities mentioned with one in `articles` articles of a collection of `total`, by pointwise mutual
    /// information (how much more often they share articles than chance would have them), keeping those that
    /// share at least `minimum` (two, or one for an entity in fewer than five articles); at most `limit`.
    public static func companions(_ candidates: [CoMention], articles: Int, total: Int, limit: Int = 20) -> [CoMention] {
        let minimum = articles < 5 ? 1 : 2
        let scored = candidates.filter { $0.articles >= minimum }.map { candidate -> CoMention in
            var scored = candidate
            let expected = Double(articles) * Double(max(1, candidate.entity.articles.count)) / Double(max(1, total))
            scored.association = log2(Double(candidate.articles) / max(expected, .leastNonzeroMagnitude))
            return scored
        }
        return Array(scored.sorted { ($0.association, $0.articles, $1.entity.canonicalName) > ($1.association, $1.articles, $0.entity.canonicalName) }
            .prefix(limit))
    }
}
