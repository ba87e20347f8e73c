import DossierCore
import Foundation

/// Brings a collection's index up to date on a background thread while the reader runs: first the collection as
/// the index already holds it, then progress, then the updated collection, each posted to a lock-protected mailbox
/// that the run loop drains between frames, as actions for `reduce`.
public final class BackgroundIndexer: @unchecked Sendable {  // every mutable property is read and written under `lock`
    private let lock = NSLock()
    private var pending: [Action] = []
    private var finished = false
    private var running = true
    private var finishedProblems: [LoadProblem] = []

    /// Starts reading what `index` holds and updating it for the files under `roots` with `analyser` (on all
    /// cores); libraries are built under the name `name`, with the entity corrections `entityMarks` applied here
    /// rather than on the reader's thread (the reader applies later corrections itself).
    public init(index: CollectionIndex, roots: [String], analyser: ArticleAnalyser, name: String,
                entityMarks: [EntityID: EntityMarks] = [:]) {
        Thread.detachNewThread { [self] in
            do throws(IndexError) {
                // The list first, then the entities the index holds, then the update.
                let articles = try Library.articlesOnly(name: name, index: index, loader: analyser.loader)
                if !articles.summaries.isEmpty {
                    post(.libraryUpdated(LibraryUpdate(library: articles, problemCount: 0, isComplete: false)))
                }
                if !articles.summaries.isEmpty {
                    let cached = try articles.withEntities(of: index, loader: analyser.loader, entityMarks: entityMarks)
                    post(.libraryUpdated(LibraryUpdate(library: cached, problemCount: 0, isComplete: false)))
                }
                let update = try index.update(roots, analyser: analyser) { report in self.post(.indexProgress(report)) }
                let library = Library(name: name, collection: try IndexedCollection(index: index, update: update, loader: analyser.loader), entityMarks: entityMarks)
                lock.withLock { finishedProblems = update.problems }
                post(.libraryUpdated(LibraryUpdate(library: library, problemCount: update.problems.count, isComplete: true)))
                // A search is likely next; it should not wait for the lengths (a failure here shows when searching).
                try? index.prepareSearch()
            } catch {
                post(.indexingFailed(error.description))
            }
            lock.withLock { finished = true }
        }
    }

    /// Whether the reader has yet to receive the update's outcome.
    public var isRunning: Bool { lock.withLock { running } }

    /// The files that could not be read or walked, once the update has ended.
    public var problems: [LoadProblem] { lock.withLock { finishedProblems } }

    /// What arrived since the last call, in order (only the latest of consecutive progress reports).
    public func drain() -> [Action] {
        lock.withLock {
            let actions = pending
            pending = []
            if finished { running = false }
            return actions
        }
    }

    private func post(_ action: Action) {
        lock.withLock {
            if case .indexProgress = action, case .indexProgress? = pending.last { pending.removeLast() }
            pending.append(action)
        }
    }
}
