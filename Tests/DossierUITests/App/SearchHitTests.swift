import DossierCore
@testable import DossierUI
import Testing

/// A collection search's results show snippets, open on their first hit with the hits marked, and n/N step
/// through the hits.
@Suite struct SearchHitTests {
    private func search(_ state: inout AppState, _ text: String) {
        press(&state, .character("/"))
        for character in text { press(&state, .character(character)) }
        press(&state, .enter)
    }

    @Test func resultRowsShowASnippetWithTheMatchMarked() throws {
        var state = FixtureLibrary.state()
        search(&state, "harbour")
        let snippet = try #require(state.listSearch?.snippets[state.listOrder[1]])
        #expect(snippet.text.contains("harbour") && !snippet.highlights.isEmpty)
        // The second row: the first is drawn in the selection's style.
        let grid = Screen.render(state)
        let row = grid.lines()[1]
        let title = "Residents protest harbour plan"
        let after = try #require(row.range(of: title)).upperBound
        let match = try #require(row.range(of: "harbour", range: after..<row.endIndex))
        let column = row.distance(from: row.startIndex, to: match.lowerBound)
        #expect(grid[column, 1].style == state.theme.searchMatch, "the snippet's match is marked")
    }

    @Test func openingAResultLandsOnItsFirstHitAndNStepsThroughHits() throws {
        var state = FixtureLibrary.state(120, 12)
        search(&state, "acme")
        press(&state, .enter)
        let document = state.document
        let hitLines = document.lines.indices.filter { document.text(ofLine: $0).lowercased().contains("acme") }
        #expect(hitLines.count >= 2)
        #expect(state.search?.text == "acme" && state.reader.searchLine == hitLines[0])
        let grid = Screen.render(state)
        #expect(grid.cells.contains { $0.style == state.theme.searchMatch }, "the hits are marked in the reading view")
        press(&state, .character("n"))
        #expect(state.reader.searchLine == hitLines[1])
        press(&state, .character("N"))
        #expect(state.reader.searchLine == hitLines[0])
        press(&state, .escape)
        #expect(state.search == nil)
    }

    @Test func hitsAreWholeWordsUnlessAPrefixAndIgnoreCaseAndAccents() throws {
        let pattern = SearchPattern(hitsOf: try SearchQuery("spy \"rebuild the\" caf*"), typed: "")
        #expect(pattern.columns(in: "Spyware spy SPY") == [8..<11, 12..<15])
        #expect(pattern.matches("They will REBUILD THE harbour"))
        #expect(!pattern.matches("rebuild them"))
        #expect(pattern.columns(in: "Café society") == [0..<3])
        let excluded = SearchPattern(hitsOf: try SearchQuery("harbour -mayor"), typed: "")
        #expect(!excluded.matches("the mayor"), "excluded words are not hits")
        let typed = SearchPattern(typed: "our")
        #expect(typed.matches("harbour"), "/ in a pane finds the text anywhere")
    }
}
