import DossierApp
import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// Entity corrections as a reader makes them: messages in display names, rename to an existing name, detaching a
/// name, the corrections page with undo, and pinned entities only where they are mentioned.
@Suite struct CorrectionTests {
    final class Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-corrections-\(UUID().uuidString)")
        var session: ReaderSession

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try MarkStore(path: folder.appendingPathComponent("marks.sqlite").path)
            session = ReaderSession(collection: FixtureLibrary.collection(), size: Size(width: 120, height: 40), store: store)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func entity(_ name: String) throws -> Entity {
            try #require(session.state.library.index.entities.first { $0.canonicalName == name })
        }

        func type(_ text: String) { for character in text { session.send(.promptInput(character)) } }
    }

    @Test func messagesNameEntitiesAsTheReaderSeesThem() throws {
        let workspace = try Workspace()
        let place = try workspace.entity("Springfield")
        #expect(place.id.rawValue != "Springfield", "ids are keys, not names")
        workspace.session.send(.openEntity(place.id))
        workspace.session.send(.hideEntity)
        #expect(workspace.session.state.message == "hid Springfield")
        workspace.session.send(.undo)
        #expect(workspace.session.state.message == "Undone: hid Springfield")
    }

    @Test func theCorrectionsPageListsEachCorrectionAndUndoesIt() throws {
        let workspace = try Workspace()
        let place = try workspace.entity("Springfield")
        workspace.session.send(.openEntity(place.id))
        workspace.session.send(.hideEntity)
        #expect(workspace.session.state.library.index.entity(place.id) == nil)
        workspace.session.send(.openCorrections)
        let document = workspace.session.state.document
        let undo = try #require(document.targets.first { $0.action == .correct(.setEntityHidden(false, place.id)) })
        #expect(document.text(ofLine: undo.line).contains("Hidden: Springfield · unhide"))
        workspace.session.send(undo.action)
        #expect(workspace.session.state.library.index.entity(place.id) != nil, "unhidden")
        #expect(workspace.session.state.document.lines.contains { $0.map(\.text).joined().contains("No corrections yet") })
    }

    @Test func renamingToAnExistingNameOffersTheMerge() throws {
        let workspace = try Workspace()
        let person = try workspace.entity("Sam Brook")
        let company = try workspace.entity("Acme Corp")
        for answer in ["n", "y"] {
            workspace.session.send(.openEntity(person.id))
            workspace.session.send(.startRename)
            workspace.session.send(.promptEdit(.killToStart))
            workspace.type("acme corp")
            #expect(workspace.session.send(.promptSubmit).isEmpty)
            #expect(workspace.session.state.prompt?.purpose == .confirmMerge(person.id, into: company.id, name: "acme corp"))
            workspace.type(answer)
            workspace.session.send(.promptSubmit)
            if answer == "n" {
                #expect(workspace.session.state.message == "renamed Sam Brook to acme corp")
                workspace.session.send(.undo)
            } else {
                #expect(workspace.session.state.message == "merged Sam Brook into Acme Corp")
            }
        }
    }

    @Test func dDetachesAName() throws {
        let workspace = try Workspace()
        let company = try workspace.entity("Acme Corp")
        #expect(company.aliases == ["Acme"])
        workspace.session.send(.openEntity(company.id))
        workspace.session.send(.startDetach)
        workspace.type("nonsense")
        workspace.session.send(.promptSubmit)
        #expect(workspace.session.state.message == "nonsense is not a name of Acme Corp (Acme)")
        workspace.session.send(.startDetach)
        workspace.type("acme")
        workspace.session.send(.promptSubmit)
        #expect(workspace.session.state.message == "detached Acme from Acme Corp")
        #expect(workspace.session.state.library.index.entities.contains { $0.canonicalName == "Acme" }, "the name is an entity of its own")
    }

    @Test func pinnedEntitiesShowOnlyWhereTheyAreMentioned() throws {
        var state = FixtureLibrary.state()
        let person = try #require(state.library.index.entities.first { $0.canonicalName == "Sam Brook" })
        send(&state, .marksChanged([:], entities: [person.id: EntityMarks(isStarred: true)], message: nil))
        func pinned(_ state: AppState) -> [String] {
            guard state.sidebarRows.first == .pinnedHeading else { return [] }
            return state.sidebarRows.dropFirst().prefix { if case .entity = $0 { true } else { false } }.compactMap {
                if case .entity(let entity, _, _) = $0 { entity.canonicalName } else { nil }
            }
        }
        #expect(pinned(state).isEmpty, "nothing open, nothing pinned shown")
        let elsewhere = try #require(state.library.summaries.first { !person.articles.contains($0.id) })
        send(&state, .openArticle(elsewhere.id, at: nil))
        #expect(pinned(state).isEmpty)
        #expect(!state.sidebarRows.contains { if case .entity(let entity, _, _) = $0 { entity.id == person.id } else { false } })
        send(&state, .openArticle(person.articles[0], at: nil))
        #expect(pinned(state) == ["Sam Brook"])
    }
}

/// The picker finds entities of the whole collection by the words of their names as they are typed.
@Suite struct EntityPickerTests {
    @Test func mergeIntoAnEntityFoundByName() throws {
        var state = FixtureLibrary.state()
        let (brook, place) = (try #require(state.library.index.entities.first { $0.canonicalName == "Sam Brook" }),
                              try #require(state.library.index.entities.first { $0.canonicalName == "Springfield" }))
        // Not in the budget article's sidebar: the picker searches the collection.
        send(&state, .openEntity(brook.id))
        press(&state, .character("m"))
        for character in "spr" { press(&state, .character(character)) }
        #expect(state.picked.matches.map(\.canonicalName) == ["Springfield"])
        #expect(Screen.render(state).lines().dropLast().last?.contains("Springfield · place") == true, "shown above the status bar")
        #expect(press(&state, .enter) == [.mark(.mergeEntity(brook.id, into: place.id))])
        #expect(state.merging == nil)
    }

    @Test func wordsOfNamesMatchAndTabMovesThroughMatches() throws {
        var state = FixtureLibrary.state()
        press(&state, .character(":"))
        for character in "entity brook" { press(&state, .character(character)) }
        press(&state, .enter)
        #expect(state.prompt?.purpose == .pick(.open))
        #expect(state.picked.matches.map(\.canonicalName) == ["Sam Brook"], "a later word of a name matches too")
        press(&state, .enter)
        #expect(state.openEntity?.canonicalName == "Sam Brook")
        press(&state, .character(":"))
        for character in "entity a" { press(&state, .character(character)) }
        press(&state, .enter)
        let first = state.picked.matches
        #expect(first.count >= 1)
        press(&state, .tab)
        #expect(state.picked.selected == (first.count > 1 ? 1 : 0))
        press(&state, .escape)
        #expect(state.prompt == nil)
        press(&state, .character(":"))
        for character in "entity zzz" { press(&state, .character(character)) }
        press(&state, .enter, .enter)
        #expect(state.message == "No entity is named zzz")
    }
}
