@testable import DossierCore
import Foundation
import Testing

/// An index update can be stopped: it stops at its next step, keeps what it committed, and the next update goes
/// on to what a whole update would have made.
struct IndexCancellationTests {
    @Test func aCancelledUpdateStopsBeforeAnalysingAndTheNextOneDoesItAll() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let index = try CollectionIndex(path: folder.url.appendingPathComponent("index.sqlite").path)
        let cancellation = Cancellation()
        cancellation.cancel()
        #expect(throws: IndexError.cancelled) {
            try index.update([folder.url.path], analyser: IndexFixture.analyser, workers: 2, cancellation: cancellation)
        }
        #expect(try index.summariesByPath().isEmpty)
        let update = try index.update([folder.url.path], analyser: IndexFixture.analyser, workers: 2)
        #expect(update.analysed == 4)
    }

    @Test func anUpdateCancelledWhileResolvingLeavesTheNamesForTheNextUpdate() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let path = folder.url.appendingPathComponent("index.sqlite").path
        let index = try CollectionIndex(path: path)
        let cancellation = Cancellation()
        // Cancelled once the files are written and linking starts: resolution stops at its first batch.
        #expect(throws: IndexError.cancelled) {
            try index.update([folder.url.path], analyser: IndexFixture.analyser, workers: 2, progress: { report in
                if report.isLinking { cancellation.cancel() }
            }, resolutionBatch: 1, cancellation: cancellation)
        }
        #expect(try index.summariesByPath().count == 4, "the analysed files were committed")
        let resumed = try IndexedCollection.open([folder.url.path], indexPath: path, analyser: IndexFixture.analyser, workers: 2)
        #expect(resumed.update.analysed == 0, "nothing is analysed again")
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(resumed) == IndexFixture.fingerprint(fresh))
        #expect(!resumed.entities.isEmpty)
    }
}
