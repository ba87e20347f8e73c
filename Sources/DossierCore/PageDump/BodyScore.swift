/// How well extracted article bodies match gold bodies, measured as the article-extraction benchmark does
/// (and as `bodyeval.py` does): 4-word shingles of lower-cased word tokens, per-document shares of true
/// positives, false positives and misses, precision and recall averaged over documents, and the F1 of the means.
public struct BodyScore: Hashable, Sendable, Codable {
    /// Mean precision over the documents where something was predicted or matched.
    public var precision: Double
    /// Mean recall over the documents with a gold body.
    public var recall: Double
    /// The number of documents scored.
    public var documents: Int

    /// The harmonic mean of `precision` and `recall`.
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    /// Scores `predicted` bodies against `gold` bodies, pairwise.
    public init(gold: [String], predicted: [String]) {
        let rows = zip(gold, predicted).map(BodyScore.shares)
        let precisions = rows.filter { $0.tp + $0.fp > 0 }.map { row in
            row.fp == 0 && row.fn == 0 ? 1 : row.tp / (row.tp + row.fp)
        }
        let recalls = rows.filter { $0.tp + $0.fn > 0 }.map { row in
            row.fp == 0 && row.fn == 0 ? 1 : row.tp / (row.tp + row.fn)
        }
        precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        documents = rows.count
    }

    /// The multiset of 4-token shingles of a text.
    static func shingles(_ text: String) -> [[String]: Int] {
        let tokens = PageLineShape.tokens(text.lowercased())
        var counts: [[String]: Int] = [:]
        if tokens.count >= 4 {
            for start in 0...(tokens.count - 4) { counts[Array(tokens[start..<start + 4]), default: 0] += 1 }
        }
        return counts
    }

    private static func shares(gold: String, predicted: String) -> (tp: Double, fp: Double, fn: Double) {
        let truth = shingles(gold)
        let guess = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for key in Set(truth.keys).union(guess.keys) {
            let a = truth[key] ?? 0, b = guess[key] ?? 0
            tp += min(a, b); fp += max(0, b - a); fn += max(0, a - b)
        }
        let sum = Double(tp + fp + fn)
        return sum > 0 ? (Double(tp) / sum, Double(fp) / sum, Double(fn) / sum) : (0, 0, 0)
    }
}
