import DossierCore
import DossierUI
import Foundation
import Synchronization

/// Brings a collection's index up to date on a background thread while the reader runs: first the collection as
/// the index already holds it, then progress, then the updated collection, each posted to a mailbox that the run
/// loop drains between frames.
public final class BackgroundIndexer: Sendable {
    /// What the indexer posts.
    public enum Event: Sendable {
        /// How far the update has come.
        case progress(IndexProgress)
        /// The collection as the index holds it (`isComplete` false: before the update has finished).
        case collection(OpenCollection, problemCount: Int, isComplete: Bool)
        /// The update stopped with this error.
        case failed(String)
    }

    private struct Mailbox {
        var pending: [Event] = []
        var finished = false
        var running = true
        var problems: [LoadProblem] = []
    }

    private let mailbox = Mutex(Mailbox())
    private let cancellation = Cancellation()

    /// Starts reading what `index` holds and updating it for the files under `roots` with `analyser` (on all
    /// cores); collections are named `name` and cross-linked under the entity corrections `entityMarks`, here
    /// rather than on the reader's thread (the run loop applies later corrections itself).
    public init(index: CollectionIndex, roots: [String], analyser: ArticleAnalyser, name: String,
                entityMarks: [EntityID: EntityMarks] = [:]) {
        Thread.detachNewThread { [self] in
            do throws(IndexError) {
                // The list first, then the entities the index holds, then the update.
                let articles = try OpenCollection.articlesOnly(name: name, index: index, loader: analyser.loader)
                if !articles.summaries.isEmpty {
                    post(.collection(articles, problemCount: 0, isComplete: false))
                    post(.collection(try articles.withEntities(of: index, entityMarks: entityMarks), problemCount: 0, isComplete: false))
                    // The first article opened should not wait for the site furniture to be counted.
                    _ = try? index.siteFurniture()
                }
                let update = try index.update(roots, analyser: analyser, cancellation: cancellation) { report in self.post(.progress(report)) }
                let indexed = try IndexedCollection(index: index, update: update, loader: analyser.loader)
                let collection = OpenCollection(name: name, collection: indexed, entityMarks: entityMarks)
                mailbox.withLock { $0.problems = update.problems }
                post(.collection(collection, problemCount: update.problems.count, isComplete: true))
                // A search is likely next, and an article read: neither should wait for what it reads of the whole index
                // (a failure here shows when searching or reading).
                try? index.prepareSearch()
                _ = try? index.siteFurniture()
            } catch .cancelled {
                // Asked to stop: nothing more to tell.
            } catch {
                post(.failed(error.description))
            }
            mailbox.withLock { $0.finished = true }
        }
    }

    /// Stops the update at its next batch; what it committed stays, and the next update goes on from there.
    public func cancel() { cancellation.cancel() }

    /// Whether the reader has yet to receive the update's outcome.
    public var isRunning: Bool { mailbox.withLock { $0.running } }

    /// The files that could not be read or walked, once the update has ended.
    public var problems: [LoadProblem] { mailbox.withLock { $0.problems } }

    /// What arrived since the last call, in order (only the latest of consecutive progress reports).
    public func drain() -> [Event] {
        mailbox.withLock { mailbox in
            let events = mailbox.pending
            mailbox.pending = []
            if mailbox.finished { mailbox.running = false }
            return events
        }
    }

    private func post(_ event: Event) {
        mailbox.withLock { mailbox in
            if case .progress = event, case .progress? = mailbox.pending.last { mailbox.pending.removeLast() }
            mailbox.pending.append(event)
        }
    }
}
