import DossierCore
@testable import DossierUI
import Foundation
import Testing

/// Whole screens compared with text files in `Golden/`, named by screen and size. `UPDATE_GOLDEN=1 swift test`
/// rewrites them; review the diff before committing.
@Suite struct GoldenScreenTests {
    static let sizes = [Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 50, height: 20), Size(width: 200, height: 60)]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// The screens: a name and the keys that lead to it from a fresh state.
    static let screens: [(String, [Key])] = [
        ("list", []),
        ("reader", [.enter]),
        ("mention", [.enter, .character("n"), .character("n")]),
        ("sidebar", [.enter, .tab]),
        ("entity", [.enter, .character("n"), .enter]),
        ("furniture", [.enter, .character("z")]),
        ("help", [.enter, .character("?")]),
        ("two-panes", [.enter, .character("w")]),
        ("zoom", [.enter, .character("Z")]),
    ]

    static var cases: [(String, Int)] { screens.indices.flatMap { screen in sizes.indices.map { (screens[screen].0, $0) } } }

    @Test(arguments: cases)
    func screen(name: String, sizeIndex: Int) throws {
        let size = Self.sizes[sizeIndex]
        var state = FixtureLibrary.state(size.width, size.height)
        for key in Self.screens.first(where: { $0.0 == name })!.1 { press(&state, key) }
        let text = Screen.render(state).lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n") + "\n"
        let file = Self.folder.appendingPathComponent("\(name)_\(size.width)x\(size.height).txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "screen \(name) at \(size) differs from \(file.lastPathComponent)")
    }

    @Test func mentionsAreStyledByKindAndTheFocusedPaneIsMarked() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        let grid = Screen.render(state)
        let reader = try #require(state.layout.rect(for: .reader))
        let row = try #require((reader.minY..<reader.maxY).first { y in grid.lines()[y].contains("Acme Corp won") })
        let x = try #require(grid.lines()[row].range(of: "Acme Corp won").map { grid.lines()[row].distance(from: grid.lines()[row].startIndex, to: $0.lowerBound) })
        #expect(grid[x, row].style == state.theme.mention(.organization))
        #expect(grid[x, row].style.attributes.contains(.underline), "kinds differ by attribute too, for monochrome screens")
        // The rule left of the focused reader pane is heavy, and drawn in the focus style.
        #expect(grid[reader.x - 1, reader.y].style == state.theme.focusedBorder)
        #expect(grid[reader.x - 1, reader.y].character == "┃")
        #expect(grid[reader.maxX, reader.y].character == "┃")
    }

    @Test func monochromeKeepsFocusSelectionAndMentionsVisible() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter, .character("n"))
        let grid = Screen.render(state)
        let styles = Set(grid.cells.map { ColorSupport.monochrome.adapt($0.style).attributes })
        #expect(styles.contains { $0.contains(.reverse) }, "the selected mention and list row stay visible")
        #expect(styles.contains { $0.contains(.underline) })
        #expect(styles.contains { $0.contains(.bold) })
        // A style with a background is reversed in monochrome: one that also reversed itself would cancel out.
        for (name, path) in Theme.styles where Theme.standard[keyPath: path].background != .default {
            #expect(ColorSupport.monochrome.adapt(Theme.standard[keyPath: path]).attributes.contains(.reverse), "\(name)")
        }
    }
}

/// The sidebar's cursor highlights its entity's mentions in the reading view while the sidebar has focus.
@Suite struct SidebarHighlightTests {
    @Test func onlyTheFocusedSidebarHighlights() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        #expect(state.highlightedEntity == nil)
        #expect(!Screen.render(state).cells.contains { $0.style == state.theme.highlightedMention })
        press(&state, .tab)
        let entity = try #require(state.highlightedEntity)
        #expect(state.library.index.entity(entity) != nil)
        #expect(Screen.render(state).cells.contains { $0.style == state.theme.highlightedMention })
    }
}
