import Foundation

/// A mention as the tagger found it, before resolution.
public struct FoundMention: Hashable, Sendable {
    public var mention: Mention
    public var kind: EntityKind

    public init(mention: Mention, kind: EntityKind) {
        self.mention = mention
        self.kind = kind
    }
}

/// Groups mentions into entities across a collection, by rules in order of precision: same name key (case, quotes,
/// possessives, `U.S.`/`US`, country aliases), government-body word order, organisation names with and without a
/// generic suffix, acronyms (by initials or an explicit `Name (ABC)` definition), and person surnames resolved to
/// the full name used in the same article, or in the collection when that is unambiguous.
public struct EntityResolver: Sendable {
    public init() {}

    /// The entities of `mentions`; `definitions` maps acronym keys to the names they were defined for in the text.
    public func resolve(_ mentions: [FoundMention], definitions: [String: String] = [:]) -> Resolution {
        var memo = NameKey.Memo()
        return Resolution(resolve(MentionTally.each(mentions), keys: TallyKeys(mentions.map { memo.key($0.mention.surface) }),
                                  definitions: definitions), of: mentions)
    }

    /// The entities of `tallies` (in collection order), whose name keys are `keys`, each with the positions in
    /// `tallies` of its own (in order).
    func resolve(_ tallies: [MentionTally], keys: TallyKeys, definitions: [String: String]) -> ResolvedGroups {
        var groups = Groups(tallies, keys: keys)
        groups.mergeGovernmentBodies()
        groups.mergeOrganizationSuffixes()
        groups.mergeAcronyms(definitions: definitions)
        groups.resolveSurnames()
        return groups.entities()
    }
}

/// Mentions of one surface, tagged one kind, in one article's title or in the rest of it: what resolution weighs.
/// Every rule decides such mentions alike, so an index resolves a count of them where the reader's texts hold each.
struct MentionTally: Sendable {
    var article: ArticleID
    /// A number for the article, the same for all its tallies and no other's, so that sets of articles are sets of
    /// numbers.
    var slot: Int32
    var surface: String
    var kind: EntityKind
    var inTitle: Bool
    var count: Int

    init(article: ArticleID, slot: Int32, surface: String, kind: EntityKind, inTitle: Bool, count: Int) {
        self.article = article
        self.slot = slot
        self.surface = surface
        self.kind = kind
        self.inTitle = inTitle
        self.count = count
    }

    /// One tally per mention, articles numbered in order of appearance.
    static func each(_ found: [FoundMention]) -> [MentionTally] {
        var slots: [ArticleID: Int32] = [:]
        return found.map { item in
            let slot = slots[item.mention.article] ?? Int32(slots.count)
            slots[item.mention.article] = slot
            return MentionTally(article: item.mention.article, slot: slot, surface: item.mention.surface, kind: item.kind,
                                inTitle: item.mention.part == .title, count: 1)
        }
    }
}

/// The name key of each of a list of tallies, as a number into the keys they have: resolution groups and looks keys
/// up by number, not by hashing a string per tally.
struct TallyKeys: Sendable {
    /// The distinct keys.
    var names: [String]
    /// Per tally, its key's place in `names`.
    var numbers: [Int32]

    init(names: [String], numbers: [Int32]) {
        self.names = names
        self.numbers = numbers
    }

    /// The keys of tallies given one by one.
    init(_ keys: [String]) {
        var numbered: [String: Int32] = [:]
        var names: [String] = []
        numbers = keys.map { key in
            if let known = numbered[key] { return known }
            numbered[key] = Int32(names.count)
            names.append(key)
            return Int32(names.count - 1)
        }
        self.names = names
    }

    /// The key of the tally at `position`.
    subscript(position: Int) -> String { names[Int(numbers[position])] }

    /// The keys of the tallies at `positions`, in that order.
    func selecting(_ positions: [Int]) -> TallyKeys { TallyKeys(names: names, numbers: positions.map { numbers[$0] }) }
}

/// Entities resolved from a list of tallies, with the positions in that list of each one's tallies.
struct ResolvedGroups: Sendable {
    var entities: [Entity]
    var members: [[Int]]
}

extension Resolution {
    /// The resolution `resolved` made of `mentions`.
    init(_ resolved: ResolvedGroups, of mentions: [FoundMention]) {
        self.init(entities: resolved.entities, mentions: MentionTable(zip(resolved.entities, resolved.members).map { entity, members in
            (entity.id, members.map { mentions[$0].mention })
        }))
    }
}

/// Tallies grouped by name key and by person or not, with a union-find over the groups.
private struct Groups {
    struct Group {
        var key: String
        var isPerson: Bool
        var members: [Int]  // indices into `tallies`
    }

    var tallies: [MentionTally]
    var groups: [Group] = []
    var parent: [Int] = []
    var index: [String: Int] = [:]  // "p|key" or "n|key" → group

