import DossierCore
import Foundation

/// Brings a collection's index up to date on a background thread while the reader runs. Progress and the rebuilt
/// library wait in a lock-protected mailbox that the run loop drains between frames, as actions for `reduce`.
public final class BackgroundIndexer: @unchecked Sendable {  // every mutable property is read and written under `lock`
    private let lock = NSLock()
    private var progress: IndexProgress?
    private var outcome: Action?
    private var running = true
    private var finishedProblems: [LoadProblem] = []

    /// Starts updating `index` for the files under `roots` with `analyser` (on all cores); when the update ends,
    /// builds the library named `name` from it.
    public init(index: CollectionIndex, roots: [String], analyser: ArticleAnalyser, name: String) {
        Thread.detachNewThread { [self] in
            let outcome: Action
            var problems: [LoadProblem] = []
            do throws(IndexError) {
                let update = try index.update(roots, analyser: analyser) { report in
                    self.lock.withLock { self.progress = report }
                }
                problems = update.problems
                let library = Library(name: name, collection: try IndexedCollection(index: index, update: update))
                outcome = .libraryUpdated(LibraryUpdate(library: library, problemCount: problems.count))
            } catch {
                outcome = .indexingFailed(error.description)
            }
            lock.withLock {
                self.outcome = outcome
                finishedProblems = problems
            }
        }
    }

    /// Whether the reader has yet to receive the update's outcome.
    public var isRunning: Bool { lock.withLock { running } }

    /// The files that could not be read or walked, once the update has ended.
    public var problems: [LoadProblem] { lock.withLock { finishedProblems } }

    /// What arrived since the last call: the latest progress, then the outcome when the update has ended.
    public func drain() -> [Action] {
        lock.withLock {
            var actions: [Action] = []
            if let progress { actions.append(.indexProgress(progress)) }
            if let outcome {
                actions.append(outcome)
                running = false
            }
            progress = nil
            outcome = nil
            return actions
        }
    }
}
