import DossierCore
import Foundation

/// Makes deterministic corpora of scraped news articles for benchmarks: the same seed and article count give
/// byte-identical files. Every article can also be made alone, by its index, and in later revisions.
///
/// ```swift
/// let generator = CorpusGenerator(seed: 42)
/// let manifest = try generator.write(articles: 100_000, to: URL(fileURLWithPath: "/tmp/corpus"))
/// let story = manifest.storyEntity.name          // in about half of the articles
/// let touched = generator.article(at: 17, revision: 1).text
/// ```
public struct CorpusGenerator: Sendable {
    /// The seed everything in the corpus derives from.
    public let seed: UInt64
    /// Article files per subfolder.
    public static let filesPerFolder = 1_000
    let pool: CorpusNamePool

    /// A generator for the corpus of `seed`.
    public init(seed: UInt64) {
        self.seed = seed
        pool = CorpusNamePool(seed: seed)
    }

    /// The story entity: the person or organisation in about half of the articles.
    public var storyEntity: (name: String, kind: EntityKind, aliases: [String]) {
        let entity = pool.entities[pool.top]
        return (entity.name, entity.kind, entity.aliases)
    }

    /// Article `index`. Revision 0 is the article as first written; a later revision is the same article with
    /// an update paragraph, for benchmarks that change files on disk.
    public func article(at index: Int, revision: Int = 0) -> GeneratedArticle {
        CorpusComposer(pool: pool, seed: seed).compose(index: index, revision: revision)
    }

    /// The path of file `index` inside a corpus folder: `0000/0000123_9f2c01ab.txt`, a thousand files a folder.
    public func relativePath(ofFile index: Int) -> String {
        var random = CorpusRandom(seed: seed, stream: UInt64(index), .max)
        let folder = Self.padded(index / Self.filesPerFolder, width: 4)
        let hash = String(random.next() >> 32, radix: 16)
        return "\(folder)/\(Self.padded(index, width: 7))_\(String(repeating: "0", count: 8 - hash.count))\(hash).txt"
    }

    /// The bad files of a corpus of `count` files, by file index.
    public func badFiles(inCorpusOf count: Int) -> [Int: BadFileKind] {
        CorpusBadFiles.plan(count: count, seed: seed)
    }

    /// The bytes of file `index` in a corpus of `count` files: the article, or a bad file where the plan puts one.
    public func contents(ofFile index: Int, inCorpusOf count: Int) -> [UInt8] {
        file(index, kind: badFiles(inCorpusOf: count)[index]).bytes
    }

    /// Writes a corpus of `articles` files into `folder` (created if missing, and otherwise empty), one file at a
    /// time, calling `progress` with the number of files written after each subfolder.
    public func write(articles count: Int, to folder: URL, progress: ((Int) -> Void)? = nil) throws(CorpusError) -> CorpusManifest {
        let root = folder.path
        try Self.prepare(root)
        let plan = badFiles(inCorpusOf: count)
        var usage = [Int](repeating: 0, count: pool.entities.count)
        var words = 0, bytes = 0, articles = 0
        var badFiles: [CorpusManifest.BadFile] = []
        var currentFolder = -1
        for index in 0..<count {
            let relative = relativePath(ofFile: index)
            if index / Self.filesPerFolder != currentFolder {
                if currentFolder >= 0 { progress?(index) }
                currentFolder = index / Self.filesPerFolder
                try Self.makeFolder(root + "/" + relative.prefix { $0 != "/" })
            }
            let kind = plan[index]
            let made = file(index, kind: kind)
            try Self.writeFile(root + "/" + relative, made.bytes)
            bytes += made.bytes.count
            if let kind { badFiles.append(.init(path: relative, kind: kind)) }
            if kind?.holdsArticle ?? true {
                articles += 1
                words += made.article.proseWordCount
                for id in made.article.entityIDs { usage[id] += 1 }
            }
        }
        if count > 0 { progress?(count) }
        let manifest = manifest(files: count, articles: articles, badFiles: badFiles, words: words, bytes: bytes, usage: usage)
        try Self.writeFile(root + "/manifest.json", Array(manifest.json.utf8))
        return manifest
    }

    /// The article at `index` and the bytes its file holds.
    private func file(_ index: Int, kind: BadFileKind?) -> (article: GeneratedArticle, bytes: [UInt8]) {
        let article = article(at: index)
        guard let kind else { return (article, Array(article.text.utf8)) }
        var random = CorpusRandom(seed: seed, stream: UInt64(index), .max - 1)
        return (article, CorpusBadFiles.bytes(kind, article: article, &random))
    }

    private func manifest(files: Int, articles: Int, badFiles: [CorpusManifest.BadFile], words: Int, bytes: Int,
                          usage: [Int]) -> CorpusManifest {
        func entry(_ id: Int) -> CorpusManifest.EntityUsage {
            let entity = pool.entities[id]
            return .init(name: entity.name, kind: entity.kind, aliases: entity.aliases, articleCount: usage[id])
        }
        let used = usage.indices.filter { usage[$0] > 0 }
        let top = used.sorted { usage[$0] != usage[$1] ? usage[$0] > usage[$1] : pool.entities[$0].name < pool.entities[$1].name }
        return CorpusManifest(seed: seed, fileCount: files, articleCount: articles, badFiles: badFiles, wordCount: words,
                              byteCount: bytes, entityCount: used.count, storyEntity: entry(pool.top),
                              topEntities: top.prefix(25).map(entry))
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
