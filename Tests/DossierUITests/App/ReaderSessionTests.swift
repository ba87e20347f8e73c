import DossierApp
import DossierCore
import GRDB
@testable import DossierUI
import Foundation
import Testing

/// Every effect `reduce` asks for, performed by `ReaderSession` against an indexed collection of real files and a
/// real marks database: what the state shows of files and the index arrives as actions, and a file that vanished
/// or changed under the reader gives a message, never a page or a mark under an id the list does not show.
@Suite struct ReaderSessionTests {
    /// The fixture articles written to a folder, indexed, with a marks database beside them.
    final class Workspace {
        let folder: URL
        let store: MarkStore
        let collection: OpenCollection

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-session-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (name, text) in FixtureLibrary.texts { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
            store = try MarkStore(path: folder.appendingPathComponent("marks.sqlite").path)
            let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: try EntityTagger.shipped()))
            let indexed = try IndexedCollection.open([folder.path], indexPath: folder.appendingPathComponent("index.sqlite").path, analyser: analyser)
            collection = OpenCollection(name: "session", collection: indexed)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func session() -> ReaderSession { ReaderSession(collection: collection, size: Size(width: 120, height: 40), store: store) }

        /// The path of the listed article whose title starts with `title`.
        func path(_ title: String) -> String { collection.summaries.first { $0.title?.hasPrefix(title) == true }!.path }
    }

    /// Selects the listed article whose title starts with `title`.
    func select(_ title: String, in session: inout ReaderSession) throws {
        let index = try #require(session.state.listOrder.firstIndex { session.state.library.summary($0)?.title?.hasPrefix(title) == true })
        session.send(.top)
        for _ in 0..<index { session.send(.moveDown) }
    }

    @Test func openingReadsTheArticleAndItsMentions() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        try select("Acme Corp wins", in: &session)
        #expect(session.send(.activate).isEmpty)
        let article = try #require(session.state.openArticle)
        #expect(article.title == "Acme Corp wins Springfield harbour contract")
        guard case .article(_, let mentions)? = session.state.content?.content else { Issue.record("no article content"); return }
        #expect(mentions.contains { $0.mention.surface == "Springfield" })
        #expect(session.state.document.targets.contains { $0.mention != nil }, "mentions are targets of the document")
        #expect(session.state.sidebarRows.contains { if case .entity(let entity, _, _) = $0 { entity.canonicalName == "Springfield" } else { false } })
    }

    /// A paragraph three pages of one folder repeat is folded in the reader as `show` folds it, from the counts
    /// the index keeps, and unfolds on its target.
    @Test func aParagraphItsSiteRepeatsIsFoldedInTheReader() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let about = "Harbour Post is an independent newspaper covering the coast since 1921, with a newsletter every Friday."
        let bodies = ["The council approved the new ferry timetable on Tuesday after a long debate.",
                      "Fishermen say the new quota rules will empty the harbour before the winter storms.",
                      "The town hall will stay closed for repairs until the end of the year, the mayor said."]
        for (number, body) in bodies.enumerated() {
            let more = "It was story number \(number + 1) of the week, and the editors said more would follow before the weekend came."
            try "Story \(number) of the week\n\n\(body)\n\n\(more)\n\n\(about)\n".write(to: folder.appendingPathComponent("story\(number).txt"), atomically: true, encoding: .utf8)
        }
        let analyser = ArticleAnalyser(extractor: MentionExtractor(tagger: try EntityTagger.shipped()))
        let indexed = try IndexedCollection.open([folder.path], indexPath: folder.appendingPathComponent("index.sqlite").path, analyser: analyser)
        var session = ReaderSession(collection: OpenCollection(name: "site", collection: indexed), size: Size(width: 120, height: 40))
        session.send(.activate)
        let document = session.state.document
        let lines = (0..<document.lines.count).map(document.text(ofLine:))
        #expect(lines.contains { $0.contains("1 line of page furniture") }, "\(lines)")
        #expect(!lines.contains { $0.contains("independent newspaper") }, "folded until unfolded")
        let fold = try #require(document.targets.first { if case .toggleFurniture = $0.action { true } else { false } })
        session.send(fold.action)
        let unfolded = session.state.document
        #expect((0..<unfolded.lines.count).map(unfolded.text(ofLine:)).contains { $0.contains("independent newspaper") }, "nothing is lost")
    }

    @Test func aVanishedFileSaysSoAndTheReaderStaysWhereItWas() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        try select("Residents protest", in: &session)
        try FileManager.default.removeItem(atPath: workspace.path("Residents protest"))
        session.send(.activate)
        #expect(session.state.reader.page == nil)
        #expect(session.state.focus == .list)
        let message = try #require(session.state.message)
        #expect(message.hasPrefix("Cannot open ") && message.contains("protest.txt") && message.contains("no such file"))
        #expect(Screen.render(session.state).lines().last!.contains("Cannot open"), "the status bar says it")
    }

    @Test func aChangedFileIsNotShownUnderTheListedIdAndMarksGoToTheListedOne() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        try select("City budget", in: &session)
        let listed = try #require(session.state.list.selectedIndex.map { session.state.listOrder[$0] })
        try (FixtureLibrary.texts["budget.txt"]! + "\n\nA late amendment was added.\n")
            .write(toFile: workspace.path("City budget"), atomically: true, encoding: .utf8)
        session.send(.activate)
        #expect(session.state.openArticle == nil)
        #expect(session.state.message?.contains("changed since it was indexed") == true)
        // The star goes to the article the list shows.
        session.send(.toggleStar)
        #expect(try workspace.store.allArticleMarks().keys.sorted() == [listed])
        #expect(session.state.marks[listed]?.isStarred == true)
    }

    @Test func anEntityPageReadsItsArticlesAndWhatIsMentionedWithIt() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        let acme = try #require(session.state.library.index.entities.first { $0.canonicalName == "Acme Corp" })
        session.send(.openEntity(acme.id))
        guard case .entity(let entity, let articles, _, let related)? = session.state.content?.content else { Issue.record("no entity page"); return }
        #expect(entity.id == acme.id)
        #expect(articles.count == acme.articles.count)
        #expect(articles.allSatisfy { !$0.mentions.isEmpty })
        #expect(related.contains { $0.entity.canonicalName == "Springfield" })
        #expect(session.state.document.lines.count > 5)
    }

    @Test func theRawFileIsReadOnRequest() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        try select("Acme Corp wins", in: &session)
        session.send(.activate)
        session.send(.toggleRaw)
        let id = try #require(session.state.openArticle?.id)
        #expect(session.state.rawText[id]?.first?.hasPrefix("date 2024-03-02") == true)
    }

    @Test func searchAndFilterLookUpTheIndex() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        session.send(.startSearch)
        for character in "beach" { session.send(.promptInput(character)) }
        session.send(.promptSubmit)
        #expect(session.state.listSearch?.hits.count == 1)
        #expect(session.state.listOrder.map { session.state.library.summary($0)?.title } == ["Residents protest harbour plan"])
        session.send(.cancel)
        session.send(.startFilter)
        for character in "entity:Acme -council" { session.send(.promptInput(character)) }
        session.send(.promptSubmit)
        #expect(session.state.filter?.text == "entity:Acme -council")
        #expect(session.state.listOrder.map { session.state.library.summary($0)?.title } == ["Residents protest harbour plan"])
        #expect(session.state.message == "1 of 3 articles match")
    }

    @Test func aFilterOnADamagedIndexSaysSoInsteadOfMatchingNothing() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        try damageFullTextBlocks(ofIndexAt: workspace.folder.appendingPathComponent("index.sqlite").path)
        session.send(.startFilter)
        for character in "harbour" { session.send(.promptInput(character)) }
        session.send(.promptSubmit)
        let message = try #require(session.state.message)
        #expect(message.hasPrefix("Words not searched: the index is damaged ("), "\(message)")
        #expect(message.contains("restart dossier to rebuild it"))
    }

    @Test func orphanedMarksAreShownAttachedToTheListsArticleAndDeleted() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        let (gone, lost) = (ArticleID(rawValue: "feedfacefeedface"), ArticleID(rawValue: "deadbeefdeadbeef"))
        try workspace.store.apply(.setStarred(true, [gone]))
        try workspace.store.apply(.addTag("budget", [lost]))
        try select("Acme Corp wins", in: &session)
        let target = try #require(session.state.markTarget)
        session.send(.openOrphans)
        let text = (0..<session.state.document.lines.count).map(session.state.document.text(ofLine:))
        #expect(text.contains { $0.contains("feedfacefeed…  unread starred") })
        #expect(text.contains { $0.contains("deadbeefdead…  unread #budget") })
        #expect(text.contains { $0.contains("attach them to “Acme Corp wins") })
        // Another article selected in the list: the page's targets attach to that one.
        session.send(.focusLeft)
        session.send(.moveDown)
        let other = try #require(session.state.listSelection.flatMap(session.state.library.summary)?.title)
        #expect(other != "Acme Corp wins")
        let moved = (0..<session.state.document.lines.count).map(session.state.document.text(ofLine:))
        #expect(moved.contains { $0.contains("attach them to “\(other.prefix(20))") }, "\(moved)")
        #expect(session.state.document.targets.contains { $0.action == .attachOrphan(gone, to: session.state.listSelection!) })
        session.send(.attachOrphan(gone, to: target))
        #expect(try workspace.store.marks(for: target).isStarred)
        #expect(session.state.message?.hasPrefix("Attached the marks of feedface… to “Acme Corp wins") == true)
        let deleting = try #require(session.state.document.targets.first { target in
            if case .correct = target.action { return true } else { return false }
        })
        session.send(deleting.action)
        #expect(try workspace.store.marks(for: lost).isEmpty)
        let after = (0..<session.state.document.lines.count).map(session.state.document.text(ofLine:))
        #expect(after.contains { $0.contains("No orphaned marks") }, "\(after)")
    }

    @Test func marksAreCommittedUndoneAndRedone() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        let first = session.state.listOrder[0]
        session.send(.toggleStar)
        #expect(try workspace.store.marks(for: first).isStarred)
        #expect(session.state.marks[first]?.isStarred == true)
        session.send(.undo)
        #expect(try !workspace.store.marks(for: first).isStarred)
        #expect(session.state.message?.hasPrefix("Undone") == true)
        session.send(.redo)
        #expect(session.state.marks[first]?.isStarred == true)
    }

    @Test func anEntityCorrectionCrossLinksTheCollectionAgain() throws {
        let workspace = try Workspace()
        var session = workspace.session()
        let brook = try #require(session.state.library.index.entities.first { $0.canonicalName == "Sam Brook" })
        session.send(.openEntity(brook.id))
        session.send(.hideEntity)
        #expect(try workspace.store.allEntityMarks()[brook.id]?.isHidden == true)
        #expect(session.state.library.index.entity(brook.id) == nil, "the library was corrected")
        #expect(session.state.library.entityMarks[brook.id]?.isHidden == true)
    }
}
