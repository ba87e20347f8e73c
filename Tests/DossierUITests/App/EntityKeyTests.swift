import DossierCore
@testable import DossierUI
import Testing

/// Entity keys in the sidebar and on entity pages, and how committed entity marks reshape the index and sidebar.
@Suite struct EntityKeyTests {
    /// The fixture with the first (harbour) article open and the sidebar focused on the entity named `name`.
    private func sidebarState(selecting name: String) throws -> AppState {
        var state = FixtureLibrary.state()
        press(&state, .enter, .tab)
        let row = try #require(state.sidebarRows.firstIndex { if case .entity(let entity, _, _) = $0 { entity.canonicalName == name } else { false } })
        state.sidebar.select(row)
        return state
    }

    private func id(_ state: AppState, _ name: String) throws -> EntityID {
        try #require(state.library.index.entities.first { $0.canonicalName == name }).id
    }

    @Test func sPinsTheSidebarEntityAndPinnedEntitiesLeadTheSidebar() throws {
        var state = try sidebarState(selecting: "Springfield")
        let springfield = try id(state, "Springfield")
        #expect(press(&state, .character("s")) == [.mark(.setEntityStarred(true, springfield))])
        send(&state, .marksChanged([:], entities: [springfield: EntityMarks(isStarred: true)], message: "starred"))
        let rows = state.sidebarRows
        #expect(rows.prefix(2).map { if case .entity(let entity, _, _) = $0 { entity.canonicalName } else { "\($0)" } } == ["pinnedHeading", "Springfield"])
        #expect(rows.filter { if case .entity(let entity, _, _) = $0 { entity.id == springfield } else { false } }.count == 1, "listed once")
        #expect(Screen.render(state).lines()[0].contains("┃Pinned   "), "the focused sidebar's rule is heavy")
        state.sidebar.select(1)
        #expect(press(&state, .character("s")) == [.mark(.setEntityStarred(false, springfield))])
        // In the list pane `s` still stars the article.
        press(&state, .tab)
        #expect(press(&state, .character("s")) == [.mark(.setStarred(true, [state.listOrder[0]]))])
    }

    @Test func sidebarCountsUnreadArticles() throws {
        var state = try sidebarState(selecting: "Springfield")
        send(&state, .marksChanged([state.listOrder[1]: ArticleMarks(isRead: true)], message: nil))
        let counts = state.sidebarRows.compactMap { row -> String? in
            if case .entity(let entity, let articles, let unread) = row { "\(entity.canonicalName) \(unread)/\(articles)" } else { nil }
        }
        #expect(counts.contains("Springfield 2/3"))
        #expect(Screen.render(state).lines().contains { $0.contains(" Springfield  ") && $0.hasSuffix("2/3") })
    }

    @Test func xHidesAnEntityFromEveryViewAndUndoBringsItBack() throws {
        var state = try sidebarState(selecting: "Sam Brook")
        let brook = try id(state, "Sam Brook")
        #expect(press(&state, .character("x")) == [.mark(.setEntityHidden(true, brook))])
        send(&state, .marksChanged([:], entities: [brook: EntityMarks(isHidden: true)], message: nil))
        #expect(state.library.index.entity(brook) == nil)
        #expect(!state.sidebarRows.contains { if case .entity(let entity, _, _) = $0 { entity.id == brook } else { false } })
        #expect(!state.document.targets.contains { $0.action == .openEntity(brook) }, "its mentions are plain text")
        #expect(state.sidebarRows.indices.contains(state.sidebar.selectedIndex ?? -1) && state.sidebarRows[state.sidebar.selectedIndex!].isSelectable)
        send(&state, .marksChanged([:], entities: [:], message: "Undone"))
        #expect(state.library.index.entity(brook)?.canonicalName == "Sam Brook", "rebuilt from the base entities")
    }

    @Test func mergePicksTheTargetInTheSidebarAndEscCancels() throws {
        var state = try sidebarState(selecting: "Sam Brook")
        let (brook, acme) = (try id(state, "Sam Brook"), try id(state, "Acme Corp"))
        press(&state, .character("m"))
        #expect(state.merging == brook)
        #expect(state.prompt?.purpose == .pick(.merge(brook)), "the picker opens first")
        press(&state, .enter)
        #expect(Screen.render(state).lines().last?.contains("merge Sam Brook into: pick in the sidebar") == true, "nothing typed: the sidebar picks")
        #expect(press(&state, .enter).isEmpty, "not into itself")
        #expect(state.merging == brook)
        press(&state, .escape)
        #expect(state.merging == nil && state.message == "Merge cancelled")

        // From the entity page: the sidebar takes focus to pick.
        press(&state, .enter)
        #expect(state.openEntity?.id == brook)
        press(&state, .tab, .tab, .tab)
        #expect(state.focus == .reader)
        press(&state, .character("m"), .enter)
        #expect(state.focus == .sidebar)
        let row = try #require(state.sidebarRows.firstIndex { if case .entity(let entity, _, _) = $0 { entity.id == acme } else { false } })
        state.sidebar.select(row)
        #expect(press(&state, .enter) == [.mark(.mergeEntity(brook, into: acme))])
        #expect(state.merging == nil)

        // Committed: the page follows the entity into the one it joined, which carries its names.
        send(&state, .marksChanged([:], entities: [brook: EntityMarks(mergedInto: acme)], message: nil))
        #expect(state.openEntity?.id == acme)
        #expect(state.openEntity?.aliases.contains("Sam Brook") == true)
    }

