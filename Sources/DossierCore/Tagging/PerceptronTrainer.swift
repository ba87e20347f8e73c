/// Trains one tagger pass as a structured averaged perceptron: Viterbi-decode each training sentence,
/// and where the best path differs from gold, move weight from the predicted labels to the gold ones.
struct PerceptronTrainer {
    private static let labels = EntityLabel.count

    /// Training sentences as feature-id lists per token, with gold labels.
    struct Instance {
        var tokenFeatures: [[Int32]]
        var gold: [UInt8]
    }

    /// Maps feature hashes to dense ids while building the training instances.
    struct FeatureIndex {
        private(set) var ids: [UInt64: Int32] = [:]
        private(set) var hashes: [UInt64] = []

        mutating func id(adding hash: UInt64) -> Int32 {
            if let id = ids[hash] { return id }
            let id = Int32(hashes.count)
            ids[hash] = id
            hashes.append(hash)
            return id
        }

        func id(_ hash: UInt64) -> Int32? { ids[hash] }
    }

    /// Averaged weights after training: one row of label weights per feature id, and transitions.
    struct Weights {
        var features: [Float]
        var transitions: [Float]

        /// The element-wise mean of several members' weights (each the same size).
        static func mean(_ members: [Weights]) -> Weights {
            guard var sum = members.first, members.count > 1 else { return members[0] }
            for member in members.dropFirst() {
                for j in sum.features.indices { sum.features[j] += member.features[j] }
                for j in sum.transitions.indices { sum.transitions[j] += member.transitions[j] }
            }
            let scale = 1 / Float(members.count)
            for j in sum.features.indices { sum.features[j] *= scale }
            for j in sum.transitions.indices { sum.transitions[j] *= scale }
            return sum
        }

        /// Best label indices for one instance.
        func decode(_ instance: Instance) -> [UInt8] {
            Self.decode(instance, weights: features, transitions: transitions)
        }

        /// Quantises to 16-bit integers (the largest weight becomes 16,000) and keeps only features with
        /// some weight of at least `minimum` after rounding.
        func quantised(hashes: [UInt64], minimum: Int16 = 1) -> QuantisedPass {
            let top = features.reduce(Float(0)) { max($0, abs($1)) }
            let scale = 16_000 / max(top, 1e-6)
            var rows: [UInt64: [Int16]] = [:]
            for (id, hash) in hashes.enumerated() {
                let row = (0 ..< labels).map { y -> Int16 in Int16((features[id * labels + y] * scale).rounded()) }
                if row.contains(where: { abs(Int($0)) >= Int(minimum) }) { rows[hash] = row }
            }
            return QuantisedPass(rows: rows, transitions: transitions.map { Int32(($0 * scale).rounded()) })
        }
    }

    let featureCount: Int
    private var weights: [Float]
    private var totals: [Float]
    private var transitions: [Float]
    private var transitionTotals: [Float]
    private var step: Float = 1

    init(featureCount: Int) {
        self.featureCount = featureCount
        weights = Array(repeating: 0, count: featureCount * Self.labels)
        totals = weights
        transitions = Array(repeating: 0, count: (Self.labels + 1) * Self.labels)
        transitionTotals = transitions
    }

    /// The averaged weights so far.
    var averaged: Weights {
        Weights(
            features: zip(weights, totals).map { $0 - $1 / step },
            transitions: zip(transitions, transitionTotals).map { $0 - $1 / step }
        )
    }

    /// One pass over `instances` in the given order.
    mutating func epoch(_ instances: [Instance], order: [Int]) {
        for k in order {
            let instance = instances[k]
            let predicted = Weights.decode(instance, weights: weights, transitions: transitions)
            if predicted != instance.gold {
                update(instance, predicted: predicted)
            }
            step += 1
        }
    }

    private mutating func update(_ instance: Instance, predicted: [UInt8]) {
        let l = Self.labels
        for (i, ids) in instance.tokenFeatures.enumerated() where predicted[i] != instance.gold[i] {
            let g = Int(instance.gold[i]), p = Int(predicted[i])
            for id in ids {
                let base = Int(id) * l
                weights[base + g] += 1; totals[base + g] += step
                weights[base + p] -= 1; totals[base + p] -= step
            }
        }
        for i in 0 ..< predicted.count {
            let gPrev = i == 0 ? 0 : Int(instance.gold[i - 1]) + 1
            let pPrev = i == 0 ? 0 : Int(predicted[i - 1]) + 1
            let g = gPrev * l + Int(instance.gold[i]), p = pPrev * l + Int(predicted[i])
            guard g != p else { continue }
            transitions[g] += 1; transitionTotals[g] += step
            transitions[p] -= 1; transitionTotals[p] -= step
        }
    }
}

extension PerceptronTrainer.Weights {
    /// Best label indices for one instance under the given weights.
    static func decode(_ instance: PerceptronTrainer.Instance, weights: [Float], transitions: [Float]) -> [UInt8] {
        let labels = EntityLabel.count
        let n = instance.tokenFeatures.count
        var emissions = [Float](repeating: 0, count: n * labels)
        weights.withUnsafeBufferPointer { w in
            for (i, ids) in instance.tokenFeatures.enumerated() {
                for id in ids {
                    let base = Int(id) * labels
                    for y in 0 ..< labels { emissions[i * labels + y] += w[base + y] }
                }
            }
        }
        let constrained = Viterbi.constrained(transitions, penalty: 1e9)
        return emissions.withUnsafeBufferPointer { Viterbi.decode(emissions: $0.baseAddress!, tokens: n, transitions: constrained) }
    }
}
