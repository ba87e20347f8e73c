import DossierCore
import Foundation
import GRDB
import Testing

/// The index caches what parsing and tagging found per file and re-analyses only new and changed files; whatever
/// happened between opens, the result equals a fresh index of the same files.
struct CollectionIndexTests {
    @Test func aFreshIndexAgreesWithLoadingEveryFile() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        for seed in ["000_60547e2e5f7a7922.txt", "001_eb7e6b817fb86c01.txt"] {
            try folder.write("seeds/" + seed, Array(try Data(contentsOf: Repository.seeds.appendingPathComponent(seed))))
        }
        let collection = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("index.sqlite").path)
        let loaded = CollectionLoader().load([folder.url.path]).articles
        #expect(collection.summaries == loaded.map(\.summary))
        let expected = MentionExtractor(tagger: IndexFixture.tagger).entities(loaded)
        #expect(IndexFixture.fingerprint(collection)
            == IndexFixture.fingerprint(summaries: loaded.map(\.summary), entities: expected.entities, mentions: expected.mentions))
        #expect(collection.update.analysed == 6)
    }

    @Test func addChangeDeleteAndRenameEqualAFreshIndex() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        try folder.write("e.txt", Array(IndexFixture.article("New terminal opens", person: "Tomasz Wierzbicki",
                                                             organisation: "Baltic Port Council", place: "Gdansk").utf8))
        try folder.write("a.txt", Array(IndexFixture.article("Harbour authority faces audit", person: "Hélène Marchetti",
                                                             organisation: "Northwind Shipping", place: "Hamburg",
                                                             extra: "Auditors from Hamburg joined the inquiry.").utf8))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b.txt"))
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("sub/d.txt"), to: folder.url.appendingPathComponent("sub/renamed.txt"))

        let updated = try IndexFixture.open(folder, index: indexPath)
        #expect(updated.update.analysed == 3)  // e.txt, a.txt, sub/renamed.txt
        #expect(updated.update.removed == 2)  // b.txt, sub/d.txt
        #expect(updated.update.unchanged == 1)  // sub/c.txt
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(updated) == IndexFixture.fingerprint(fresh))
        #expect(updated.entities.contains { $0.canonicalName == "Hamburg" })
        #expect(!updated.summaries.contains { $0.path.hasSuffix("b.txt") })
    }

    /// An update killed after writing its articles but before moving their tallies into place leaves them staged,
    /// their keys dirty; the next update settles them (dropping those of files changed or gone since) and equals a
    /// fresh index.
    @Test func talliesLeftStagedByAnInterruptedUpdateAreSettledByTheNext() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        try DatabaseQueue(path: indexPath).write { db in
            try db.execute(sql: "INSERT INTO tally_staged SELECT key, article, kind, surface, title, count, confirmed, first FROM tally")
            try db.execute(sql: "INSERT OR IGNORE INTO dirty (key) SELECT key FROM tally")
            try db.execute(sql: "DELETE FROM tally")
        }
        try folder.write("a.txt", Array(IndexFixture.article("Harbour authority faces audit", person: "Hélène Marchetti",
                                                             organisation: "Northwind Shipping", place: "Hamburg").utf8))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b.txt"))

        let updated = try IndexFixture.open(folder, index: indexPath)
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(updated) == IndexFixture.fingerprint(fresh))
        let counts = try DatabaseQueue(path: indexPath).read { db in
            try [Int.fetchOne(db, sql: "SELECT count(*) FROM tally_staged"), Int.fetchOne(db, sql: "SELECT count(*) FROM tally"),
                 Int.fetchOne(db, sql: "SELECT count(*) FROM dirty")]
        }
        let freshTallies = try DatabaseQueue(path: folder.url.appendingPathComponent("fresh.sqlite").path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM tally")
        }
        #expect(counts == [0, freshTallies, 0])
    }

    /// Resolution links articles: a new full name claims the surname used alone in an untouched article, and
    /// loses it again when its file goes. Only the linked names are resolved again, and the result equals a fresh
    /// index each time.
    @Test func changesReachTheEntitiesOfUntouchedArticles() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Array("""
            Harbour authority faces audit

            Speaking in Rotterdam on Monday, Mrs. Marchetti said she would ask the shipping company Northwind to review its contracts.

            "We expect answers," Marchetti told reporters. Northwind declined to comment.
            """.utf8))
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        func entity(of surface: String, in collection: IndexedCollection) throws -> EntityID? {
            let summary = try #require(collection.summaries.first { $0.path.hasSuffix("a.txt") })
            return collection.mentions.mentions(in: summary.id).first { $0.mention.surface == surface }?.entity
        }
        let alone = try IndexFixture.open(folder, index: indexPath)
        #expect(try entity(of: "Marchetti", in: alone) == EntityID(canonicalName: "Marchetti"))

        try folder.write("b.txt", Array(IndexFixture.article("Port chief questioned", person: "Hélène Marchetti",
                                                             organisation: "Northwind Group", place: "Gdansk").utf8))
        let joined = try IndexFixture.open(folder, index: indexPath)
        #expect(joined.update.analysed == 1)
        #expect(try entity(of: "Marchetti", in: joined) == EntityID(canonicalName: "Hélène Marchetti"))
        #expect(try entity(of: "Northwind", in: joined) == EntityID(canonicalName: "Northwind Group"))
        #expect(!joined.entities.contains { $0.id == EntityID(canonicalName: "Marchetti") })
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(joined) == IndexFixture.fingerprint(fresh))

        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b.txt"))
        let apart = try IndexFixture.open(folder, index: indexPath)
        #expect(IndexFixture.fingerprint(apart) == IndexFixture.fingerprint(alone))
    }

    /// A titled surname goes to the full name that dominates the collection; when more articles name the other
    /// person, neither dominates and it stays apart. Updated in place, the index equals a fresh one each time.
    @Test func aDominanceDecisionThatFlipsEqualsAFreshIndex() throws {
        let folder = try TemporaryFolder()
        // Both Okonjos are men, so that only dominance (not the title's gender) decides whom `Mr. Okonjo` names.
        for number in 0..<6 {
            try folder.write("peter\(number).txt", Array(IndexFixture.article("Harbour plan \(number) approved", person: "Peter Okonjo",
                                                                            organisation: "Baltic Port Council", place: "Gdansk").utf8))
        }
        try folder.write("samuel.txt", Array(IndexFixture.article("Council hears appeal", person: "Samuel Okonjo",
                                                                organisation: "Northwind Shipping", place: "Rotterdam").utf8))
        try folder.write("mr.txt", Array("""
            Port row deepens

            Speaking in Gdansk on Monday, Mr. Okonjo said the plan would go ahead despite the objections of shippers.
            """.utf8))
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        func entity(of surface: String, in collection: IndexedCollection) throws -> EntityID? {
            let summary = try #require(collection.summaries.first { $0.path.hasSuffix("mr.txt") })
            return collection.mentions.mentions(in: summary.id).first { $0.mention.surface.hasSuffix(surface) }?.entity
        }
        let dominant = try IndexFixture.open(folder, index: indexPath)
        #expect(try entity(of: "Okonjo", in: dominant) == EntityID(canonicalName: "Peter Okonjo"))
        for number in 0..<4 {
            try folder.write("samuel\(number).txt", Array(IndexFixture.article("Appeal \(number) heard", person: "Samuel Okonjo",
                                                                            organisation: "Northwind Shipping", place: "Rotterdam").utf8))
        }
        let even = try IndexFixture.open(folder, index: indexPath)
        #expect(even.update.analysed == 4)
        #expect(try entity(of: "Okonjo", in: even) != EntityID(canonicalName: "Peter Okonjo"))
        #expect(try entity(of: "Okonjo", in: even) != EntityID(canonicalName: "Samuel Okonjo"))
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(even) == IndexFixture.fingerprint(fresh))
        for number in 0..<4 { try FileManager.default.removeItem(at: folder.url.appendingPathComponent("samuel\(number).txt")) }
        let again = try IndexFixture.open(folder, index: indexPath)
        #expect(IndexFixture.fingerprint(again) == IndexFixture.fingerprint(dominant))
    }

    @Test func aHomonymSplitThatAppearsAndGoesEqualsAFreshIndex() throws {
        let folder = try TemporaryFolder()
        try folder.write("city1.txt", Array("Floods hit the city\n\nHeavy rain flooded streets in Carlisle on Monday. The council in Carlisle said roads would reopen.\n".utf8))
        try folder.write("city2.txt", Array("New bridge opens\n\nA new bridge opened near Carlisle on Friday, and traffic in Carlisle eased.\n".utf8))
        try folder.write("club1.txt", Array("Carlisle beat Barnet\n\nCarlisle United won 2-0. Carlisle's manager praised the players after Carlisle beat Barnet.\n".utf8))
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        let one = try IndexFixture.open(folder, index: indexPath)
        #expect(!one.entities.contains { $0.id.rawValue.hasSuffix("(place)") }, "one article confirms the club: no split")
        try folder.write("club2.txt", Array("Cup draw\n\nCarlisle will face Wigan. Carlisle's chairman welcomed the draw and Carlisle's fans cheered.\n".utf8))
        let split = try IndexFixture.open(folder, index: indexPath)
        #expect(split.entities.contains { $0.id == EntityID(rawValue: "carlisle (place)") && $0.kind == .place && $0.articles.count == 2 })
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(split) == IndexFixture.fingerprint(fresh))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("club2.txt"))
        let again = try IndexFixture.open(folder, index: indexPath)
        #expect(IndexFixture.fingerprint(again) == IndexFixture.fingerprint(one))
    }

    @Test func aNewFullNameClaimsATitledSurnameInAnUntouchedArticle() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Array("""
            Harbour audit widens

            The audit covers the budget shortfall, Mr Okoro said: "We will keep working with the auditors."
            """.utf8))
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        func entity(of surface: String, in collection: IndexedCollection) throws -> EntityID? {
            let summary = try #require(collection.summaries.first { $0.path.hasSuffix("a.txt") })
            return collection.mentions.mentions(in: summary.id).first { $0.mention.surface == surface }?.entity
        }
        let alone = try IndexFixture.open(folder, index: indexPath)
        let own = try #require(try entity(of: "Mr Okoro", in: alone))
        #expect(alone.entities.first { $0.id == own }?.canonicalName == "Mr Okoro")

        // No article says `Okoro` alone: only the title links the two names.
        try folder.write("b.txt", Array("""
            Port chief questioned

            Daniel Okoro, the port chief, was questioned in Lagos on Monday about the harbour contracts.
            """.utf8))
        let joined = try IndexFixture.open(folder, index: indexPath)
        #expect(try entity(of: "Mr Okoro", in: joined) == EntityID(canonicalName: "Daniel Okoro"))
        let fresh = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("fresh.sqlite").path)
        #expect(IndexFixture.fingerprint(joined) == IndexFixture.fingerprint(fresh))
    }

    @Test func unchangedFilesAreNotAnalysedAgainAndTouchedOnesOnlyRehashed() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        let first = try IndexFixture.open(folder, index: indexPath)
        let again = try IndexFixture.open(folder, index: indexPath)
        #expect(again.update.analysed == 0)
        #expect(again.update.unchanged == 4)
        let later = Date().addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: folder.url.appendingPathComponent("a.txt").path)
        let touched = try IndexFixture.open(folder, index: indexPath)
        #expect(touched.update.touched == 1)
        #expect(touched.update.analysed == 0)
        #expect(IndexFixture.fingerprint(touched) == IndexFixture.fingerprint(first))
    }

    /// Overlapping roots name some files twice; every copy of an unchanged file is left unchanged.
    @Test func overlappingRootsLeaveUnchangedFilesUnchanged() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let index = try CollectionIndex(path: folder.path("index.sqlite"))
        let roots = [folder.url.path, folder.path("sub")]
        _ = try index.update(roots, analyser: IndexFixture.analyser, workers: 2)
        let again = try index.update(roots, analyser: IndexFixture.analyser, workers: 2)
        #expect(again.files.count == 6)
        #expect(again.unchanged == 6)
        #expect(again.analysed + again.touched + again.removed == 0)
    }

    @Test func marksAreKeptAcrossReindexing() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        let marksPath = folder.url.appendingPathComponent("marks.sqlite").path
        let first = try IndexFixture.open(folder, index: indexPath)
        let starred = try #require(first.summaries.first { $0.path.hasSuffix("sub/c.txt") }).id
        try MarkStore(path: marksPath).apply(.setStarred(true, [starred]))
        try folder.write("b.txt", Array("Completely different text about a regatta on the lake, with no port in sight at all.\n".utf8))
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("sub/d.txt"))
        let updated = try IndexFixture.open(folder, index: indexPath)
        #expect(updated.update.analysed == 1)
        #expect(try MarkStore(path: marksPath).marks(for: starred).isStarred)
        #expect(updated.summaries.contains { $0.id == starred })
    }

    @Test func aFileThatTurnsBadIsAProblemAndLeavesTheIndex() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        try folder.write("b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF])
        let updated = try IndexFixture.open(folder, index: indexPath)
        #expect(updated.update.problems.map(\.path) == [folder.url.appendingPathComponent("b.txt").path])
        #expect(updated.summaries.count == 3)
        #expect(try updated.index.search(SearchQuery("Wierzbicki")).isEmpty)
    }

    @Test func aDamagedIndexIsMovedAsideWithoutReplacingAnOlderOneAndRebuilt() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        // The schema page of Dossier's own index overwritten (its header, with the application id, intact).
        var bytes = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        #expect(bytes[68..<72] == Data([0x44, 0x6F, 0x73, 0x73]))
        bytes.replaceSubrange(100..<4096, with: Data(repeating: 0xA5, count: 3996))
        try bytes.write(to: URL(fileURLWithPath: indexPath))
        let older = Data("an older damaged index".utf8)
        try older.write(to: URL(fileURLWithPath: indexPath + ".damaged"))
        let collection = try IndexFixture.open(folder, index: indexPath)
        #expect(collection.summaries.count == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: indexPath + ".damaged")) == older)
        #expect(try Data(contentsOf: URL(fileURLWithPath: indexPath + ".damaged-2")) == bytes)
    }

    @Test func mentionCountsFromTheIndexAgreeWithItsLinkedMentions() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let collection = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("index.sqlite").path)
        let articles = collection.summaries.map(\.id)
        let index = MentionIndex(entities: collection.entities, articleOrder: articles, mentions: collection.mentions, marks: [:])
        #expect(!index.entities.isEmpty)
        for entity in index.entities {
            #expect(index.mentionCounts(of: entity.id) == index.countingLinkedMentions(of: entity.id, in: articles), "\(entity.canonicalName)")
        }
    }

    @Test func aSearchThatFindsTheIndexDamagedSaysSoAndTheNextOpenRebuildsIt() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        let collection = try IndexFixture.open(folder, index: indexPath)
        #expect(try collection.index.articles(containing: "Wierzbicki").count == 1)
        // The full-text table's blocks overwritten behind the open index (its header and stamp intact) with a fixed
        // byte, which FTS5 reports as corruption (random bytes sometimes made it report "out of memory" instead).
        let queue = try DatabaseQueue(path: indexPath)
        try queue.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, length(block) FROM article_text_data WHERE id > 1") {
                try db.execute(sql: "UPDATE article_text_data SET block = ? WHERE id = ?", arguments: [Data(repeating: 0xA5, count: row[1]), row[0] as Int64])
            }
        }
        try queue.close()
        #expect {
            _ = try collection.index.articles(containing: "Wierzbicki")
        } throws: { error in
            guard case .damaged(let path, _) = error as? IndexError else { return false }
            return path == indexPath && (error as! IndexError).description.contains("rebuilt")
        }
        let lookups = QueryLookups(try Query(parsing: "Wierzbicki"), index: nil, search: collection.index)
        #expect(lookups.failure != nil)
        let rebuilt = try IndexFixture.open(folder, index: indexPath)
        #expect(FileManager.default.fileExists(atPath: indexPath + ".damaged"))
        #expect(!FileManager.default.fileExists(atPath: indexPath + ".rebuild"))
        #expect(try rebuilt.index.articles(containing: "Wierzbicki").count == 1)
    }

    @Test func aFileDossierDidNotMakeIsRefusedAndLeftByteForByte() throws {
        let folder = try TemporaryFolder()
        try IndexFixture.populate(folder)
        let text = folder.url.appendingPathComponent("notes.txt").path
        try Data(String(repeating: "not a database ", count: 400).utf8).write(to: URL(fileURLWithPath: text))
        let other = folder.url.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: other)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE article (title TEXT); CREATE TABLE entity (name TEXT); CREATE TABLE name (key TEXT)")
            try db.execute(sql: "INSERT INTO article VALUES ('mine'); PRAGMA user_version = 7")
        }
        try queue.close()
        for path in [text, other] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect {
                _ = try CollectionIndex(path: path)
            } throws: { error in
                guard case .notAnIndex(let refused, _) = error as? IndexError else { return false }
                return refused == path && (error as! IndexError).description.contains("left untouched")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            #expect(!FileManager.default.fileExists(atPath: path + ".damaged"))
        }
    }
}
