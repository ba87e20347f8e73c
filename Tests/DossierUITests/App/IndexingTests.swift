import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// The reader while the index is brought up to date in the background: progress in the status bar, an empty
/// collection while cold, and the updated collection swapped in without losing the reader's place.
@Suite struct IndexingTests {
    private func statusLine(_ state: AppState) -> String { Screen.render(state).lines().last! }

    @Test func progressShowsInTheStatusBarUntilTheLibraryArrives() {
        var state = FixtureLibrary.state()
        #expect(!statusLine(state).contains("Indexing"))
        send(&state, .indexProgress(IndexProgress(done: 1234, total: 10000, analysed: 850, elapsed: 1)))
        #expect(state.indexing?.done == 1234)
        #expect(statusLine(state).contains("Indexing 1234 / 10000 articles · 850/s"))
        send(&state, .libraryUpdated(LibraryUpdate(library: FixtureLibrary.make(), problemCount: 0)))
        #expect(state.indexing == nil)
        #expect(!statusLine(state).contains("Indexing"))
    }

    @Test func progressKeepsTheMessageShown() {
        var state = FixtureLibrary.state()
        send(&state, .cycleSort, .indexProgress(IndexProgress(done: 1, total: 3, analysed: 1, elapsed: 1)))
        #expect(state.message == "Sorted by title")
    }

    @Test func theCachedLibraryArrivesWhileIndexingGoesOn() {
        var state = AppState(library: Library(name: "cold"), size: Size(width: 120, height: 40))
        state.indexing = IndexProgress(done: 0, total: 0, analysed: 0, elapsed: 0)
        send(&state, .libraryUpdated(LibraryUpdate(library: FixtureLibrary.make(files: ["budget.txt"]), problemCount: 0, isComplete: false)))
        #expect(state.listOrder.count == 1)
        #expect(state.indexing != nil)
        #expect(statusLine(state).contains("fixtures · 1 unread / 1 articles"))
        #expect(statusLine(state).contains("· Indexing… "), "the files are still being listed")
    }

    @Test func aColdEmptyCollectionSaysIndexingAndTakesKeys() {
        var state = AppState(library: Library(name: "cold"), size: Size(width: 80, height: 12))
        state.indexing = IndexProgress(done: 0, total: 0, analysed: 0, elapsed: 0)
        #expect(Screen.render(state).lines().first!.contains("Indexing…"))
        press(&state, .character("j"), .enter, .character("G"), .tab, .enter, .character("s"), .character("u"))
        #expect(state.reader.page == nil)
        #expect(state.listOrder.isEmpty)
        send(&state, .indexingFailed("index.sqlite: disk full"))
        #expect(state.indexing == nil)
        #expect(state.message == "Index not updated: index.sqlite: disk full")
        #expect(Screen.render(state).lines().first!.contains("No articles"))
    }

    @Test func theUpdatedLibraryKeepsSelectionOpenArticleAndEntityMarks() throws {
        var state = AppState(library: FixtureLibrary.make(files: ["harbour.txt", "protest.txt"]), size: Size(width: 120, height: 40))
        state.indexing = IndexProgress(done: 2, total: 3, analysed: 2, elapsed: 1)
        press(&state, .character("j"))
        let selected = state.listOrder[1]
        press(&state, .enter, .tab, .tab)  // open it; back to the list
        #expect(state.focus == .list)
        let acme = try #require(state.library.index.entities.first { $0.canonicalName == "Acme Corp" })
        send(&state, .marksChanged(state.marks, entities: [acme.id: EntityMarks(isHidden: true)], message: nil))
        #expect(state.library.index.entity(acme.id) == nil)

        send(&state, .libraryUpdated(LibraryUpdate(library: FixtureLibrary.make(), problemCount: 0)))
        #expect(state.library.summaries.count == 3)
        #expect(state.listOrder.count == 3)
        #expect(state.listOrder[state.list.selectedIndex!] == selected)
        #expect(state.reader.page == .article(selected))
        #expect(state.library.entityMarks[acme.id]?.isHidden == true)
        #expect(state.library.index.entity(acme.id) == nil, "the hidden entity stays hidden")
        #expect(Screen.render(state).text.contains("City budget"))
    }

