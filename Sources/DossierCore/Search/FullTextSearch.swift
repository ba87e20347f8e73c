import Foundation
import GRDB

/// One article found by a search: ranked by BM25 (title matches weigh ten times body matches), with a snippet of
/// its text around the matches.
public struct SearchHit: Hashable, Sendable, Codable {
    public var article: ArticleID
    public var path: String
    public var title: String?
    /// BM25 score as SQLite gives it: lower is better.
    public var rank: Double
    /// Up to a few lines of text around the matches, on one line.
    public var snippet: String
    /// The matched words in `snippet`, as character offsets.
    public var highlights: [Range<Int>]
}

extension CollectionIndex: TextSearch {
    /// The articles matching `query`, best first; at most `limit`.
    ///
    /// Ranks in the full-text table alone, so that SQLite computes a snippet only for a row that enters the top
    /// `limit`, and looks up the few articles returned afterwards, not every match.
    public func search(_ query: SearchQuery, limit: Int = 50) throws(IndexError) -> [SearchHit] {
        try search(query, limit: limit, parts: try searchParts())
    }

    /// `search`, over the rowid ranges `parts` side by side.
    func search(_ query: SearchQuery, limit: Int, parts: [ClosedRange<Int64>]) throws(IndexError) -> [SearchHit] {
        let ranked = try rankedRows(query, limit: limit, snippets: true, parts: parts)
        return try run { try pool.read { db in
            guard !ranked.isEmpty else { return [] }
            let rowids = ranked.map(\.rowid)
            let articles = try Row.fetchAll(db, sql: """
                SELECT rowid, id, path, title FROM article WHERE rowid IN (\(databaseQuestionMarks(count: rowids.count)))
                """, arguments: StatementArguments(rowids))
            let byRowid = Dictionary(articles.map { ($0[0] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
            var seen = Set<String>()
            return ranked.compactMap { row in
                // Copies of one text are one hit, the best ranked.
                guard let article = byRowid[row.rowid], seen.insert(article[1]).inserted else { return nil }
                let (snippet, highlights) = Self.highlights(in: Self.oneLine(row.snippet))
                return SearchHit(article: ArticleID(rawValue: article[1]), path: article[2], title: article[3], rank: row.score,
                                 snippet: snippet, highlights: highlights)
            }
        } }
    }

    /// The matches of `query`, best first (BM25, then rowid), at most `limit` (nil: all), with their snippets when
    /// asked. A large index is searched in parts of its rowids (`parts`) side by side, one a core, and the parts'
    /// best merged: ranking reads the whole table's statistics in each part, so the order is that of one search.
    private func rankedRows(_ query: SearchQuery, limit: Int?, snippets: Bool, parts: [ClosedRange<Int64>]) throws(IndexError) -> [RankedRow] {
        let snippet = snippets ? "snippet(article_text, -1, char(57344), char(57345), '…', 16)" : "''"
        let found = parts.concurrentMap(workers: parts.count) { part in
            Result { () throws(IndexError) -> [RankedRow] in
                try run { try pool.read { db in
                    try Self.ranked(db, path: pool.path, sql: """
                        SELECT rowid, \(BM25.call(lengths: 5)) AS score, \(snippet)
                        FROM article_text WHERE article_text MATCH ?1 AND rowid BETWEEN ?3 AND ?4 ORDER BY score, rowid LIMIT ?2
                        """, arguments: [query.expression, limit ?? -1, part.lowerBound, part.upperBound])
                        .map { RankedRow(rowid: $0[0], score: $0[1], snippet: $0[2]) }
                } }
            }
        }
        var ranked: [RankedRow] = []
        for part in found { ranked += try part.get() }
        if found.count > 1 { ranked.sort { ($0.score, $0.rowid) < ($1.score, $1.rowid) } }
        return limit.map { Array(ranked.prefix($0)) } ?? ranked
    }

    /// The rowid ranges a search covers side by side: one for an index whose rowids span fewer than `splitRows`,
    /// else one a core.
    func searchParts(splitRows: Int64 = splitRows, cores: Int = ProcessInfo.processInfo.activeProcessorCount) throws(IndexError) -> [ClosedRange<Int64>] {
        // Each bound read from the end of the rowid tree: counting the rows would read them all.
        let (first, last) = try run { try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT (SELECT min(rowid) FROM article), (SELECT max(rowid) FROM article)")
            return (row?[0] as Int64? ?? 0, row?[1] as Int64? ?? 0)
        } }
        let parts = Int64(last - first < splitRows ? 1 : max(1, cores))
        guard parts > 1 else { return [Int64.min...Int64.max] }
        let step = (last - first) / parts + 1
        return (0..<parts).map { part in
            (part == 0 ? Int64.min : first + part * step)...(part == parts - 1 ? Int64.max : first + (part + 1) * step - 1)
        }
    }

    /// The fewest articles an index is searched in parts for.
    static let splitRows: Int64 = 20_000

    /// A match as one part of a search ranked it.
    private struct RankedRow: Sendable {
        var rowid: Int64
        var score: Double
        var snippet: String
    }

    /// Every article matching `query`, best first (BM25, title matches weighing ten times body matches), without
    /// snippets: the reader's collection-wide search.
    public func rankedArticles(matching query: SearchQuery) throws(IndexError) -> [ArticleID] {
        try rankedArticles(matching: query, parts: try searchParts())
    }

    /// `rankedArticles`, over the rowid ranges `parts` side by side.
    func rankedArticles(matching query: SearchQuery, parts: [ClosedRange<Int64>]) throws(IndexError) -> [ArticleID] {
        let ranked = try rankedRows(query, limit: nil, snippets: false, parts: parts)
        let ids = try run { try pool.read { db in try articleIDs(db) } }
        var seen = Set<ArticleID>()
        // Copies of one text once.
        return ranked.compactMap { ids[$0.rowid] }.filter { seen.insert($0).inserted }
    }

    /// The snippets of `search`'s first `limit` hits.
    public func snippets(matching query: SearchQuery, limit: Int) throws(IndexError) -> [ArticleID: SearchSnippet] {
        Dictionary(try search(query, limit: limit).map { ($0.article, SearchSnippet(text: $0.snippet, highlights: $0.highlights)) }) { first, _ in first }
    }

    /// The articles whose title or reading text contains the words of `phrase` in order (the filter's word search).
    public func articles(containing phrase: String) throws(IndexError) -> Set<ArticleID> {
        let words = SearchQuery.words(phrase)
        guard !words.isEmpty else { return [] }
        let expression = "\"" + words.joined(separator: " ") + "\""
        let ids = try run { try pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT a.id FROM article_text JOIN article a ON a.rowid = article_text.rowid WHERE article_text MATCH ?
                """, arguments: [expression])
        } }
        return Set(ids.map(ArticleID.init(rawValue:)))
    }

    private static let open: Character = "\u{E000}"
    private static let close: Character = "\u{E001}"

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// `text` without the snippet's match markers, and the ranges they marked.
    private static func highlights(in text: String) -> (String, [Range<Int>]) {
        var plain = ""
        var ranges: [Range<Int>] = []
        var start: Int?
        var count = 0
        for character in text {
            if character == open { start = count } else if character == close, let opened = start {
                ranges.append(opened..<count)
                start = nil
            } else {
                plain.append(character)
                count += 1
            }
        }
        return (plain, ranges)
    }
}
