import Foundation
import GRDB
import Synchronization
import Testing
@testable import DossierCore

/// A container file indexes one article a record, addressed `FILE#N`, and leaves the index whole when it changes.
struct ContainerIndexTests {
    static func record(_ title: String, person: String, place: String) -> String {
        let text = IndexFixture.article(title, person: person, organisation: "Northwind Shipping", place: place)
        let body = text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        let escaped = body.replacingOccurrences(of: "\n", with: "\\n")
        return #"{"title": "\#(title)", "text": "\#(escaped)"}"#
    }

    @Test func recordsAreArticlesInFileOrderAndFollowChanges() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let lines = [Self.record("Harbour audit widens", person: "Miriam Castellano", place: "Rotterdam"),
                     "not JSON",
                     Self.record("Ferries return to Gdansk", person: "Tomasz Wierzbicki", place: "Gdansk")]
        let feed = try folder.write("b2.jsonl", lines.joined(separator: "\n"))
        let index = folder.path("index.sqlite")
        let first = try IndexFixture.open(folder, index: index)
        #expect(first.summaries.map { String($0.path.dropFirst(folder.url.path.count + 1)) } == ["a.txt", "b.txt", "b2.jsonl#1", "b2.jsonl#3", "sub/c.txt", "sub/d.txt"])
        #expect(first.update.problems.map(\.path) == [feed + "#2"])
        #expect(first.entities.contains { $0.canonicalName == "Tomasz Wierzbicki" && $0.articles.count == 2 })
        let loaded = try #require(IndexedCollection.article(first.summaries[3]))
        #expect(loaded.title == "Ferries return to Gdansk")

        try folder.write("b2.jsonl", lines[0])
        let second = try IndexFixture.open(folder, index: index)
        #expect(second.summaries.filter { $0.path.hasPrefix(feed) }.map(\.path) == [feed + "#1"])
        #expect(second.entities.contains { $0.canonicalName == "Tomasz Wierzbicki" && $0.articles.count == 1 })
        let fresh = try IndexFixture.open(folder, index: folder.path("fresh.sqlite"))
        #expect(fresh.entities == second.entities)
    }

    @Test func aContainerWrittenInChunksIsTheIndexWrittenWhole() throws {
        let people = ["Miriam Castellano", "Tomasz Wierzbicki", "Hélène Marchetti", "Joaquim Duarte", "Aiko Tanabe", "Ruth Okafor", "Lars Edvardsen"]
        let places = ["Rotterdam", "Gdansk", "Antwerp", "Lisbon", "Osaka", "Lagos", "Bergen"]
        func write(_ folder: TemporaryFolder, edited: Bool) throws {
            let lines = people.indices.map { index in
                Self.record((edited && index == 5 ? "Revised: " : "") + "Port story \(index)", person: people[index], place: places[index])
            }
            try folder.write("export.jsonl", (lines + ["not JSON"]).joined(separator: "\n"))
        }
        let folder = try TemporaryFolder()
        try write(folder, edited: false)
        let roots = [folder.url.path]
        func open(_ name: String, chunk: Int) throws -> IndexedCollection {
            let index = try CollectionIndex(path: folder.path(name))
            let update = try index.update(roots, analyser: IndexFixture.analyser, workers: 2, progress: nil, resolutionBatch: IndexResolution.batchTallies,
                                          recordChunk: chunk)
            return try IndexedCollection(index: index, update: update, loader: IndexFixture.analyser.loader)
        }
        let whole = try open("whole.sqlite", chunk: .max)
        let chunked = try open("chunked.sqlite", chunk: 3)
        #expect(chunked.summaries.count == 7 && chunked.update.analysed == 1 && chunked.update.problems.count == 1)
        #expect(IndexFixture.fingerprint(chunked) == IndexFixture.fingerprint(whole))
        // A record edited in the last chunk: the article it became is known, as for a file of one article.
        let before = chunked.summaries[5].id
        try write(folder, edited: true)
        let again = try open("chunked.sqlite", chunk: 3)
        #expect(again.summaries[5].title == "Revised: Port story 5")
        #expect(try again.index.successions()[before] == again.summaries[5].id)
        #expect(IndexFixture.fingerprint(again) == IndexFixture.fingerprint(try open("fresh.sqlite", chunk: .max)))

        // An update stopped after a container's first chunk was written leaves the file to be read again.
        let stopped = try CollectionIndex(path: folder.path("stopped.sqlite"))
        let delivered = Mutex<[ArticleAnalyser.Outcome]>([])
        _ = IndexFixture.analyser.analyse([(folder.path("export.jsonl"), nil)], workers: 2, recordChunk: 3) { chunk in
            delivered.withLock { $0.append(chunk) }
        }
        let first = try #require(delivered.withLock { $0.first })
        try stopped.pool.write { db in
            var keys = NameKey.Memo()
            var continuing: [String: IndexRows.Continuing] = [:]
            try IndexRows.store([first], keys: &keys, continuing: &continuing, recordArrivals: false, counting: true, db)
        }
        let update = try stopped.update(roots, analyser: IndexFixture.analyser, workers: 2, progress: nil,
                                        resolutionBatch: IndexResolution.batchTallies, recordChunk: 3)
        #expect(update.analysed == 1 && update.touched == 0)
        let resumed = try IndexedCollection(index: stopped, update: update, loader: IndexFixture.analyser.loader)
        #expect(IndexFixture.fingerprint(resumed) == IndexFixture.fingerprint(again))
    }
}
