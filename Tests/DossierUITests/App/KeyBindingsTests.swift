import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// The one binding table: keymap, help, status-bar hints, `docs/keys.md` and rebinding all read it.
@Suite struct KeyBindingsTests {
    static let keysFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/keys.md")

    @Test func keysDocumentIsGeneratedFromTheTable() throws {
        let generated = KeysDocument.markdown()
        if ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1" {
            try generated.write(to: Self.keysFile, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.keysFile, encoding: .utf8)
        #expect(written == generated, "docs/keys.md is stale: UPDATE_DOCS=1 swift test --filter KeyBindingsTests")
    }

    @Test func everyCommandHasAKeyAndEveryKeyNameReadsBack() {
        let table = KeyBindings.standard
        for command in Command.allCases {
            #expect(!table.keys(for: command).isEmpty, "\(command.rawValue) has no key")
        }
        for binding in table.bindings {
            for key in binding.keys { #expect(Key(name: key.name) == key, "\(key)") }
        }
    }

    @Test(arguments: ["Ctrl-x", "C-x", "^X", "ctrl+x"])
    func controlKeysHaveSeveralSpellings(name: String) {
        #expect(Key(name: name) == .control("x"))
    }

    @Test(arguments: ["Ctrl-h", "Ctrl-m", "Ctrl-", "F0", "F64", "Hyper-x", "", "ab"])
    func keysThatCannotBeToldApartAreNotNames(name: String) {
        #expect(Key(name: name) == nil)
    }

    @Test func theKeymapHelpAndHintsFollowARebinding() throws {
        var bindings = KeyBindings.standard
        try bindings.rebind("star", to: ["S"])
        var state = AppState(library: FixtureLibrary.make(), size: Size(width: 120, height: 40), bindings: bindings)
        #expect(Keymap.action(for: .key(.character("S")), in: state) == .toggleStar)
        #expect(Keymap.action(for: .key(.character("s")), in: state) == nil)
        #expect(Screen.render(state).lines().last!.contains("S star"))
        state.showHelp = true
        #expect(KeyHelp.lines(bindings).contains(.entry(keys: "S", text: KeyBindings.standard.bindings.first { $0.command == .star }!.help)))
        // The key is taken from what it sent before (S was not bound; Q quits, and rebinding it moves it).
        try bindings.rebind("back", to: ["Q"])
        #expect(bindings.command(for: .character("Q"), in: .anywhere) == .back)
        #expect(bindings.keys(for: .quit) == [.control("c")])
    }

    @Test func badRebindingsAreErrorsNotIgnored() {
        var bindings = KeyBindings.standard
        #expect(throws: KeyBindingError.unknownCommand("stars")) { try bindings.rebind("stars", to: ["S"]) }
        #expect(throws: KeyBindingError.unknownKey("Hyper-S")) { try bindings.rebind("star", to: ["Hyper-S"]) }
        #expect(throws: KeyBindingError.noKeys("star")) { try bindings.rebind("star", to: []) }
        #expect(throws: KeyBindingError.typedAtPrompt("prompt-cancel", "q")) { try bindings.rebind("prompt-cancel", to: ["q"]) }
        #expect(bindings == KeyBindings.standard)
    }

    @Test func nothingTypedAtAPromptRunsAsACommand() {
        var state = FixtureLibrary.state()
        press(&state, .character("f"))
        for character in "qQ:sxuaf?/ jkG" {
            #expect(Keymap.action(for: .key(.character(character)), in: state) == .promptInput(character))
        }
    }
}
