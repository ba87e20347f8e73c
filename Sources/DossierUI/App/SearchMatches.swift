import DossierText
import Foundation

/// Finding a search query in text, case-insensitively.
enum SearchMatches {
    /// The display columns of each match of `query` in `line`.
    static func columns(of query: String, in line: String) -> [Range<Int>] {
        guard !query.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var from = line.startIndex
        while let found = line.range(of: query, options: .caseInsensitive, range: from..<line.endIndex) {
            let start = line[..<found.lowerBound].displayWidth
            result.append(start..<start + max(1, line[found].displayWidth))
            from = found.upperBound
        }
        return result
    }

    /// Whether `text` contains `query`, case-insensitively.
    static func contains(_ text: String, _ query: String) -> Bool {
        !query.isEmpty && text.range(of: query, options: .caseInsensitive) != nil
    }
}
