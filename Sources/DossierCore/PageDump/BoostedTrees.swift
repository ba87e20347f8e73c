import Foundation

/// A binary classifier made of shallow regression trees fitted one after another to the log loss's gradient
/// (gradient boosting, Newton steps in the leaves): the probability of "body" for a feature vector. Unlike a
/// logistic model it weighs features together (a short line reads as body after the headline, not in a menu).
public struct BoostedTrees: Codable, Hashable, Sendable {
    /// One node of a tree: a split (`feature`, `threshold`, children) or a leaf (`feature` -1, `value`).
    public struct Node: Codable, Hashable, Sendable {
        public var feature: Int
        public var threshold: Double
        public var left: Int
        public var right: Int
        public var value: Double

        init(feature: Int, threshold: Double, left: Int, right: Int, value: Double) {
            (self.feature, self.threshold, self.left, self.right, self.value) = (feature, threshold, left, right, value)
        }

        /// A node is written as a split `[feature, threshold, left, right]` or a leaf `[value]`.
        public init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            if container.count == 1 {
                self.init(feature: -1, threshold: 0, left: -1, right: -1, value: try container.decode(Double.self))
            } else {
                self.init(feature: try container.decode(Int.self), threshold: try container.decode(Double.self),
                          left: try container.decode(Int.self), right: try container.decode(Int.self), value: 0)
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            if feature < 0 {
                try container.encode(value)
            } else {
                try container.encode(feature)
                try container.encode(threshold)
                try container.encode(left)
                try container.encode(right)
            }
        }
    }

    /// Training settings.
    public struct Options: Sendable {
        /// How many trees are fitted, one after another.
        public var trees = 120
        /// The most splits from a tree's root to a leaf.
        public var depth = 6
        /// The share of each leaf's Newton step that is taken.
        public var learningRate = 0.1
        /// L2 penalty on leaf values.
        public var lambda = 1.0
        /// The least summed Hessian a leaf may hold.
        public var minimumHessian = 5.0
        /// Candidate thresholds per feature (quantiles of its values).
        public var bins = 32
        public init() {}
    }

    /// The feature names, in the order of a vector's values.
    public var names: [String]
    /// The log-odds every tree adds to.
    public var base: Double
    /// Each tree's nodes, its root first.
    public var trees: [[Node]]

    /// Whether every split reads a feature of `names` and points to later nodes of its own tree, so that
    /// `probability` ends for any input (a model file is checked so before use).
    public var isWellFormed: Bool {
        trees.allSatisfy { tree in
            !tree.isEmpty && tree.indices.allSatisfy { index in
                let node = tree[index]
                return node.feature < 0 || node.feature < names.count
                    && tree.indices.contains(node.left) && tree.indices.contains(node.right) && node.left > index && node.right > index
            }
        }
    }

    /// The probability that the example with these feature `values` is positive.
    public func probability(_ values: [Double]) -> Double {
        var sum = base
        for tree in trees {
            var node = 0
            while tree[node].feature >= 0 {
                node = values[tree[node].feature] <= tree[node].threshold ? tree[node].left : tree[node].right
            }
            sum += tree[node].value
        }
        return 1 / (1 + exp(-min(max(sum, -30), 30)))
    }

    /// Fits trees to `examples` and `labels`, deterministically.
    public static func fit(names: [String], examples: [[Double]], labels: [Bool], options: Options = Options()) -> BoostedTrees {
        let count = examples.count
        let positives = Double(labels.count(where: \.self))
        let prior = min(max(positives / Double(max(count, 1)), 1e-3), 1 - 1e-3)
        var model = BoostedTrees(names: names, base: log(prior / (1 - prior)), trees: [])
        guard count > 0 else { return model }
        let binned = Binned(examples, features: names.count, bins: options.bins)
        var scores = Array(repeating: model.base, count: count)
        var gradients = Array(repeating: 0.0, count: count)
        var hessians = Array(repeating: 0.0, count: count)
        let rows = Array(0..<count)
        for _ in 0..<options.trees {
            for index in 0..<count {
                let p = 1 / (1 + exp(-scores[index]))
                gradients[index] = p - (labels[index] ? 1 : 0)
                hessians[index] = max(p * (1 - p), 1e-6)
            }
            var nodes: [Node] = []
            var leaves: [(node: Int, rows: [Int])] = []
            grow(rows: rows, depth: 0, binned: binned, gradients: gradients, hessians: hessians,
                 options: options, nodes: &nodes, leaves: &leaves)
            for (node, members) in leaves {
                for row in members { scores[row] += nodes[node].value }
            }
            model.trees.append(nodes)
        }
        return model
    }

