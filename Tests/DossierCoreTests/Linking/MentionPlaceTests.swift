import DossierCore
import Testing

/// Mentions found again in the raw lines their text came from: dates before a title, bullets, joined lines.
@Suite struct MentionPlaceTests {
    /// The raw text at `place` in `lines`.
    func text(at place: MentionPlace, in lines: [String]) -> String {
        let scalars = lines.map { Array($0.unicodeScalars) }
        if place.line == place.endLine { return String(String.UnicodeScalarView(scalars[place.line - 1][place.start..<place.end])) }
        var text = String(String.UnicodeScalarView(scalars[place.line - 1][place.start...])) + "\n"
        text += String(String.UnicodeScalarView(scalars[place.endLine - 1][..<place.end]))
        return text
    }

    func places(_ raw: String, _ surfaces: [(TextPart, String, Int)]) -> [MentionPlace?] {
        let article = parse(raw)
        let lines = raw.components(separatedBy: "\n")
        let mentions = surfaces.map { part, surface, occurrence -> Mention in
            let text = article.text(of: part)!
            var start = text.startIndex
            for _ in 0..<occurrence { start = text.index(after: text.range(of: surface, range: start..<text.endIndex)!.lowerBound) }
            let range = text.range(of: surface, range: start..<text.endIndex)!
            let lower = text.distance(from: text.startIndex, to: range.lowerBound)
            return Mention(article: article.id, part: part, range: lower..<lower + surface.count, surface: surface)
        }
        let found = MentionPlace.places(of: mentions, in: article, lines: lines)
        for (place, (_, surface, _)) in zip(found, surfaces) {
            if let place { #expect(text(at: place, in: lines).split(whereSeparator: \.isWhitespace) == surface.split(separator: " ")) }
        }
        return found
    }

    @Test func titleAfterADatePrefix() throws {
        let raw = "date 2023-04-02 Harbour Council rejects the Ferris plan\n\nThe Harbour Council met on Monday and the council rejected it again.\n"
        let found = places(raw, [(.title, "Harbour Council", 0), (.block(0), "Harbour Council", 0)])
        let title = try #require(found[0])
        #expect((title.line, title.start, title.end) == (1, 16, 31))
        let body = try #require(found[1])
        #expect((body.line, body.start, body.end) == (3, 4, 19))
    }

    @Test func bulletsAndWrappedLinesAreAligned() throws {
        let raw = """
        Ferry strike ends

        • Mina Okafor leads the union.

        Mina Okafor, who leads the union, said the strike at the port
          of Easthaven was over and that Mina Okafor would fly to Port
        of Spain on Friday to sign the agreement that ends a long dispute.
        """
        let found = places(raw, [(.block(0), "Mina Okafor", 0), (.block(1), "Easthaven", 0), (.block(1), "Mina Okafor", 1),
                                 (.block(1), "Port of Spain", 0)])
        let bullet = try #require(found[0])
        #expect((bullet.line, bullet.start, bullet.end) == (3, 2, 13))
        let wrapped = try #require(found[1])
        #expect((wrapped.line, wrapped.start) == (6, 5))
        let second = try #require(found[2])
        #expect((second.line, second.start) == (6, 33))
        let crossing = try #require(found[3])
        #expect((crossing.line, crossing.start, crossing.endLine, crossing.end) == (6, 58, 7, 8))
        #expect(crossing.surface == "Port\nof Spain")
    }
}