    @Test func aPageThatIsGoneIsClosedAndProblemsAreCounted() {
        var state = FixtureLibrary.state()
        let budget = state.listOrder.first { state.library.summary($0)?.path == "budget.txt" }!
        send(&state, .openArticle(budget, at: nil))
        send(&state, .libraryUpdated(LibraryUpdate(library: FixtureLibrary.make(files: ["harbour.txt", "protest.txt"]), problemCount: 2)))
        #expect(state.reader.page == nil)
        #expect(state.back.allSatisfy { $0.reader.page != .article(budget) })
        #expect(!state.listOrder.contains(budget))
        #expect(state.message == "Indexed; 2 files could not be read (listed on exit)")
    }

    @Test func updatesOfTheSameLibraryAreDistinctActions() {
        let library = FixtureLibrary.make()
        let first = LibraryUpdate(library: library, problemCount: 0)
        #expect(first == first)
        #expect(first != LibraryUpdate(library: library, problemCount: 0, generation: 1))
        #expect(Action.libraryUpdated(first) == .libraryUpdated(first))
    }

    @Test func theBackgroundIndexerPostsTheCacheProgressThenTheLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-indexer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in FixtureLibrary.texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let index = try CollectionIndex(path: folder.appendingPathComponent("index/index.sqlite").path)
        #expect(try index.summariesByPath().isEmpty)

        let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: try EntityTagger.shipped()))
        let cold = run(BackgroundIndexer(index: index, roots: [folder.path], analyser: analyser, name: "temp"))
        guard case .collection(let update, let problemCount, let isComplete)? = cold.events.last else { Issue.record("no library: \(cold.events)"); return }
        #expect(isComplete)
        #expect(update.summaries.map { ($0.path as NSString).lastPathComponent }.sorted() == ["budget.txt", "harbour.txt", "protest.txt"])
        #expect(problemCount == cold.problems.count)
        #expect(cold.problems.contains { $0.description.contains("empty.txt") })
        #expect(cold.events.contains { if case .progress = $0 { true } else { false } })
        #expect(!cold.events.contains { if case .collection(_, _, false) = $0 { true } else { false } }, "nothing cached yet")

        let warm = run(BackgroundIndexer(index: index, roots: [folder.path], analyser: analyser, name: "temp"))
        guard case .collection(let cached, _, let cachedIsComplete)? = warm.events.first else { Issue.record("no cached library: \(warm.events)"); return }
        #expect(!cachedIsComplete)
        #expect(cached.summaries.map(\.path) == update.summaries.map(\.path).sorted(), "the cache, ordered by path")
        guard case .collection(let final, _, true)? = warm.events.last else { Issue.record("no library: \(warm.events)"); return }
        #expect(final.summaries.count == 3)
    }

    @Test func versionsAreGroupedOnceTheEntitiesArriveAndInTheFinalLibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-versions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try VersionsPageTests.story(date: "2024-05-01", votes: "six votes to three").write(to: folder.appendingPathComponent("old.txt"), atomically: true, encoding: .utf8)
        try VersionsPageTests.story(date: "2024-05-02", votes: "seven votes to two").write(to: folder.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        let index = try CollectionIndex(path: folder.appendingPathComponent("index/index.sqlite").path)
        let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: try EntityTagger.shipped()))
        _ = run(BackgroundIndexer(index: index, roots: [folder.path], analyser: analyser, name: "temp"))
        let warm = run(BackgroundIndexer(index: index, roots: [folder.path], analyser: analyser, name: "temp")).events.compactMap { event in
            if case .collection(let collection, _, _) = event { collection.library.listedAs.count } else { nil }
        }
        #expect(warm == [0, 1, 1], "the first frame's list, then with the entities, then after the update")
    }

    /// Drains `indexer` until it has delivered everything (at most a minute), as the run loop does.
    private func run(_ indexer: BackgroundIndexer) -> (events: [BackgroundIndexer.Event], problems: [LoadProblem]) {
        var events: [BackgroundIndexer.Event] = []
        let deadline = Date().addingTimeInterval(60)
        while indexer.isRunning, Date() < deadline {
            events += indexer.drain()
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(!indexer.isRunning)
        #expect(indexer.drain().isEmpty)
        return (events, indexer.problems)
    }
}
