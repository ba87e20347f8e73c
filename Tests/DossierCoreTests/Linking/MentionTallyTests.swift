@testable import DossierCore
import Testing

/// Resolving tallies (as the index does) gives what resolving each mention gives.
@Suite struct MentionTallyTests {
    @Test func talliesResolveAsTheirMentions() {
        // (article, surface, kind): surnames, forms outnumbering each other, a kind in the minority, an acronym.
        let items: [(String, String, EntityKind)] = [
            ("a", "Maria Okafor", .person), ("a", "Okafor", .person), ("a", "Okafor", .person), ("a", "Okafor", .person),
            ("b", "Okafor", .person), ("b", "Vantor Holdings", .organization), ("b", "Vantor", .organization),
            ("b", "Vantor", .organization), ("b", "Vantor", .place), ("c", "VH", .organization), ("c", "Vantor", .organization),
            ("c", "Dr Okafor", .person), ("c", "Okafor", .other),
        ]
        let found = items.enumerated().map { offset, item in
            FoundMention(mention: Mention(article: ArticleID(rawValue: item.0), part: .block(offset), range: 0..<item.1.count, surface: item.1),
                         kind: item.2)
        }
        let byMention = EntityResolver().resolve(found).entities
        // The same mentions counted by article, surface and kind, in order of each tally's first mention.
        var tallies: [MentionTally] = []
        for item in MentionTally.each(found) {
            if let same = tallies.firstIndex(where: { $0.slot == item.slot && $0.surface == item.surface && $0.kind == item.kind }) {
                tallies[same].count += 1
            } else {
                tallies.append(item)
            }
        }
        #expect(tallies.count < found.count)
        let byTally = EntityResolver().resolve(tallies, keys: TallyKeys(tallies.map { NameKey.key($0.surface) }), definitions: [:]).entities
        #expect(byTally.map(\.id) == byMention.map(\.id))
        #expect(byTally.map(\.aliases) == byMention.map(\.aliases))
        #expect(byTally.map(\.kind) == byMention.map(\.kind))
        #expect(byTally.map(\.mentionCount) == byMention.map(\.mentionCount))
        #expect(byTally.map(\.articles) == byMention.map(\.articles))
        #expect(byMention.first { $0.canonicalName == "Vantor Holdings" }?.mentionCount == 6)
    }
}

/// A name's own counts, which every collection-wide measure of resolution adds up.
@Suite struct NameStatsTests {
    func tally(_ slot: Int32, _ kind: EntityKind, count: Int = 1, surface: String = "Okafor", inTitle: Bool = false, confirmed: Int = 0) -> MentionTally {
        MentionTally(article: ArticleID(rawValue: "a\(slot)"), slot: slot, surface: surface, kind: kind, inTitle: inTitle, count: count, confirmed: confirmed)
    }

    @Test func countsKindsByMentionAndArticlesOnce() {
        let tallies = [tally(0, .person, count: 3), tally(2, .place), tally(0, .place, inTitle: true), tally(3, .person, surface: "OKA")]
        let stats = NameStats(key: "okafor", tallies, members: Array(tallies.indices))
        #expect(stats.kinds == EntityKind.allCases.map { $0 == .person ? 4 : $0 == .place ? 2 : 0 })
        #expect(stats.articles == 3)
        #expect(stats.personArticles == 2)
        #expect(stats.untitled == 5)
        #expect(stats.acronyms == 1)
    }

    @Test func aTitleNamesAPersonWhateverTheTaggerSaid() {
        let tallies = [tally(0, .place), tally(1, .organization, count: 2)]
        let stats = NameStats(key: "mr okafor", tallies, members: [0, 1])
        #expect(stats.kinds[NameStats.person] == 3)
        #expect(stats.mentions == 3)
        #expect(stats.personArticles == 0, "the articles a word is called a person in are the tagger's")
    }

    @Test func confirmedSensesAndTheirOverlapsAreCountedByArticle() {
        let tallies = [tally(0, .place, confirmed: 1), tally(0, .organization, confirmed: 2), tally(1, .place, confirmed: 1), tally(2, .place)]
        let stats = NameStats(key: "carlisle", tallies, members: Array(tallies.indices))
        #expect(stats.confirmed == [0, 1, 2])
        #expect(stats.overlaps == [0, 0, 1], "organisation and place confirmed together in one article")
    }

    @Test func theWholeIsTheSumOfItsArticlesAndSurvivesStoring() throws {
        let tallies = [tally(0, .person, count: 2, confirmed: 1), tally(1, .place, inTitle: true), tally(1, .person, surface: "OKA"), tally(4, .other)]
        var sum = NameStats()
        for slot: Int32 in [0, 1, 4] { sum.add(NameStats(article: tallies.filter { $0.slot == slot }, titled: false)) }
        let whole = NameStats(key: "okafor", tallies, members: Array(tallies.indices))
        #expect(sum == whole)
        var less = whole
        less.add(NameStats(article: [tallies[3]], titled: false), sign: -1)
        #expect(less.articles == 2)
        #expect(less.kinds[EntityKind.allCases.firstIndex(of: .other)!] == 0)
        #expect(NameStats(decoding: whole.encoded) == whole)
        #expect(NameStats(decoding: whole.encoded.dropLast()) == nil)
    }
}
