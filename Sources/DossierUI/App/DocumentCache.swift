import DossierCore
import Foundation

/// The last reading document built, with what it was built from. Building a document wraps every line and, on an
/// entity page, reads and splits the articles shown; the state asks for it on every key and every frame.
final class DocumentCache: @unchecked Sendable {  // every access holds the lock
    /// Everything a document depends on. `revision` stands for the library, marks and raw texts: it is unique
    /// to one version of them, so two states never share a key unless they show the same thing.
    struct Key: Hashable {
        var revision: Int
        var page: Page?
        var raw: Bool
        var width: Int
        var shownArticles: Int
        var unfolded: Set<Int>
        var highlight: EntityID?
    }

    private let lock = NSLock()
    private var key: Key?
    private var document: ReadingDocument?

    /// The document for `key`, built by `build` unless it is the one kept.
    func document(for key: Key, build: () -> ReadingDocument) -> ReadingDocument {
        if let kept = lock.withLock({ self.key == key ? document : nil }) { return kept }
        let built = build()
        lock.withLock {
            self.key = key
            document = built
        }
        return built
    }
}

/// Numbers handed out once each, process-wide, to tell versions of state apart.
enum Revision {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var last = 0

    /// A number never handed out before.
    static func next() -> Int {
        lock.withLock {
            last += 1
            return last
        }
    }
}
