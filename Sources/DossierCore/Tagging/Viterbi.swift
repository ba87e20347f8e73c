/// Finds the best IOB2 label sequence for a sentence from per-token label scores and label-to-label
/// transition scores. Transitions that IOB2 forbids (`I-X` after anything but `B-X` or `I-X`) should carry
/// a large penalty (see `constrained`); the search also skips those into `I-X`, which the penalty rules out.
enum Viterbi {
    /// Adds `penalty` to every transition IOB2 forbids; rows are the start row then one per previous label.
    static func constrained<S: AdditiveArithmetic>(_ transitions: [S], penalty: S) -> [S] {
        let labels = EntityLabel.count
        var out = transitions
        for row in 0 ... labels {
            for y in 0 ..< labels where !EntityLabel.allowed(from: row - 1, to: y) { out[row * labels + y] -= penalty }
        }
        return out
    }

    /// `emissions` holds `EntityLabel.count` scores per token, token `t`'s starting at `t * stride`;
    /// `transitions` (already `constrained`) holds a start row then one row per previous label.
    /// Returns one label index per token.
    static func decode<S: AdditiveArithmetic & Comparable>(
        emissions: UnsafePointer<S>, stride: Int = EntityLabel.count, tokens: Int, transitions: [S]
    ) -> [UInt8] {
        let labels = EntityLabel.count
        guard tokens > 0 else { return [] }
        var score = (0 ..< labels).map { transitions[$0] + emissions[$0] }
        var next = score
        var back = [UInt8](repeating: 0, count: tokens * labels)
        transitions.withUnsafeBufferPointer { trans in
            back.withUnsafeMutableBufferPointer { back in
                for t in 1 ..< tokens {
                    score.withUnsafeBufferPointer { score in
                        next.withUnsafeMutableBufferPointer { next in
                            for y in 0 ..< labels {
                                var best: S, arg: Int
                                if EntityLabel.isInside(y) {
                                    // Only the ways `allowed` lets in: every other carries the penalty and cannot
                                    // win, so it is not weighed.
                                    let fromBegin = score[y - 1] + trans[y * labels + y], fromInside = score[y] + trans[(y + 1) * labels + y]
                                    (best, arg) = fromInside > fromBegin ? (fromInside, y) : (fromBegin, y - 1)
                                } else {
                                    (best, arg) = (score[0] + trans[labels + y], 0)
                                    for x in 1 ..< labels {
                                        let s = score[x] + trans[(x + 1) * labels + y]
                                        if s > best { best = s; arg = x }
                                    }
                                }
                                next[y] = best + emissions[t * stride + y]
                                back[t * labels + y] = UInt8(arg)
                            }
                        }
                    }
                    swap(&score, &next)
                }
            }
        }
        var y = 0
        for k in 1 ..< labels where score[k] > score[y] { y = k }
        var path = [UInt8](repeating: 0, count: tokens)
        for t in (0 ..< tokens).reversed() {
            path[t] = UInt8(y)
            y = Int(back[t * labels + y])
        }
        return path
    }
}
