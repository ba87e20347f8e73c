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
    func tally(_ slot: Int32, _ kind: EntityKind, count: Int = 1) -> MentionTally {
        MentionTally(article: ArticleID(rawValue: "a\(slot)"), slot: slot, surface: "x", kind: kind, inTitle: false, count: count)
    }

    @Test func countsKindsByMentionAndArticlesOnce() {
        var seen = [(counted: Int32, person: Int32)](repeating: (-1, -1), count: 4)
        let stats = NameStats(key: "okafor", [tally(0, .person, count: 3), tally(0, .place), tally(2, .place), tally(3, .person)], seen: &seen, stamp: 0)
        #expect(stats.kinds == EntityKind.allCases.map { $0 == .person ? 4 : $0 == .place ? 2 : 0 })
        #expect(stats.articles == 3)
        #expect(stats.personArticles == 2)
        // Another name's stamp starts its count again over the same scratch space.
        let next = NameStats(key: "vantor", [tally(0, .organization), tally(3, .organization)], seen: &seen, stamp: 1)
        #expect(next.articles == 2)
        #expect(next.personArticles == 0)
    }

    @Test func aTitleNamesAPersonWhateverTheTaggerSaid() {
        var seen = [(counted: Int32, person: Int32)](repeating: (-1, -1), count: 2)
        let stats = NameStats(key: "mr okafor", [tally(0, .place), tally(1, .organization, count: 2)], seen: &seen, stamp: 0)
        #expect(stats.kinds[NameStats.person] == 3)
        #expect(stats.mentions == 3)
        #expect(stats.personArticles == 0, "the articles a word is called a person in are the tagger's")
    }
}