    init(_ tallies: [MentionTally], keys: TallyKeys) {
        self.tallies = tallies
        var groupOf = [Int](repeating: -1, count: 2 * keys.names.count)  // 2 × key number, + 1 for people: the group
        for position in tallies.indices {
            let number = Int(keys.numbers[position])
            let key = keys.names[number]
            guard !key.isEmpty else { continue }
            let isPerson = tallies[position].kind == .person
            let slot = 2 * number + (isPerson ? 1 : 0)
            if groupOf[slot] >= 0 {
                groups[groupOf[slot]].members.append(position)
            } else {
                groupOf[slot] = groups.count
                index[(isPerson ? "p|" : "n|") + key] = groups.count
                groups.append(Group(key: key, isPerson: isPerson, members: [position]))
                parent.append(parent.count)
            }
        }
    }

    mutating func root(_ group: Int) -> Int {
        var current = group
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    mutating func union(_ a: Int, into b: Int) {
        let (ra, rb) = (root(a), root(b))
        if ra != rb { parent[ra] = rb }
    }

    private var nonPerson: [Int] { groups.indices.filter { !groups[$0].isPerson } }

    /// `Department of Commerce`, `US Commerce Department` and `U.S. Commerce Department` are one body; a form with
    /// no country joins the one country's form when only one country's is in the collection.
    mutating func mergeGovernmentBodies() {
        var byBody: [String: [(group: Int, country: String?)]] = [:]
        for group in nonPerson {
            if let found = NameKey.governmentBody(groups[group].key) { byBody[found.body, default: []].append((group, found.country)) }
        }
        for (_, variants) in byBody {
            var byCountry: [String: [Int]] = [:]
            for variant in variants { byCountry[variant.country ?? "", default: []].append(variant.group) }
            for (_, same) in byCountry { for other in same.dropFirst() { union(other, into: same[0]) } }
            let countries = byCountry.keys.filter { !$0.isEmpty }
            if countries.count == 1, let bare = byCountry[""], let target = byCountry[countries[0]]?.first {
                for group in bare { union(group, into: target) }
            }
        }
    }

    /// `NSO` joins `NSO Group` when the collection has both.
    mutating func mergeOrganizationSuffixes() {
        for group in nonPerson {
            if let shorter = NameKey.withoutOrganizationSuffix(groups[group].key), let other = index["n|" + shorter] {
                union(other, into: group)
            }
        }
    }

    /// `NYT` joins `The New York Times` when exactly one name in the collection has those initials, or when the text
    /// defined it (`The New York Times (NYT)`).
    mutating func mergeAcronyms(definitions: [String: String]) {
        var byInitials: [String: Set<Int>] = [:]
        for group in nonPerson {
            let surface = tallies[groups[group].members[0]].surface
            if let initials = NameKey.initials(surface) { byInitials[initials, default: []].insert(group) }
        }
        var acronyms: [String: Bool] = [:]
        func isAcronym(_ surface: String) -> Bool {
            if let known = acronyms[surface] { return known }
            let found = NameKey.isAcronym(surface)
            acronyms[surface] = found
            return found
        }
        for group in nonPerson where groups[group].members.contains(where: { isAcronym(tallies[$0].surface) }) {
            let key = NameKey.letters(groups[group].key)
            if let name = definitions[key], let target = index["n|" + NameKey.key(name)] {
                union(group, into: target)
                continue
            }
            var candidates = Set((byInitials[key] ?? []).map { root($0) })
            candidates.remove(root(group))
            if candidates.count == 1, let target = candidates.first { union(group, into: target) }
        }
    }

    /// A person mentioned by one name (`Biden`) or by a title and one name (`Mr Biden`) joins the full name
    /// (`Joe Biden`) ending in it: the one used in the same article when there is exactly one, else the one in the
    /// collection when there is exactly one.
    mutating func resolveSurnames() {
        var fullNamesBySurname: [String: [Int]] = [:]
        for (group, item) in groups.enumerated() where item.isPerson && NameKey.honorificSurname(item.key) == nil {
            let words = item.key.split(separator: " ")
            if words.count >= 2, let last = words.last { fullNamesBySurname[String(last), default: []].append(group) }
        }
        var moved: [(mention: Int, from: Int, to: Int)] = []
        // One-word persons, one-word names the tagger could only call `other` (a surname used as an adjective, as in
        // `the Biden administration`), and a title with a surname, whatever the tagger called it; places and
        // organisations keep their own kind.
        let surnames: [(group: Int, surname: String)] = groups.indices.compactMap { group in
            let item = groups[group]
            if let surname = NameKey.honorificSurname(item.key) { return (group, surname) }
            guard !item.key.contains(" "), item.isPerson || item.members.allSatisfy({ tallies[$0].kind == .other }) else { return nil }
            return (group, item.key)
        }
        // The articles each full name is used in, worked out once per name rather than once per surname mention.
        var articlesOf: [Int: Set<Int32>] = [:]
        for (group, surname) in surnames {
            let item = groups[group]
            guard let candidates = fullNamesBySurname[surname] else { continue }
            let roots = Set(candidates.map { root($0) })
            for candidate in candidates where articlesOf[candidate] == nil {
                articlesOf[candidate] = Set(groups[candidate].members.map { tallies[$0].slot })
            }
            for member in item.members {
                let article = tallies[member].slot
                // The one entity of the full names used in this article, if they are all one.
                var local: Int?
                var several = false
                for candidate in candidates where articlesOf[candidate]!.contains(article) {
                    let found = root(candidate)
                    if local == nil { local = found } else if local != found { several = true }
                }
                if let local, !several { moved.append((member, group, local)) }
                else if local == nil && roots.count == 1 { moved.append((member, group, roots.first!)) }
            }
        }
        // Each group gives up its moved mentions in one pass, not one search per mention.
        var leaving: [Int: Set<Int>] = [:]
        for move in moved {
            leaving[move.from, default: []].insert(move.mention)
            groups[move.to].members.append(move.mention)
            tallies[move.mention].kind = .person
        }
        for (group, gone) in leaving { groups[group].members.removeAll { gone.contains($0) } }
    }

    mutating func entities() -> ResolvedGroups {
        var members: [Int: [Int]] = [:]
        for group in groups.indices { members[root(group), default: []] += groups[group].members }
        // Surfaces and their display forms numbered once for all entities, so that counting an entity's forms, kinds
        // and articles reads arrays rather than hashing each tally's strings again.
        var surfaceNumbers: [String: Int] = [:]
        var formNumbers: [String: Int] = [:]
        var forms: [String] = []
        var formOfSurface: [Int] = []
        let formOf = tallies.indices.map { index -> Int in
            let surface = tallies[index].surface
            if let known = surfaceNumbers[surface] { return formOfSurface[known] }
            let form = NameKey.display(surface)
            let number = formNumbers[form] ?? forms.count
            if number == forms.count {
                formNumbers[form] = number
                forms.append(form)
            }
            surfaceNumbers[surface] = formOfSurface.count
            formOfSurface.append(number)
            return number
        }
        var formCounts = [Int](repeating: 0, count: forms.count)
        var firstSeen = [Int](repeating: 0, count: forms.count)
        var entityOfSlot = [Int](repeating: -1, count: Int(tallies.map(\.slot).max() ?? 0) + 1)
        let kinds = EntityKind.allCases
        var resolved: [(entity: Entity, members: [Int])] = []
        for (_, indices) in members where !indices.isEmpty {
            let sorted = indices.sorted()
            var kindCounts = [Int](repeating: 0, count: kinds.count)
            var used: [Int] = []  // form numbers, in order of first use
            var articles: [ArticleID] = []
            var count = 0
            // Fields read from the array in place: a copy of a tally would retain its strings.
            for (order, index) in sorted.enumerated() {
                let mentions = tallies[index].count
                kindCounts[kinds.firstIndex(of: tallies[index].kind)!] += mentions
                let form = formOf[index]
                if formCounts[form] == 0 {
                    used.append(form)
                    firstSeen[form] = order
                }
                formCounts[form] += mentions
                count += mentions
                let slot = Int(tallies[index].slot)
                if entityOfSlot[slot] != resolved.count {
                    entityOfSlot[slot] = resolved.count
                    articles.append(tallies[index].article)
                }
            }
            // The most mentioned kind; of two as often, the one whose name sorts first.
            let kind = kinds.indices.filter { kindCounts[$0] > 0 }
                .max { (kindCounts[$0], kinds[$1].rawValue) < (kindCounts[$1], kinds[$0].rawValue) }.map { kinds[$0] }!
            let completeness = Dictionary(uniqueKeysWithValues: used.map { (forms[$0], Self.completeness(forms[$0])) })
            let ranked = used.sorted { a, b in
                let wa = completeness[forms[a]]!, wb = completeness[forms[b]]!
                if wa != wb { return wa > wb }
                if formCounts[a] != formCounts[b] { return formCounts[a] > formCounts[b] }
                return firstSeen[a] < firstSeen[b]
            }
            let canonical = NameKey.countryDisplayName(forKey: NameKey.key(forms[ranked[0]])) ?? forms[ranked[0]]
            let aliases = ranked.filter { forms[$0] != canonical }
                .sorted { (formCounts[$0], firstSeen[$1]) > (formCounts[$1], firstSeen[$0]) }.map { forms[$0] }
            for form in used { formCounts[form] = 0 }
            let entity = Entity(canonicalName: canonical, kind: kind, aliases: aliases, articles: articles, mentionCount: count)
            resolved.append((entity, sorted))
        }
        resolved.sort { ($0.entity.mentionCount, $1.entity.canonicalName) > ($1.entity.mentionCount, $0.entity.canonicalName) }
        return ResolvedGroups(entities: resolved.map(\.entity), members: resolved.map(\.members))
    }

    /// How complete a form is: its words, not counting a leading `the` or a title before a surname (`Mr Biden`
    /// names no more than `Biden`); an all-capitals acronym counts least.
    private static func completeness(_ form: String) -> Int {
        let words = form.split(whereSeparator: \.isWhitespace)
        let count = words.count - (words.first?.lowercased() == "the" && words.count > 1 ? 1 : 0)
        if NameKey.isAcronym(form) { return 0 }
        return words.count == 2 && NameKey.honorificSurname(NameKey.key(form)) != nil ? 1 : count
    }
}
