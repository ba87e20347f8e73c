import Foundation
import Testing
@testable import DossierBench

/// The small pieces generated text is made of: dates, wrapping, initials, numbers and patterns.
@Suite struct CorpusTextTests {
    @Test func weekdaysMatchTheCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var random = CorpusRandom(seed: 3)
        for _ in 0..<500 {
            let date = CorpusDate(&random)
            let day = try #require(calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)))
            let weekday = (calendar.component(.weekday, from: day) + 5) % 7  // Foundation counts from Sunday = 1
            #expect(date.weekday == CorpusPhraseLists.weekdays[weekday], "\(date.iso)")
        }
    }

    @Test func wrappingKeepsLinesWithinTheWidthAndEveryWord() {
        let text = CorpusGenerator(seed: 1).article(at: 3).text.replacingOccurrences(of: "\n", with: " ")
        var out = ""
        CorpusPage.wrap(text, width: 72, first: "  * ", rest: "    ", into: &out)
        let lines = out.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 72 || !$0.dropFirst(4).contains(" ") })
        #expect(lines.first?.hasPrefix("  * ") == true && lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        #expect(out.split(whereSeparator: \.isWhitespace).dropFirst() == text.split(whereSeparator: \.isWhitespace)[...])
    }

    @Test func initialsComeFromTheCapitalisedWords() {
        #expect(CorpusEntity.initials(of: "National Maritime Agency") == "NMA")
        #expect(CorpusEntity.initials(of: "Coalition for Clean Water") == "CCW")
        #expect(CorpusEntity.initials(of: "Maritime Workers' Union") == "MWU")
        #expect(CorpusEntity.initials(of: "Ministry of Trade") == nil)
    }

    @Test func countsAreGroupedByThousands() {
        #expect(CorpusFillers.grouped(950) == "950")
        #expect(CorpusFillers.grouped(4_250) == "4,250")
        #expect(CorpusFillers.grouped(1_234_567) == "1,234,567")
    }

    @Test func patternsCompileIntoTextAndSlots() {
        let template = CorpusTemplate("“{Q},” said {P}, {ROLE}.")
        #expect(template.pieces.count == 7)
        #expect(template.has(.person) && template.has(.quote) && !template.has(.organization))
        guard case .text(let curly, let straight) = template.pieces[0] else { Issue.record("no text first"); return }
        #expect(curly == "“" && straight == "\"")
    }

    @Test func zipfFavoursTheFirstRanks() {
        let ranks = CorpusZipf(count: 1_000, exponent: 1, shift: 3)
        var random = CorpusRandom(seed: 2)
        var hits = [Int](repeating: 0, count: 1_000)
        for _ in 0..<20_000 { hits[ranks.draw(&random)] += 1 }
        #expect(hits[0] > hits[10] && hits[10] > hits[500])
        #expect(hits[0] > 20_000 / 40)
    }
}
