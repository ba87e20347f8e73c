import DossierCore

/// A library built by the background index update, as an action carries it. `Action` must stay `Hashable` (tests
/// compare actions and effects), and a whole `Library` is neither cheap nor meaningful to hash or compare, so an
/// update is one value identified by a generation number no other update has had.
public struct LibraryUpdate: Hashable, Sendable {
    /// The collection as the update left it, before the reader's entity corrections.
    public let library: Library
    /// How many files could not be read or walked.
    public let problemCount: Int
    /// Whether the update has finished; before, the library is what the index held when the reader opened.
    public let isComplete: Bool
    private let generation = Revision.next()

    public init(library: Library, problemCount: Int, isComplete: Bool = true) {
        self.library = library
        self.problemCount = problemCount
        self.isComplete = isComplete
    }

    public static func == (lhs: LibraryUpdate, rhs: LibraryUpdate) -> Bool { lhs.generation == rhs.generation }

    public func hash(into hasher: inout Hasher) { hasher.combine(generation) }
}
