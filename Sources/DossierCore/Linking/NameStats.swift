/// What the mentions of one name key say across a collection, before any rule moves one: how often the tagger called
/// them each kind (a title before a surname, `Mr Hale`, always names a person), in how many articles, and in how many
/// of those the tagger called one a person. Every collection-wide measure resolution weighs adds these up over the
/// names of an entity, so that an index can keep them per name and update them by the articles that changed.
struct NameStats: Equatable, Sendable {
    /// Mentions of each kind, in the order of `EntityKind.allCases`.
    var kinds = [Int](repeating: 0, count: EntityKind.allCases.count)
    var articles = 0
    var personArticles = 0

    /// The place of `person` in `kinds`.
    static let person = EntityKind.allCases.firstIndex(of: .person)!

    var mentions: Int { kinds.reduce(0, +) }

    init() {}

    /// The stats of the tallies of the name keyed `key`. `seen` is scratch space an article slot (two marks each,
    /// counted and counted as a person's), and `stamp` a number no earlier call gave it: slots are marked, not cleared.
    init(key: String, _ tallies: some Sequence<MentionTally>, seen: inout [(counted: Int32, person: Int32)], stamp: Int32) {
        let titled = NameKey.honorificSurname(key) != nil
        for tally in tallies {
            kinds[titled ? Self.person : EntityKind.allCases.firstIndex(of: tally.kind)!] += tally.count
            let slot = Int(tally.slot)
            if seen[slot].counted != stamp {
                seen[slot].counted = stamp
                articles += 1
            }
            if tally.kind == .person && seen[slot].person != stamp {
                seen[slot].person = stamp
                personArticles += 1
            }
        }
    }
}
