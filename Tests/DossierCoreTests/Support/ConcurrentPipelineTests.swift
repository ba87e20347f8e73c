@testable import DossierCore
import Foundation
import Synchronization
import Testing

/// Work spread over threads comes back in order, bounded, and stops on the first failure.
struct ConcurrentPipelineTests {
    private struct Stop: Error {}

    /// Counts calls from several threads.
    private final class Counter: Sendable {
        private let value = Atomic(0)
        func increment() { value.add(1, ordering: .relaxed) }
        var count: Int { value.load(ordering: .relaxed) }
    }

    @Test func resultsAreConsumedInOrder() {
        var consumed: [Int] = []
        Array(0..<200).concurrentPipeline(workers: 3, ahead: 2) { number in
            usleep(UInt32(number % 7) * 100)  // uneven work, so that later elements often finish first
            return number * number
        } consume: { consumed.append($0) }
        #expect(consumed == (0..<200).map { $0 * $0 })
    }

    @Test func aFailingConsumerStopsTheWork() {
        let started = Counter()
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try Array(0..<1_000).concurrentPipeline(workers: 2, ahead: 3) { number in
                started.increment()
                return number
            } consume: { number in
                if number == 5 { throw Stop() }
                consumed.append(number)
            }
        }
        #expect(consumed == [0, 1, 2, 3, 4])
        // Element 5 and at most `ahead` past it were made, one more at most per worker waiting for its turn.
        #expect(started.count <= 5 + 1 + 3 + 2)
    }

    @Test func bothSidesOfConcurrentlyAreReturnedOrThrown() throws {
        let (first, second) = try concurrently({ (1...100).reduce(0, +) }) { "here" }
        #expect(first == 5_050 && second == "here")
        #expect(throws: Stop.self) { try concurrently({ () throws -> Int in throw Stop() }) { 1 } }
    }
}
