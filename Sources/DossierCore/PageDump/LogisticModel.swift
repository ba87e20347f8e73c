import Foundation

/// A binary logistic-regression model over named features: the probability of "body" for a feature vector.
public struct LogisticModel: Codable, Hashable, Sendable {
    /// The feature names, in the order of `weights`.
    public var names: [String]
    /// One weight per feature.
    public var weights: [Double]

    public init(names: [String], weights: [Double]) {
        self.names = names
        self.weights = weights
    }

    /// The probability that the example with these feature `values` is positive.
    public func probability(_ values: [Double]) -> Double {
        var sum = 0.0
        for index in weights.indices { sum += weights[index] * values[index] }
        return 1 / (1 + exp(-min(max(sum, -30), 30)))
    }

    /// Fits weights by stochastic gradient descent on the log loss with L2 shrinkage, visiting the examples
    /// in an order fixed by `seed` so that training is repeatable. The weights returned are the average of those
    /// after every step of the second half of the passes, which settles where the last steps would wander.
    public static func fit(names: [String], examples: [[Double]], labels: [Bool], epochs: Int = 12,
                           learningRate: Double = 0.1, l2: Double = 1e-4, seed: UInt64 = 1) -> LogisticModel {
        var model = LogisticModel(names: names, weights: Array(repeating: 0, count: names.count))
        var order = Array(examples.indices)
        var generator = SplitMix64(seed: seed)
        var sum = Array(repeating: 0.0, count: names.count)
        var steps = 0.0
        for epoch in 0..<epochs {
            order.shuffle(using: &generator)
            let rate = learningRate / (1 + Double(epoch) * 0.2)
            for index in order {
                let values = examples[index]
                let gradient = model.probability(values) - (labels[index] ? 1 : 0)
                for feature in values.indices {
                    model.weights[feature] -= rate * (gradient * values[feature] + l2 * model.weights[feature])
                }
                if epoch >= epochs / 2 {
                    for feature in sum.indices { sum[feature] += model.weights[feature] }
                    steps += 1
                }
            }
        }
        if steps > 0 { model.weights = sum.map { $0 / steps } }
        return model
    }
}