    /// Feature values replaced by the index of their quantile bin, with each bin's upper threshold.
    private struct Binned {
        var codes: [[UInt8]]
        var thresholds: [[Double]]

        init(_ examples: [[Double]], features: Int, bins: Int) {
            codes = []
            thresholds = []
            for feature in 0..<features {
                let sorted = examples.map { $0[feature] }.sorted()
                var cuts: [Double] = []
                for step in 1..<bins {
                    let value = sorted[min(sorted.count - 1, step * sorted.count / bins)]
                    if cuts.last.map({ value > $0 }) ?? true, value < sorted.last! { cuts.append(value) }
                }
                thresholds.append(cuts)
                codes.append(examples.map { example in
                    let value = example[feature]
                    var low = 0, high = cuts.count
                    while low < high {
                        let middle = (low + high) / 2
                        if value <= cuts[middle] { high = middle } else { low = middle + 1 }
                    }
                    return UInt8(low)
                })
            }
        }
    }

    private static func grow(rows: [Int], depth: Int, binned: Binned, gradients: [Double], hessians: [Double],
                             options: Options, nodes: inout [Node], leaves: inout [(node: Int, rows: [Int])]) {
        let index = nodes.count
        var totalG = 0.0, totalH = 0.0
        for row in rows { totalG += gradients[row]; totalH += hessians[row] }
        let leafValue = -options.learningRate * totalG / (totalH + options.lambda)
        nodes.append(Node(feature: -1, threshold: 0, left: -1, right: -1, value: leafValue))
        guard depth < options.depth, totalH >= 2 * options.minimumHessian else {
            leaves.append((index, rows))
            return
        }
        let parentGain = totalG * totalG / (totalH + options.lambda)
        var best: (gain: Double, feature: Int, bin: Int)?
        for feature in binned.codes.indices where !binned.thresholds[feature].isEmpty {
            let cuts = binned.thresholds[feature].count
            var histogramG = Array(repeating: 0.0, count: cuts + 1)
            var histogramH = Array(repeating: 0.0, count: cuts + 1)
            let codes = binned.codes[feature]
            for row in rows {
                let code = Int(codes[row])
                histogramG[code] += gradients[row]
                histogramH[code] += hessians[row]
            }
            var leftG = 0.0, leftH = 0.0
            for bin in 0..<cuts {
                leftG += histogramG[bin]
                leftH += histogramH[bin]
                let rightG = totalG - leftG, rightH = totalH - leftH
                guard leftH >= options.minimumHessian, rightH >= options.minimumHessian else { continue }
                let gain = leftG * leftG / (leftH + options.lambda) + rightG * rightG / (rightH + options.lambda) - parentGain
                if gain > (best?.gain ?? 1e-9) { best = (gain, feature, bin) }
            }
        }
        guard let best else {
            leaves.append((index, rows))
            return
        }
        let codes = binned.codes[best.feature]
        let leftRows = rows.filter { Int(codes[$0]) <= best.bin }
        let rightRows = rows.filter { Int(codes[$0]) > best.bin }
        nodes[index].value = 0
        nodes[index].feature = best.feature
        nodes[index].threshold = binned.thresholds[best.feature][best.bin]
        nodes[index].left = nodes.count
        grow(rows: leftRows, depth: depth + 1, binned: binned, gradients: gradients, hessians: hessians, options: options,
             nodes: &nodes, leaves: &leaves)
        nodes[index].right = nodes.count
        grow(rows: rightRows, depth: depth + 1, binned: binned, gradients: gradients, hessians: hessians, options: options,
             nodes: &nodes, leaves: &leaves)
    }
}
