import Foundation

/// What the mentions of one name key say across a collection, before any rule moves one: how often the tagger called
/// them each kind (a title before a surname, `Mr Hale`, always names a person), in how many articles, in how many of
/// those the tagger called one a person, how many are outside titles or written as acronyms, and in how many articles a context cue confirms
/// each sense (person, organisation, place) or two at once. Every count is a sum over articles, and every measure
/// resolution weighs adds these up over the names of an entity, so that an index keeps them per name and updates
/// them by the articles that changed (`add(_:sign:)`).
struct NameStats: Equatable, Sendable {
    /// The counts in one vector, so that adding stats up allocates nothing: mentions of each kind (in the order of
    /// `EntityKind.allCases`), articles, articles called a person in, mentions outside a title, mentions written as an
    /// acronym, then articles confirming each of `senses` and each of `pairs`.
    private var counts = SIMD16<Int>()

    private static let kindCount = 4
    private static let articlesAt = 4, personArticlesAt = 5, untitledAt = 6, acronymsAt = 7, confirmedAt = 8, overlapsAt = 11
    /// How many counts are stored.
    private static let stored = 14

    /// The kinds a homonym can be split into, in the order of `confirmed`.
    static let senses: [EntityKind] = [.person, .organization, .place]
    /// The pairs of `senses`, in the order of `overlaps`.
    static let pairs = [(0, 1), (0, 2), (1, 2)]
    /// The place of `person` in `kinds`.
    static let person = EntityKind.allCases.firstIndex(of: .person)!

    /// Mentions of each kind, in the order of `EntityKind.allCases`.
    var kinds: [Int] { (0..<Self.kindCount).map { counts[$0] } }
    /// Mentions of the kind at `index` of `EntityKind.allCases`.
    func mentions(ofKind index: Int) -> Int { counts[index] }
    var mentions: Int { counts[0] + counts[1] + counts[2] + counts[3] }
    var articles: Int { counts[Self.articlesAt] }
    var personArticles: Int { counts[Self.personArticlesAt] }
    /// Mentions outside a title.
    var untitled: Int { counts[Self.untitledAt] }
    /// Mentions written as an acronym (`NYT`).
    var acronyms: Int { counts[Self.acronymsAt] }
    /// Articles confirming each of `senses`.
    var confirmed: [Int] { (0..<3).map { counts[Self.confirmedAt + $0] } }
    /// Articles confirming each of `pairs` at once.
    var overlaps: [Int] { (0..<3).map { counts[Self.overlapsAt + $0] } }

    init() {
        precondition(EntityKind.allCases.count == Self.kindCount)
    }

    /// The stats of the tallies at `members` of `tallies` (in any order), those of the name keyed `key`.
    init(key: String, _ tallies: [MentionTally], members: [Int]) {
        let titled = NameKey.honorificSurname(key) != nil
        // Members come an article at a time (in collection order) but for tallies given in another order.
        let inOrder = zip(members, members.dropFirst()).allSatisfy { tallies[$0].slot <= tallies[$1].slot }
        let bySlot = inOrder ? members : members.sorted { tallies[$0].slot < tallies[$1].slot }
        var acronyms = NameKey.Memo()
        var start = 0
        while start < bySlot.count {
            var end = start + 1
            while end < bySlot.count && tallies[bySlot[end]].slot == tallies[bySlot[start]].slot { end += 1 }
            add(Self(article: bySlot[start..<end].lazy.map { tallies[$0] }, titled: titled, acronyms: &acronyms))
            start = end
        }
    }

    /// The stats of one article's tallies of one name, `titled` when the name is a title and a surname.
    init(article tallies: some Sequence<MentionTally>, titled: Bool) {
        var acronyms = NameKey.Memo()
        self.init(article: tallies, titled: titled, acronyms: &acronyms)
    }

    /// The stats of one article's tallies of one name, its surfaces looked at through `acronyms`.
    init(article tallies: some Sequence<MentionTally>, titled: Bool, acronyms surfaces: inout NameKey.Memo) {
        var person = false
        var senses = [false, false, false]
        for tally in tallies {
            counts[Self.articlesAt] = 1
            counts[titled ? Self.person : EntityKind.allCases.firstIndex(of: tally.kind)!] += tally.count
            if tally.kind == .person { person = true }
            if !tally.inTitle { counts[Self.untitledAt] += tally.count }
            if surfaces.isAcronym(tally.surface) { counts[Self.acronymsAt] += tally.count }
            if tally.confirmed > 0, let sense = Self.senses.firstIndex(of: tally.kind) { senses[sense] = true }
        }
        counts[Self.personArticlesAt] = person ? 1 : 0
        for sense in senses.indices where senses[sense] { counts[Self.confirmedAt + sense] = 1 }
        for (pair, (a, b)) in Self.pairs.enumerated() where senses[a] && senses[b] { counts[Self.overlapsAt + pair] = 1 }
    }

    /// Adds `other` (subtracts it, with `sign` -1).
    mutating func add(_ other: NameStats, sign: Int = 1) {
        counts &+= sign == 1 ? other.counts : other.counts &* SIMD16(repeating: sign)
    }

    /// The counts as stored: each a signed varint, in the order of `counts`.
    var encoded: Data {
        var writer = BinaryWriter()
        for index in 0..<Self.stored { writer.write(signedVarint: counts[index]) }
        return writer.data
    }

    /// Stats as `encoded` stored them; nil for bytes it did not write.
    init?(decoding data: Data) { self.init(reading: BinaryReader(data)) }

    /// Stats as `encoded` stored them, read from bytes in place; nil for bytes it did not write.
    init?(decoding bytes: UnsafeRawBufferPointer) { self.init(reading: BinaryReader(bytes)) }

    private init?(reading: BinaryReader) {
        var reader = reading
        for index in 0..<Self.stored {
            guard let value = try? reader.readSignedVarint() else { return nil }
            counts[index] = value
        }
        guard reader.isAtEnd else { return nil }
    }
}
