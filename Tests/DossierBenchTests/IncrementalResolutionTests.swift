import DossierBench
@testable import DossierCore
import Foundation
import GRDB
import Testing

/// On a generated corpus, whose names recur across articles as real ones do (surnames, acronyms, suffixes), an
/// index updated after files change, vanish and appear resolves exactly the entities a fresh index does.
struct IncrementalResolutionTests {
    static let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: try! EntityTagger.shipped()))

    /// Each file's mentions with their entities, and every entity with its names, counts and articles.
    func fingerprint(_ collection: IndexedCollection) -> [String] {
        fingerprint(summaries: collection.summaries, entities: collection.entities, mentions: collection.mentions)
    }

    func fingerprint(summaries: [ArticleSummary], entities: [Entity], mentions: any MentionSource) -> [String] {
        summaries.map { summary in
            summary.path + " " + mentions.mentions(in: summary.id)
                .map { "\($0.entity):\($0.mention.part.number):\($0.mention.range)" }.joined(separator: ",")
        } + entities.sorted { $0.id < $1.id }.map { entity in
            "\(entity.id) \(entity.canonicalName) \(entity.aliases) \(entity.mentionCount) \(entity.articles)"
        }
    }

    @Test func anUpdatedIndexResolvesAsAFreshOne() throws {
        let (folder, generator, paths) = try corpus(seed: 7, articles: 120, indexes: ["index", "fresh"])
        let (indexPath, freshPath) = (paths[0], paths[1])
        defer { removeIndexes(paths) }
        let before = try IndexedCollection.open([folder.url.path], indexPath: indexPath, analyser: Self.analyser, workers: 2)
        #expect(before.entities.contains { $0.articles.count > 10 })

        let bad = generator.badFiles(inCorpusOf: 120)
        let good = (0..<120).filter { bad[$0] == nil }
        for file in good.prefix(8) {
            try Data(generator.article(at: file, revision: 1).text.utf8).write(to: folder.url.appendingPathComponent(generator.relativePath(ofFile: file)))
        }
        for file in good.suffix(4) { try FileManager.default.removeItem(at: folder.url.appendingPathComponent(generator.relativePath(ofFile: file))) }
        for extra in 0..<4 {
            try Data(generator.article(at: 500 + extra).text.utf8).write(to: folder.url.appendingPathComponent("added-\(extra).txt"))
        }
        let updated = try IndexedCollection.open([folder.url.path], indexPath: indexPath, analyser: Self.analyser, workers: 2)
        #expect(updated.update.analysed == 12)
        #expect(updated.update.removed == 4)
        let fresh = try IndexedCollection.open([folder.url.path], indexPath: freshPath, analyser: Self.analyser, workers: 2)
        #expect(fingerprint(updated) == fingerprint(fresh))
        #expect(fingerprint(updated) != fingerprint(before))
        // And both equal resolving every article in memory, one mention at a time.
        let loaded = CollectionLoader().load([folder.url.path]).articles
        let resolution = Self.analyser.extractor.entities(loaded)
        #expect(fingerprint(fresh) == fingerprint(summaries: loaded.map(\.summary), entities: resolution.entities, mentions: resolution.mentions))
    }

    /// Rounds of small updates (each resolved through a `ResolutionPlan`: files rewritten, replaced by other
    /// articles, removed and added) store exactly what resolving every name again from the same tallies stores:
    /// the same entity rows, none left over, and the same occurrences.
    @Test func smallUpdatesStoreWhatAFullResolutionStores() throws {
        let (folder, generator, paths) = try corpus(seed: 5, articles: 150, indexes: ["index", "full"])
        let (indexPath, fullPath) = (paths[0], paths[1])
        defer { removeIndexes(paths) }
        _ = try IndexedCollection.open([folder.url.path], indexPath: indexPath, analyser: Self.analyser, workers: 2)
        let good = (0..<150).filter { generator.badFiles(inCorpusOf: 150)[$0] == nil }
        func write(_ article: GeneratedArticle, to file: String) throws {
            try Data(article.text.utf8).write(to: folder.url.appendingPathComponent(file))
        }
        for round in 0..<3 {
            let files = good.dropFirst(7 * round).prefix(7).map(generator.relativePath(ofFile:))
            try write(generator.article(at: good[7 * round], revision: round + 1), to: files[0])
            try write(generator.article(at: 1_000 + round), to: files[1])
            try write(generator.article(at: 2_000 + round), to: files[2])
            try FileManager.default.removeItem(at: folder.url.appendingPathComponent(files[3]))
            try write(generator.article(at: 3_000 + round), to: "added-\(round).txt")
            let updated = try IndexedCollection.open([folder.url.path], indexPath: indexPath, analyser: Self.analyser, workers: 2)
            #expect(updated.update.analysed == 4)

            removeIndexes([fullPath])
            try DatabaseQueue(path: indexPath).backup(to: DatabaseQueue(path: fullPath))
            try DatabaseQueue(path: fullPath).write { db in
                try db.execute(sql: "DELETE FROM occurrence; DELETE FROM entity; DELETE FROM entity_form; DELETE FROM name_decision; INSERT OR IGNORE INTO dirty (key) SELECT key FROM name")
            }
            _ = try IndexedCollection.open([folder.url.path], indexPath: fullPath, analyser: Self.analyser, workers: 2)
            let (stored, full) = (try storedRows(indexPath), try storedRows(fullPath))
            #expect(stored.entities.count > 300)
            #expect(stored.entities == full.entities, "round \(round)")
            #expect(stored.occurrences == full.occurrences, "round \(round)")
        }
    }

    /// A generated corpus of `articles` in a new folder, and the paths of indexes beside it, one per name.
    func corpus(seed: UInt64, articles: Int, indexes names: [String]) throws -> (CorpusFolder, CorpusGenerator, [String]) {
        let folder = CorpusFolder()
        let generator = CorpusGenerator(seed: seed)
        _ = try generator.write(articles: articles, to: folder.url)
        return (folder, generator, names.map { folder.url.path + "-\($0).sqlite" })
    }

    /// Deletes the index files at `paths` with their write-ahead logs.
    func removeIndexes(_ paths: [String]) {
        for path in paths { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    }

    /// The entity rows (without their row numbers) and the occurrences (with their entities' ids) of an index.
    func storedRows(_ path: String) throws -> (entities: [String], occurrences: [String]) {
        try DatabaseQueue(path: path).read { db in
            (try String.fetchAll(db, sql: """
                SELECT id || '|' || name || '|' || kind || '|' || aliases || '|' || articles || '|' || mentions FROM entity ORDER BY 1
                """),
             try String.fetchAll(db, sql: """
                SELECT o.article || '|' || o.key || '|' || o.person || '|' || e.id || '|' || o.mentions || '|' || o.moved
                FROM occurrence o JOIN entity e ON e.rowid = o.entity ORDER BY 1
                """))
        }
    }

    /// Resolution in many small batches (read and resolved on worker threads, the largest first, stored in turn) and
    /// in one batch store the same, both from nothing and after files change.
    @Test func manySmallBatchesResolveAsOne() throws {
        let (folder, generator, paths) = try corpus(seed: 11, articles: 80, indexes: ["batched", "whole"])
        defer { removeIndexes(paths) }
        func open(_ path: String, batch: Int) throws -> IndexedCollection {
            let index = try CollectionIndex(path: path)
            return try IndexedCollection(index: index, update: index.update([folder.url.path], analyser: Self.analyser, workers: 3,
                                                                            progress: nil, resolutionBatch: batch))
        }
        let batched = try open(paths[0], batch: 50)
        let whole = try open(paths[1], batch: .max)
        #expect(batched.entities.count > 100)
        #expect(fingerprint(batched) == fingerprint(whole))

        let good = (0..<80).filter { generator.badFiles(inCorpusOf: 80)[$0] == nil }
        for file in good.prefix(6) {
            try Data(generator.article(at: file, revision: 1).text.utf8).write(to: folder.url.appendingPathComponent(generator.relativePath(ofFile: file)))
        }
        let batchedAgain = try open(paths[0], batch: 50)
        #expect(batchedAgain.update.analysed == 6)
        #expect(fingerprint(batchedAgain) == fingerprint(try open(paths[1], batch: .max)))
        #expect(fingerprint(batchedAgain) != fingerprint(batched))
    }
}
