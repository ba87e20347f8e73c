import DossierCore

/// A library built by the run loop (the background index update, or the reader's corrections applied), as an
/// action carries it. `Action` must stay `Hashable` (tests compare actions and effects), and a whole `Library` is
/// neither cheap nor meaningful to hash or compare, so an update is identified by a generation number its maker
/// gives it, different for each update it makes.
public struct LibraryUpdate: Hashable, Sendable {
    /// The collection as the update left it, before the reader's entity corrections.
    public let library: Library
    /// How many files could not be read or walked.
    public let problemCount: Int
    /// Whether the update has finished; before, the library is what the index held when the reader opened.
    public let isComplete: Bool
    /// Which of its maker's updates this is.
    public let generation: Int

    public init(library: Library, problemCount: Int, isComplete: Bool = true, generation: Int = 0) {
        self.library = library
        self.problemCount = problemCount
        self.isComplete = isComplete
        self.generation = generation
    }

    public static func == (lhs: LibraryUpdate, rhs: LibraryUpdate) -> Bool { lhs.generation == rhs.generation }

    public func hash(into hasher: inout Hasher) { hasher.combine(generation) }
}
