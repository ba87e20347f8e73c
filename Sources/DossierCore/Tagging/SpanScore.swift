/// Exact-span precision, recall and F1 of predicted against gold IOB2 labels, overall and per kind,
/// scored the way CoNLL's conlleval (and nereval.py) score them.
public struct SpanScore: Sendable {
    /// True positives, false positives and false negatives per kind.
    public private(set) var counts: [EntityKind: (tp: Int, fp: Int, fn: Int)] = [:]

    public init() {}

    /// Adds one sentence's gold and predicted labels.
    public mutating func add(gold: [EntityLabel], predicted: [EntityLabel]) {
        let g = Self.spans(gold), p = Self.spans(predicted)
        for s in g.intersection(p) { counts[s.kind, default: (0, 0, 0)].tp += 1 }
        for s in p.subtracting(g) { counts[s.kind, default: (0, 0, 0)].fp += 1 }
        for s in g.subtracting(p) { counts[s.kind, default: (0, 0, 0)].fn += 1 }
    }

    /// F1 in percent for one kind, or over all kinds when `kind` is nil.
    public func f1(_ kind: EntityKind? = nil) -> Double {
        let (p, r) = precisionRecall(kind)
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// Precision and recall in percent for one kind, or over all kinds.
    public func precisionRecall(_ kind: EntityKind? = nil) -> (precision: Double, recall: Double) {
        let selected = kind.map { k in counts.filter { $0.key == k } } ?? counts
        let tp = selected.values.reduce(0) { $0 + $1.tp }
        let fp = selected.values.reduce(0) { $0 + $1.fp }
        let fn = selected.values.reduce(0) { $0 + $1.fn }
        return (tp + fp > 0 ? 100 * Double(tp) / Double(tp + fp) : 0, tp + fn > 0 ? 100 * Double(tp) / Double(tp + fn) : 0)
    }

    struct Span: Hashable {
        var start: Int, end: Int, kind: EntityKind
    }

    /// Spans of an IOB2 (or IOB1) label sequence.
    static func spans(_ labels: [EntityLabel]) -> Set<Span> {
        var out: Set<Span> = []
        var start: Int?, kind: EntityKind?
        for (i, label) in (labels + [.outside]).enumerated() {
            let begins: Bool
            switch label {
            case .outside: begins = false
            case .begin: begins = true
            case .inside(let k): begins = kind != k
            }
            if let s = start, let k = kind, label == .outside || begins {
                out.insert(Span(start: s, end: i, kind: k)); start = nil; kind = nil
            }
            if begins { start = i; kind = label.kind }
        }
        return out
    }
}
