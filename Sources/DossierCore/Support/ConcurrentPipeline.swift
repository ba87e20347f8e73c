import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element on up to `workers` other threads while this thread gives the results to
    /// `consume` in the elements' order, each as soon as it and those before it are ready; no more than `ahead`
    /// results are made before their turn, which bounds memory. When `consume` throws, no further element is started,
    /// the ones in hand are finished and dropped, and the error is rethrown.
    func concurrentPipeline<Result: Sendable>(workers: Int, ahead: Int, _ transform: @escaping @Sendable (Element) -> Result,
                                              consume: (Result) throws -> Void) rethrows {
        guard !isEmpty else { return }
        let queue = PipelineQueue<Result>(ahead: Swift.max(1, ahead))
        let elements = self
        let done = DispatchGroup()
        // Threads of their own, not a shared pool's: this thread waits for them, which must not wait on a pool that
        // other waiting work has filled.
        for _ in 0..<Swift.max(1, Swift.min(workers, count)) {
            done.enter()
            Thread {
                while let index = queue.claim(below: elements.count) { queue.put(transform(elements[index]), at: index) }
                done.leave()
            }.start()
        }
        defer {
            queue.stop()
            done.wait()
        }
        for index in indices { try consume(queue.take(index)) }
    }
}

/// The results of a pipeline between the threads that make them and the one that takes them in order.
private final class PipelineQueue<Value: Sendable>: @unchecked Sendable {  // every access holds `condition` (a Mutex cannot wait)
    private let condition = NSCondition()
    private let ahead: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var ready: [Int: Value] = [:]

    init(ahead: Int) { self.ahead = ahead }

    /// The next element to make, once it is no more than `ahead` past the one taken; nil when none is left or the
    /// pipeline stopped.
    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && next < count && next >= taken + ahead { condition.wait() }
        guard !stopped, next < count else { return nil }
        defer { next += 1 }
        return next
    }

    func put(_ value: Value, at index: Int) {
        condition.lock()
        ready[index] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result at `index` (the next in order) and takes it.
    func take(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        taken = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    /// Starts no further element.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}

/// `first` run on a thread of its own while `second` runs on this one, and both results.
func concurrently<First: Sendable, Second>(_ first: @escaping @Sendable () throws -> First,
                                           _ second: () throws -> Second) throws -> (First, Second) {
    let box = ResultBox<First>()
    let done = DispatchGroup()
    done.enter()
    Thread {
        let result = Result { try first() }
        box.result.withLock { $0 = result }
        done.leave()
    }.start()
    let other = Result { try second() }
    done.wait()
    return (try box.result.withLock { $0! }.get(), try other.get())
}

/// Where the other thread of `concurrently` leaves its result.
private final class ResultBox<Value: Sendable>: Sendable {
    let result = Mutex<Result<Value, any Error>?>(nil)
}