    @Test func capitalMSplitsEveryMergedEntity() throws {
        var state = try sidebarState(selecting: "Acme Corp")
        let (brook, acme, springfield) = (try id(state, "Sam Brook"), try id(state, "Acme Corp"), try id(state, "Springfield"))
        #expect(press(&state, .character("M")).isEmpty)
        #expect(state.message == "Nothing is merged into Acme Corp")
        send(&state, .marksChanged([:], entities: [brook: EntityMarks(mergedInto: acme), springfield: EntityMarks(mergedInto: acme)], message: nil))
        let row = try #require(state.sidebarRows.firstIndex { if case .entity(let entity, _, _) = $0 { entity.id == acme } else { false } })
        state.sidebar.select(row)
        #expect(Set(press(&state, .character("M"))) == [.mark(.splitEntity(brook)), .mark(.splitEntity(springfield))])
    }

    @Test func capitalRRenamesAndEmptyRestores() throws {
        var state = try sidebarState(selecting: "Acme Corp")
        let acme = try id(state, "Acme Corp")
        press(&state, .character("R"))
        #expect(state.prompt == Prompt(purpose: .rename(acme), text: "Acme Corp"))
        #expect(press(&state, .enter).isEmpty, "the same name changes nothing")
        press(&state, .character("R"), .backspace, .backspace, .backspace, .backspace)
        for character in "Inc." { press(&state, .character(character)) }
        #expect(press(&state, .enter) == [.mark(.renameEntity(acme, to: "Acme Inc."))])
        press(&state, .character("R"))
        for _ in 0..<9 { press(&state, .backspace) }
        #expect(press(&state, .enter) == [.mark(.renameEntity(acme, to: nil))])
    }

    @Test func capitalNInTheSidebarOpensTheNextUnreadArticleMentioningTheEntity() throws {
        var state = try sidebarState(selecting: "Springfield")
        let springfield = try id(state, "Springfield")
        let articles = try #require(state.library.index.entity(springfield)).articles
        let current = try #require(state.openArticle).id
        let after = articles[(articles.firstIndex(of: current)! + 1)...] + articles[..<articles.firstIndex(of: current)!]
        send(&state, .marksChanged([after.first!: ArticleMarks(isRead: true)], message: nil))
        press(&state, .character("N"))
        #expect(state.openArticle?.id == after.dropFirst().first, "read articles are skipped")
        #expect(state.focus == .sidebar && state.entityTarget?.id == springfield, "ready for the next N")
        let mention = try #require(state.reader.target.map { state.document.targets[$0].mention })
        #expect(mention?.surface == "Springfield")
        send(&state, .marksChanged(Dictionary(uniqueKeysWithValues: articles.map { ($0, ArticleMarks(isRead: true)) }), message: nil))
        press(&state, .character("N"))
        #expect(state.message == "No unread article mentions Springfield")
        // While searching the sidebar, N steps back through matches as before.
        state.search = "Spring"
        let open = state.openArticle?.id
        press(&state, .character("N"))
        #expect(state.openArticle?.id == open && state.message == nil)
        #expect(state.entityTarget?.canonicalName == "Springfield")
    }

    @Test func helpListsEveryNewKeyAndScrolls() {
        let lines = KeyHelp.lines(.standard)
        for key in ["t", "e", "v", "s", "x", "m", "M", "R", "N", "read all", "tag all NAME"] {
            #expect(lines.contains { if case .entry(key, _) = $0 { true } else { false } }, "\(key)")
        }
        var state = FixtureLibrary.state(80, 24)
        press(&state, .character("?"), .character("j"), .character("j"))
        #expect(state.helpScroll == 2)
        #expect(Screen.render(state).lines()[0].contains("Keys 3-22/\(lines.count)"))
        for _ in 0..<100 { press(&state, .character("j")) }
        #expect(state.helpScroll == KeyHelp.maxScroll(height: 23, bindings: .standard))
        #expect(Screen.render(state).lines().contains { $0.contains("select and focus; scroll") })
    }
}
