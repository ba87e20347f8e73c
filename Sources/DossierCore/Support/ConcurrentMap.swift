import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element, on up to `workers` threads at once (each takes the next element not yet
    /// taken), the results in the elements' order.
    public func concurrentMap<Result: Sendable>(workers: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(workers, count))) { _ in
            while let index = slots.claim() { slots.fill(index, with: transform(self[index])) }
        }
        return slots.results
    }
}

/// Results filled in by several threads, each claiming the next unclaimed index.
private final class Slots<Value: Sendable>: @unchecked Sendable {  // every access holds the lock
    private let lock = NSLock()
    private var next = 0
    private var filled: [Value?]

    init(count: Int) { filled = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.withLock {
            guard next < filled.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func fill(_ index: Int, with value: Value) {
        lock.withLock { filled[index] = value }
    }

    var results: [Value] { lock.withLock { filled.map { $0! } } }
}
