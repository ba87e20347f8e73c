/// Order statistics of measured durations, as the benchmark reports them.
public struct Summary: Codable, Sendable, Equatable {
    public var count: Int
    public var median: Double
    public var p99: Double
    public var max: Double

    /// The summary of `samples` (seconds); zeros when there are none.
    public init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        func quantile(_ q: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            // Nearest rank: the smallest sample with at least q of the samples at or below it.
            let rank = Int((q * Double(sorted.count)).rounded(.up))
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
        }
        median = quantile(0.5)
        p99 = quantile(0.99)
        max = sorted.last ?? 0
    }
}

/// Seconds on a monotonic clock.
public enum Stopwatch {
    /// Runs `body` and returns its result with the seconds it took.
    public static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let result = try body()
        return (result, seconds(ContinuousClock.now - start))
    }

    /// A duration in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
