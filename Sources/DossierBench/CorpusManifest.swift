import DossierCore
import Foundation

/// What a generated corpus holds: how many files and articles, which files are bad, how many words and bytes,
/// and the entities used most, so that a benchmark can open a known entity and check what it finds. Written as
/// `manifest.json` beside the article folders (the loader reads only `.txt` files, so it ignores it).
public struct CorpusManifest: Codable, Sendable, Equatable {
    /// The seed the corpus was made with.
    public var seed: UInt64
    /// Files written, bad files included.
    public var fileCount: Int
    /// Files that hold an article: all but the binary and empty ones.
    public var articleCount: Int
    /// The bad files, in file order.
    public var badFiles: [BadFile]
    /// Words of body prose over all articles.
    public var wordCount: Int
    /// Bytes over all files.
    public var byteCount: Int
    /// How many different people, organisations and places the articles name.
    public var entityCount: Int
    /// The story entity: the person or organisation about half the articles are about.
    public var storyEntity: EntityUsage
    /// The most used entities, most articles first (ties by name).
    public var topEntities: [EntityUsage]

    /// A file that is not a readable article.
    public struct BadFile: Codable, Sendable, Equatable {
        /// The path inside the corpus folder, as `0000/0000123_9f2c01ab.txt`.
        public var path: String
        public var kind: BadFileKind
    }

    /// An entity and the number of articles that name it.
    public struct EntityUsage: Codable, Sendable, Equatable {
        /// The full name, as the first mention in an article writes it.
        public var name: String
        public var kind: EntityKind
        /// Shorter names articles use after the first mention: a surname, `Ms Marchetti`, initials.
        public var aliases: [String]
        /// Articles that name the entity.
        public var articleCount: Int
    }
}

extension CorpusManifest {
    /// The manifest as pretty JSON with sorted keys, ending with a newline.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }
}
