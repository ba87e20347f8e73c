import Foundation
import Synchronization

/// Reads, parses and tags article files for the index, on several threads at once.
public struct ArticleAnalyser: Sendable {
    /// Reads and parses one file.
    public let loader: CollectionLoader
    /// Finds the mentions in a parsed article.
    public let extractor: MentionExtractor

    public init(loader: CollectionLoader = CollectionLoader(), extractor: MentionExtractor) {
        self.loader = loader
        self.extractor = extractor
    }

    /// An article as the index stores it, worked out on the analysing threads (the one writing thread only writes).
    struct Analysed: Sendable {
        var article: Article
        var mentions: ArticleMentions
        var fingerprint: TextFingerprint?
        /// Its site and paragraph fingerprints (`SiteFurniture.prints`).
        var paragraphs: (site: String, paragraphs: [UInt64])
        /// The text the full-text search indexes besides the title.
        var body: String

        init(_ article: Article, extractor: MentionExtractor) {
            self.article = article
            mentions = extractor.mentions(in: article)
            fingerprint = TextFingerprint(of: article)
            paragraphs = SiteFurniture.prints(of: article)
            body = article.readingTexts.filter { $0.part != .title }.map(\.text).joined(separator: "\n")
        }
    }

    /// What became of one file.
    enum Outcome: Sendable {
        /// Parsed and tagged: new, or its bytes changed. A container's records that are not articles are `problems`.
        /// When `continues`, more of the file's articles follow as `continued`.
        case analysed(path: String, signature: FileSignature, digest: String, articles: [Analysed], problems: [LoadProblem], continues: Bool = false)
        /// More articles of a container whose first ones came as `analysed` (with `continues`); with the last of them,
        /// the problems of its records and the digest of its bytes (known once all were read).
        case continued(path: String, articles: [Analysed], last: (problems: [LoadProblem], digest: String)?)
        /// Its time or size changed but its bytes are the ones indexed.
        case touched(path: String, signature: FileSignature)
        /// It could not be read as an article.
        case failed(LoadProblem)
    }

    /// Analyses `files` (each with the digest indexed for it, if any) on `workers` threads; outcomes in file order.
    /// A container of more than `recordChunk` articles is tagged that many at a time, each chunk but the last given
    /// to `deliver` as soon as it is tagged (to be written while the next is tagged), in order.
    func analyse(_ files: [(path: String, digest: String?)], workers: Int, recordChunk: Int = .max,
                 deliver: @escaping @Sendable (Outcome) -> Void = { _ in }) -> [Outcome] {
        files.concurrentMap(workers: workers) {
            analyse($0.path, indexedDigest: $0.digest, workers: workers, recordChunk: recordChunk, deliver: deliver)
        }
    }

    /// Analyses one file; a container's records (a JSON Lines export, a feed) are tagged on `workers` threads, as
    /// one file may hold a whole collection, `recordChunk` at a time (see `analyse(_:workers:recordChunk:deliver:)`).
    func analyse(_ path: String, indexedDigest: String?, workers: Int = 1, recordChunk: Int = .max,
                 deliver: @escaping @Sendable (Outcome) -> Void = { _ in }) -> Outcome {
        guard let signature = FileSignature(path: path) else {
            return .failed(LoadProblem(path: path, reason: RawFile.reason(errno: errno, path: path)))
        }
        let extractor = self.extractor
        @Sendable func tag(_ articles: ArraySlice<Article>) -> [Analysed] {
            Array(articles).concurrentMap(workers: articles.count > 1 ? workers : 1) { Analysed($0, extractor: extractor) }
        }
        // A container's articles are tagged and delivered `recordChunk` at a time, a JSON Lines file's as they are
        // parsed (a large export is never held parsed, or tagged, all at once), another's once it is read. The last
        // chunk is kept for the outcome.
        let streamed = Streamed()
        let chunkSize = recordChunk
        let deliverChunk: @Sendable ([Article]) -> Void = { articles in
            var ready: [(chunk: [Article], first: Bool)] = []
            streamed.state.withLock { state in
                state.pending += articles
                while state.pending.count > chunkSize {
                    ready.append((Array(state.pending.prefix(chunkSize)), !state.delivered))
                    state.pending.removeFirst(chunkSize)
                    state.delivered = true
                }
            }
            for (chunk, first) in ready {
                let tagged = tag(chunk[...])
                let outcome: Outcome = first
                    ? .analysed(path: path, signature: signature, digest: "", articles: tagged, problems: [], continues: true)
                    : .continued(path: path, articles: tagged, last: nil)
                deliver(outcome)
            }
        }
        switch loader.readFile(path, unlessDigest: indexedDigest, workers: workers, articles: deliverChunk) {
        case .failure(let problem):
            // Chunks already written are taken back with the file.
            return .failed(problem)
        case .success(let reading):
            if reading.unchanged { return .touched(path: path, signature: signature) }
            deliverChunk(reading.articles)
            let (last, delivered) = streamed.state.withLock { ($0.pending, $0.delivered) }
            if delivered { return .continued(path: path, articles: tag(last[...]), last: (reading.problems, reading.digest)) }
            guard !last.isEmpty else {
                return .failed(reading.problems.first ?? LoadProblem(path: path, reason: .empty))
            }
            return .analysed(path: path, signature: signature, digest: reading.digest, articles: tag(last[...]), problems: reading.problems)
        }
    }
}

/// A container's articles parsed and not yet delivered, and whether a chunk was, as `ArticleAnalyser` streams them.
private final class Streamed: Sendable {
    let state = Mutex<(pending: [Article], delivered: Bool)>(([], false))
}
