import Foundation
import Synchronization

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
private final class Slots<Value: Sendable>: Sendable {
    private struct State {
        var next = 0
        var filled: [Value?]
    }

    private let state: Mutex<State>

    init(count: Int) { state = Mutex(State(filled: Array(repeating: nil, count: count))) }

    func claim() -> Int? {
        state.withLock { state in
            guard state.next < state.filled.count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    func fill(_ index: Int, with value: Value) {
        state.withLock { $0.filled[index] = value }
    }

    var results: [Value] { state.withLock { $0.filled.map { $0! } } }
}
