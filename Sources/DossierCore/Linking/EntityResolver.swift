import Foundation

/// A mention as the tagger found it, before resolution.
public struct FoundMention: Hashable, Sendable {
    public var mention: Mention
    public var kind: EntityKind
    /// Whether a cue in the mention's context confirms its kind (`President …`, `in …`, `…'s manager`).
    public var isConfirmed: Bool

    public init(mention: Mention, kind: EntityKind, isConfirmed: Bool = false) {
        self.mention = mention
        self.kind = kind
        self.isConfirmed = isConfirmed
    }
}

/// Groups mentions into entities across a collection. Identity comes from the names alone, never from the kind the
/// tagger gave a mention: mentions with one name key are one entity, and rules (each linking keys as `NameRules`
/// says) join government bodies in any word order, names with and without a generic suffix, acronyms and
/// abbreviations to the name they stand for, short forms of organisations (`Colts`, `Indianapolis Colts`), fuller and
/// shorter forms of one person's name (`W. Mark Felt`, `Mark Felt`), and surnames and titled surnames to the full name
/// used in the same article, or in the collection when one clearly dominates. An entity's kind is then a vote of its
/// mentions.
public struct EntityResolver: Sendable {
    public init() {}

    /// The entities of `mentions`; `definitions` maps acronym keys to the names they were defined for in the text.
    public func resolve(_ mentions: [FoundMention], definitions: [String: String] = [:]) -> Resolution {
        var memo = NameKey.Memo()
        return Resolution(resolve(MentionTally.each(mentions), keys: TallyKeys(mentions.map { memo.key($0.mention.surface) }),
                                  definitions: definitions), of: mentions)
    }

    /// The entities of `tallies` (in collection order), whose name keys are `keys`, each with the positions in
    /// `tallies` of its own (in order). A tally in `carried` (by position) is a short name's that an earlier
    /// resolution moved to the entity of the name keyed by its value: it takes no part in any rule and joins that
    /// name's entity as a moved surname does, so that an index can resolve again some names without the short names
    /// whose decisions did not change. With `stats` (every name of the collection's `NameStats`), every rule weighs
    /// those counts and decides every name, while only the tallies given are resolved: an index resolves the articles
    /// that changed so, with each name's stored `links`. With `decide`, the result holds every name's decisions (`ResolvedGroups.decisions`).
    func resolve(_ tallies: [MentionTally], keys: TallyKeys, definitions: [String: String], carried: [Int: String] = [:],
                 stats: [String: NameStats]? = nil, links: [String: [NameRules.Link]] = [:], decide: Bool = false) -> ResolvedGroups {
        var groups = Groups(tallies, keys: keys, carried: carried, stats: stats, links: links)
        groups.mergeGovernmentBodies()
        groups.mergeOrganizationSuffixes()
        groups.mergeAcronyms(definitions: definitions)
        groups.mergeSpellings()
        groups.mergeShortForms()
        groups.mergePersonNameVariants()
        groups.resolveSurnames()
        groups.splitHomonyms()
        var resolved = groups.entities()
        if decide { resolved.decisions = groups.decisions() }
        return resolved
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
    /// How many of the mentions a cue confirms the kind of.
    var confirmed: Int

    init(article: ArticleID, slot: Int32, surface: String, kind: EntityKind, inTitle: Bool, count: Int, confirmed: Int = 0) {
        self.article = article
        self.slot = slot
        self.surface = surface
        self.kind = kind
        self.inTitle = inTitle
        self.count = count
        self.confirmed = confirmed
    }

    /// One tally per mention, articles numbered in order of appearance.
    static func each(_ found: [FoundMention]) -> [MentionTally] {
        var slots: [ArticleID: Int32] = [:]
        return found.map { item in
            let slot = slots[item.mention.article] ?? Int32(slots.count)
            slots[item.mention.article] = slot
            return MentionTally(article: item.mention.article, slot: slot, surface: item.mention.surface, kind: item.kind,
                                inTitle: item.mention.part == .title, count: 1, confirmed: item.isConfirmed ? 1 : 0)
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
    /// The positions of the tallies a short name's decision moved to a fuller name's entity (or that came carried
    /// so): the others are their name's entity's own.
    var moved = Set<Int>()
    /// Per entity, what it is in the index (its root's representative and sense) and what its mentions add up to.
    var owners: [EntityOwner] = []
    var totals: [EntityTotals] = []
    /// Per name, what decides the entity of its mentions (`Groups.decisions()`), when asked for.
    var decisions: [String: String] = [:]
}

/// An entity as an index keeps it: the representative of its names' root (their least key) and, for a homonym's
/// split sense, the sense.
struct EntityOwner: Hashable, Sendable {
    var rep: String
    var sense: EntityKind?
}

extension Resolution {
    /// The resolution `resolved` made of `mentions`.
    init(_ resolved: ResolvedGroups, of mentions: [FoundMention]) {
        self.init(entities: resolved.entities, mentions: MentionTable(zip(resolved.entities, resolved.members).map { entity, members in
            (entity.id, members.map { mentions[$0].mention })
        }))
    }
}

/// Tallies grouped by name key, with a union-find over the groups and the buckets `NameRules` puts their keys in.
private struct Groups {
    struct Group {
        var key: String
        var members: [Int]  // indices into `tallies`
        /// What the name's mentions say, counted before any rule moves one.
        var stats = NameStats()
        /// The kind of a homonym's sense split off from the entity of its name, and that entity's root.
        var sense: EntityKind? = nil
        var senseOf: Int? = nil
    }

    var tallies: [MentionTally]
    var groups: [Group] = []
    var parent: [Int] = []
    var index: [String: Int] = [:]  // key → group
    /// Per bucket, its anchor groups and its other groups.
    var anchors: [String: [Int]] = [:]
    var members: [String: [Int]] = [:]
    /// The anchored buckets of each rule (by the prefix of their names, `last:`), in order of name.
    var byRule: [String: [(bucket: String, anchors: [Int])]] = [:]

    /// Tallies carried over by an index, by position, with the key of the name whose entity each joins.
    var carried: [Int: String]
    /// Tallies moved to a fuller name's entity, by position.
    var moved = Set<Int>()
    /// The kinds a root's name was split into (`splitHomonyms`), by root.
    var splits: [Int: (major: EntityKind, minor: EntityKind)] = [:]
    /// What each short name's decisions read of the collection (`resolveSurnames`), by group.
    var contexts: [Int: String] = [:]

    /// The groups of `tallies`; with `stats`, a group for every name it counts mentions of too (each with those
    /// counts, whether or not `tallies` holds its mentions), so that an index can resolve some articles' tallies
    /// beside the counts of the whole collection.
    init(_ tallies: [MentionTally], keys: TallyKeys, carried: [Int: String], stats: [String: NameStats]? = nil,
         links known: [String: [NameRules.Link]] = [:]) {
        self.tallies = tallies
        self.carried = carried
        if let stats {
            for (key, counts) in stats.sorted(by: { $0.key < $1.key }) where counts.mentions > 0 && !key.isEmpty {
                index[key] = groups.count
                groups.append(Group(key: key, members: [], stats: counts))
                parent.append(parent.count)
            }
        }
        var groupOf = [Int](repeating: -1, count: keys.names.count)
        for position in tallies.indices where carried[position] == nil {
            let number = Int(keys.numbers[position])
            let key = keys.names[number]
            guard !key.isEmpty else { continue }
            if groupOf[number] < 0, let known = index[key] { groupOf[number] = known }
            if groupOf[number] >= 0 {
                groups[groupOf[number]].members.append(position)
            } else {
                groupOf[number] = groups.count
                index[key] = groups.count
                groups.append(Group(key: key, members: [position]))
                parent.append(parent.count)
            }
        }
        for group in groups.indices where stats?[groups[group].key] == nil {
            groups[group].stats = NameStats(key: groups[group].key, tallies, members: groups[group].members)
        }
        for (group, links) in Self.links(of: groups, known: known).enumerated() {
            for link in links {
                if link.isAnchor { anchors[link.bucket, default: []].append(group) } else { members[link.bucket, default: []].append(group) }
            }
        }
        for (bucket, groups) in anchors.sorted(by: { $0.key < $1.key }) {
            guard let colon = bucket.firstIndex(of: ":") else { continue }
            byRule[String(bucket[...colon]), default: []].append((bucket, groups))
        }
    }

    /// The `NameRules` links of each group (those of its key in `known`, as an index stores them, where given), a
    /// key written as an acronym where any of its mentions is one; worked out on every core for a large resolution
    /// (a first index resolves most of its names in one batch).
    private static func links(of groups: [Group], known: [String: [NameRules.Link]]) -> [[NameRules.Link]] {
        @Sendable func links(_ group: Group) -> [NameRules.Link] {
            NameRules.links(of: group.key, isAcronym: group.stats.acronyms > 0, stored: known[group.key])
        }
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard groups.count >= 4_096, workers > 1 else { return groups.map(links) }
        let chunk = (groups.count + 8 * workers - 1) / (8 * workers)
        return stride(from: 0, to: groups.count, by: chunk).map { $0..<min($0 + chunk, groups.count) }
            .concurrentMap(workers: workers) { range in groups[range].map(links) }.flatMap { $0 }
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

    /// The buckets of one rule (their names start with `prefix`) with their anchors, in order of name: every rule
    /// decides in the same order on every run, so an index resolved in parts equals one resolved whole.
    func buckets(_ prefix: String) -> [(bucket: String, anchors: [Int])] { byRule[prefix] ?? [] }

    /// The groups linked with `group` through `bucket`: the others of the bucket if `group` anchors it, else its anchors.
    func linked(_ group: Int, in bucket: String) -> [Int] {
        let isAnchor = anchors[bucket]?.contains(group) ?? false
        return ((anchors[bucket] ?? []) + (isAnchor ? members[bucket] ?? [] : [])).filter { $0 != group }
    }

    /// What the mentions of some groups say: how often each kind, and in how many articles, counted for each group
    /// and added up (an article naming two of the groups counts twice), so that it follows from each name's own
    /// `NameStats`.
    struct Evidence {
        var stats = NameStats()
        var articles: Int { stats.articles }

        func share(_ kind: EntityKind) -> Double {
            let total = stats.mentions
            return total == 0 ? 0 : Double(stats.mentions(ofKind: EntityKind.allCases.firstIndex(of: kind)!)) / Double(total)
        }
    }

    /// What the mentions of each root's groups say, as the groups stand now, worked out for a root when first
    /// asked: most roots are never candidates of any rule.
    struct EvidenceTable {
        private let groupsOf: [Int: [Int]]
        private let groups: [Group]
        private var known: [Int: Evidence] = [:]

        init(groupsOf: [Int: [Int]], groups: [Group]) {
            self.groupsOf = groupsOf
            self.groups = groups
        }

        mutating func callAsFunction(_ root: Int) -> Evidence {
            if let found = known[root] { return found }
            var evidence = Evidence()
            for group in groupsOf[root] ?? [] { evidence.stats.add(groups[group].stats) }
            known[root] = evidence
            return evidence
        }
    }

    /// The evidence of every root's groups, as they stand now.
    mutating func evidence() -> EvidenceTable {
        var groupsOf: [Int: [Int]] = [:]
        for group in groups.indices { groupsOf[root(group), default: []].append(group) }
        return EvidenceTable(groupsOf: groupsOf, groups: groups)
    }

    /// The one candidate, or the one that clearly dominates the others by a measure (articles in the collection,
    /// mentions in an article): four times the next, and two more; nil when none does.
    static func dominant(_ candidates: Set<Int>, by measure: (Int) -> Int) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        let ranked = candidates.sorted { (measure($0), $1) > (measure($1), $0) }
        let (first, second) = (measure(ranked[0]), measure(ranked[1]))
        return first >= 4 * second && first >= second + 2 ? ranked[0] : nil
    }

    /// `Department of Commerce`, `US Commerce Department` and `U.S. Commerce Department` are one body; a form with
    /// no country joins the one country's form when only one country's is in the collection.
    mutating func mergeGovernmentBodies() {
        for (_, variants) in buckets("body:") {
            var byCountry: [String: [Int]] = [:]
            for group in variants { byCountry[NameKey.governmentBody(groups[group].key)?.country ?? "", default: []].append(group) }
            for (_, same) in byCountry { for other in same.dropFirst() { union(other, into: same[0]) } }
            let countries = byCountry.keys.filter { !$0.isEmpty }
            if countries.count == 1, let bare = byCountry[""], let target = byCountry[countries[0]]?.first {
                for group in bare { union(group, into: target) }
            }
        }
    }

    /// `Acme` joins `Acme Group` when the collection has both.
    /// A name with no country before it joins the one country's form of it (`Surgeon General`, `US Surgeon General`)
    /// when the collection has one country's.
    mutating func mergeOrganizationSuffixes() {
        for group in groups.indices {
            guard let stem = NameKey.withoutOrganizationSuffix(groups[group].key) else { continue }
            for other in anchors["stem:" + stem] ?? [] where other != group { union(other, into: group) }
        }
        for (bucket, bare) in buckets("stem:") {
            let qualified = (members[bucket] ?? []).filter { NameKey.withoutCountry(groups[$0].key) != nil }
            guard qualified.count == 1 else { continue }
            for group in bare where NameKey.withoutCountry(groups[group].key) == nil { union(group, into: qualified[0]) }
        }
    }

    /// `NYT` joins `The New York Times` when the text defined it (`The New York Times (NYT)`), else when one name
    /// (or one that dominates) in the collection has those initials.
    mutating func mergeAcronyms(definitions: [String: String]) {
        var evidence = evidence()
        for (bucket, acronyms) in buckets("initials:") {
            let letters = String(bucket.dropFirst("initials:".count))
            for group in acronyms where !groups[group].key.contains(" ") {
                if let name = definitions[letters], let target = index[NameKey.key(name)] {
                    union(group, into: target)
                    continue
                }
                var candidates = Set((members[bucket] ?? []).map { root($0) })
                candidates.remove(root(group))
                if let target = Self.dominant(candidates, by: { evidence($0).articles }) { union(group, into: target) }
            }
        }
    }

    /// Names of several words that differ only by a plural or a British spelling (`Betty Ford Centre`, `Betty Ford
    /// Center`; `Harbour Colt`, `Harbour Colts`) are one entity unless mostly named as people (`John Williams` is not
    /// `John William`).
    mutating func mergeSpellings() {
        var evidence = evidence()
        for (_, names) in buckets("spelling:") where names.count > 1 {
            let others = names.filter { evidence(root($0)).share(.person) < 0.5 }
            for group in others.dropFirst() { union(group, into: others[0]) }
        }
    }

    /// Short forms of organisations and places: the last word alone of an organisation (`Colts` joins
    /// `Indianapolis Colts`, `Lords` joins `House of Lords`) and the first word alone of an organisation or a place
    /// (`Creighton`, `Creighton Bluejays`; `Gulf`, `Gulf of Aden`) when both are mostly named as that kind, and
    /// abbreviations (`Soc Dems` joins `Social Democrats`); each to the one name it can stand for, or one that clearly
    /// dominates.
    mutating func mergeShortForms() {
        var evidence = evidence()
        func isKind(_ root: Int, _ kind: EntityKind) -> Bool { evidence(root).share(kind) >= 0.5 }
        for (prefix, kinds) in [("last:", [EntityKind.organization]), ("first:", [.organization, .place])] {
            for (bucket, shortForms) in buckets(prefix) {
                for group in shortForms where !groups[group].key.contains(" ") {
                    guard let kind = kinds.first(where: { isKind(root(group), $0) }) else { continue }
                    let candidates = Set((members[bucket] ?? []).map { root($0) }.filter { $0 != root(group) && isKind($0, kind) })
                    if let target = Self.dominant(candidates, by: { evidence($0).articles }) { union(group, into: target) }
                }
            }
        }
        for (bucket, shortForms) in buckets("initials:") {
            for group in shortForms where groups[group].key.contains(" ") {
                let key = groups[group].key
                let candidates = Set(linked(group, in: bucket).filter { NameKey.isAbbreviation(key, of: groups[$0].key) }.map { root($0) })
                    .subtracting([root(group)])
                if let target = Self.dominant(candidates, by: { evidence($0).articles }) { union(group, into: target) }
            }
        }
    }

    /// Fuller and shorter forms of one person's name (`W. Mark Felt`, `Mark Felt`; `Regina M. Benjamin`) are one
    /// entity when they are mostly named as people and the shorter can stand for no other name of the collection.
    mutating func mergePersonNameVariants() {
        var evidence = evidence()
        func isPerson(_ root: Int) -> Bool { evidence(root).share(.person) >= 0.5 }
        for (_, names) in buckets("variant:") where names.count > 1 {
            let parsed = names.map { PersonName(key: groups[$0].key)! }
            // Longer names first, so that a shorter one finds the longer ones already joined.
            for i in names.indices.sorted(by: { (parsed[$0].given.count, $1) > (parsed[$1].given.count, $0) }) where isPerson(root(names[i])) {
                let fuller = names.indices.filter { j in
                    j != i && parsed[j].given.count >= parsed[i].given.count && parsed[i].isVariant(of: parsed[j]) && isPerson(root(names[j]))
                }
                let candidates = Set(fuller.map { root(names[$0]) }).subtracting([root(names[i])])
                // Several fuller forms that are themselves forms of one name (`Frederick LaRue`, `Frederick Cheney
                // LaRue` for `Fred LaRue`) are that one person's.
                let oneName = fuller.allSatisfy { a in fuller.allSatisfy { b in a == b || parsed[a].isVariant(of: parsed[b]) } }
                guard let target = candidates.min(), candidates.count == 1 || oneName else { continue }
                for other in candidates where other != target { union(other, into: target) }
                union(names[i], into: target)
            }
        }
    }

    /// A surname (`Biden`) or a title and a surname (`Mr Biden`) joins the full name ending in it: in an article, the
    /// one such name of that article; elsewhere, the one name of the collection or one that clearly dominates, unless
    /// the word is a nationality, a common word the tagger calls a person in fewer than two articles, or a word the
    /// collection uses as a given name (`French`, `Rose`, `David` of `David Cameron`); a surname used as an adjective
    /// (`the Hale administration`) joins alike. A given name alone joins the one full name of its article that starts
    /// with it. A title fits only names of its gender (`Mrs Hale` never joins `Peter Hale`), and a peer's title joins
    /// only in its article. With no full name, a surname and its titled forms are one person's when the titles agree.
    /// Mentions the tagger called organisations, or places by a place name the collection rarely calls a person, and
    /// no person, stay; a nationality the tagger called `other` stays.
    mutating func resolveSurnames() {
        var evidence = evidence()
        let repOf = reps()
        // Each move's group of origin; none for a carried tally.
        var moved: [(mention: Int, from: Int?, to: Int)] = []
        func isPerson(_ root: Int) -> Bool { evidence(root).share(.person) >= 0.5 }
        for (bucket, surnames) in buckets("last:") {
            let word = String(bucket.dropFirst("last:".count))
            let fullNames = (members[bucket] ?? []).filter { isPerson(root($0)) }
            // Names the word starts (`David` in `David Cameron`): the collection uses it as a given name.
            let givenIn = (members["first:" + word] ?? []).filter { isPerson(root($0)) }
            guard !fullNames.isEmpty || !givenIn.isEmpty else {
                // No full name: a surname alone and with a title (`Okafor`, `Mr Okafor`) are one person's, unless
                // titles of both genders (or a peer's) say there are two.
                let titled = surnames.filter { NameKey.honorificSurname(groups[$0].key) != nil }
                if let bare = surnames.first(where: { groups[$0].key == word && isPerson(root($0)) }), !titled.isEmpty,
                   Set(titled.compactMap { NameKey.titleGender(groups[$0].key) }).count <= 1,
                   !titled.contains(where: { NameKey.isPeerTitle(groups[$0].key) }) {
                    for group in titled { union(group, into: bare) }
                }
                continue
            }
            // Read only here, past the guard: most collections' buckets have no candidate, and loading costs.
            let lexicons = Lexicons.shipped
            let isDemonym = lexicons.demonyms.contains(word)
            // A common word is a name where the tagger calls it a person in two articles or more (`Felt said`).
            let isAmbiguousWord = isDemonym || !givenIn.isEmpty || lexicons.isCommon(word)
                && surnames.reduce(0) { $0 + groups[$1].stats.personArticles } < 2
            for group in surnames {
                let key = groups[group].key
                let titled = NameKey.honorificSurname(key) != nil
                let gender = NameKey.titleGender(key)
                let fitting = fullNames.filter { candidate in
                    guard let gender, let given = PersonName(key: groups[candidate].key)?.given.first,
                          let known = lexicons.givenNames[String(given)] else { return true }
                    return known == .either || known == gender
                }
                let (roots, articlesOf) = rootsAndArticles(of: fitting, except: group)
                let (givenRoots, givenArticles) = titled ? ([], [:]) : rootsAndArticles(of: givenIn, except: group)
                guard !roots.isEmpty || !givenRoots.isEmpty else { continue }
                let collectionTarget = titled && NameKey.isPeerTitle(key) || (!titled && isAmbiguousWord) ? nil
                    : Self.dominant(roots) { evidence($0).articles }
                // A place name is a place unless the collection calls the word a person in one mention of five.
                let stats = groups[group].stats
                let placeName = stats.mentions(ofKind: NameStats.person) * 5 < stats.mentions && Lexicons.placeWords.contains(word)
                // All an article's decision reads beyond its own mentions.
                contexts[group] = [roots.map { repOf[$0]! }.sorted().joined(separator: ","), givenRoots.map { repOf[$0]! }.sorted().joined(separator: ","),
                                   collectionTarget.map { repOf[$0]! } ?? "", placeName ? "place" : ""].joined(separator: ";")
                // The group's mentions, an article at a time: they move together.
                var byArticle: [Int32: [Int]] = [:]
                for member in groups[group].members { byArticle[tallies[member].slot, default: []].append(member) }
                let slots = byArticle.keys.sorted()
                let (localRoots, localGivenRoots) = (Self.mentioned(roots, articlesOf, in: slots), Self.mentioned(givenRoots, givenArticles, in: slots))
                for slot in slots {
                    let mentions = byArticle[slot]!
                    let kinds = Set(mentions.map { tallies[$0].kind })
                    let named = titled || kinds.contains(.person)
                    let eligible = named || (kinds.contains(.other) && !isDemonym) || (kinds.contains(.place) && !placeName)
                    guard eligible else { continue }
                    let local = localRoots[slot] ?? []
                    let localGiven = localGivenRoots[slot] ?? []
                    // Of several names of the article, the one it names far more often than the others.
                    let target: Int? = if localGiven.isEmpty, let name = Self.dominant(local, by: { articlesOf[$0]?[slot] ?? 0 }) { name }
                        else if local.isEmpty && localGiven.count == 1 && named { localGiven.first }
                        else if local.isEmpty && localGiven.isEmpty && (named || kinds.contains(.other)) { collectionTarget }
                        else { nil }
                    if let target { for mention in mentions { moved.append((mention, group, target)) } }
                }
            }
        }
        // Carried tallies join as moved ones do.
        for (mention, target) in carried.sorted(by: { $0.key < $1.key }) {
            guard let group = index[target] else { continue }
            moved.append((mention, nil, root(group)))
        }
        // Each group gives up its moved mentions in one pass, not one search per mention.
        var leaving: [Int: Set<Int>] = [:]
        for move in moved {
            if let from = move.from { leaving[from, default: []].insert(move.mention) }
            self.moved.insert(move.mention)
            groups[move.to].members.append(move.mention)
            // A surname joined to a person's name names that person, however the tagger read it (`the Hale
            // administration`): it votes person.
            tallies[move.mention].kind = .person
        }
        for (group, gone) in leaving { groups[group].members.removeAll { gone.contains($0) } }
    }

    /// A name used for two things in clearly different articles (a city and its club) is two entities. When context
    /// cues confirm two kinds for the mentions of an entity's names, each in two articles or more and never both in
    /// one article (counted per name, `NameStats`), the articles where a cue confirms the kind confirmed in fewer, and
    /// those where no cue confirms the other and the tagger calls it that kind more often than the other, go to an
    /// entity of their own; its id is the name's with the kind (`harbour city (organization)`).
    /// The tagger's kinds alone never split a name: on web text they are too often wrong.
    mutating func splitHomonyms() {
        var owned: [Int: [Int]] = [:]
        for group in groups.indices { owned[root(group), default: []].append(group) }
        for (owner, parts) in owned.sorted(by: { $0.key < $1.key }) {
            var counts = NameStats()
            for group in parts { counts.add(groups[group].stats) }
            let confirmed = counts.confirmed
            let ranked = NameStats.senses.indices.filter { confirmed[$0] >= 2 }
                .sorted { (confirmed[$0], NameStats.senses[$1].rawValue) > (confirmed[$1], NameStats.senses[$0].rawValue) }
            guard ranked.count >= 2, let pair = NameStats.pairs.firstIndex(where: { Set([$0.0, $0.1]) == Set(ranked.prefix(2)) }),
                  counts.overlaps[pair] == 0 else { continue }
            let (major, minor) = (NameStats.senses[ranked[0]], NameStats.senses[ranked[1]])
            splits[owner] = (major, minor)
            // Each article decided by its own mentions of the entity.
            var votes: [Int32: (major: Int, minor: Int, majorConfirmed: Bool, minorConfirmed: Bool)] = [:]
            for group in parts {
                for member in groups[group].members {
                    let tally = tallies[member]
                    var vote = votes[tally.slot] ?? (0, 0, false, false)
                    if tally.kind == major { vote.major += tally.count; vote.majorConfirmed = vote.majorConfirmed || tally.confirmed > 0 }
                    if tally.kind == minor { vote.minor += tally.count; vote.minorConfirmed = vote.minorConfirmed || tally.confirmed > 0 }
                    votes[tally.slot] = vote
                }
            }
            let moving = Set(votes.filter { _, vote in vote.minorConfirmed || (!vote.majorConfirmed && vote.minor > vote.major) }.keys)
            let sense = groups.count
            groups.append(Group(key: groups[owner].key, members: [], sense: minor, senseOf: owner))
            parent.append(sense)
            for group in parts {
                groups[sense].members += groups[group].members.filter { moving.contains(tallies[$0].slot) }
                groups[group].members.removeAll { moving.contains(tallies[$0].slot) }
            }
        }
    }

    /// Which of `roots` each of `slots` mentions (as `articlesOf` says), found by looking each root up in each slot,
    /// or by reading every root's articles when those are fewer.
    private static func mentioned(_ roots: Set<Int>, _ articlesOf: [Int: [Int32: Int]], in slots: [Int32]) -> [Int32: Set<Int>] {
        var found: [Int32: Set<Int>] = [:]
        guard !roots.isEmpty else { return found }
        if roots.reduce(0, { $0 + (articlesOf[$1]?.count ?? 0) }) < slots.count * roots.count {
            let wanted = Set(slots)
            for root in roots {
                guard let articles = articlesOf[root] else { continue }
                for slot in articles.keys where wanted.contains(slot) { found[slot, default: []].insert(root) }
            }
        } else {
            for slot in slots {
                let local = roots.filter { articlesOf[$0]?[slot] != nil }
                if !local.isEmpty { found[slot] = local }
            }
        }
        return found
    }

    /// The roots of `candidates` other than `group`'s, with the articles (slots) each is mentioned in and how often.
    private mutating func rootsAndArticles(of candidates: [Int], except group: Int) -> (Set<Int>, [Int: [Int32: Int]]) {
        var roots = Set<Int>()
        var articles: [Int: [Int32: Int]] = [:]
        for candidate in candidates {
            let owner = root(candidate)
            roots.insert(owner)
            for member in groups[candidate].members { articles[owner, default: [:]][tallies[member].slot, default: 0] += tallies[member].count }
        }
        roots.remove(root(group))
        return (roots, articles)
    }

    /// Each root's representative: the least key of its names (a split sense's is its name's), which no order of
    /// the tallies changes.
    mutating func reps() -> [Int: String] {
        var reps: [Int: String] = [:]
        for group in groups.indices where groups[group].senseOf == nil {
            let owner = root(group)
            if let known = reps[owner], known <= groups[group].key { continue }
            reps[owner] = groups[group].key
        }
        for group in groups.indices { if let owner = groups[group].senseOf { reps[group] = reps[owner] } }
        return reps
    }

    /// What decides, for each name, the entity its mentions join: its root's representative and split, and, for a
    /// short name, what its decisions read (`contexts`). Two resolutions with the same decisions for a name resolve
    /// its mentions in an unchanged article alike.
    mutating func decisions() -> [String: String] {
        let repOf = reps()
        var decisions: [String: String] = [:]
        for group in groups.indices where groups[group].senseOf == nil {
            let owner = root(group)
            let split = splits[owner].map { "\($0.major.rawValue)>\($0.minor.rawValue)" } ?? ""
            decisions[groups[group].key] = [repOf[owner]!, split, contexts[group] ?? ""].joined(separator: "|")
        }
        return decisions
    }

    mutating func entities() -> ResolvedGroups {
        let repOf = reps()
        var members: [Int: [Int]] = [:]
        var titled = Set<Int>()
        for group in groups.indices {
            members[groups[group].senseOf == nil ? root(group) : group, default: []] += groups[group].members
            if NameKey.honorificSurname(groups[group].key) != nil { titled.formUnion(groups[group].members) }
        }
        // Surfaces and their display forms numbered once for all entities, so that counting an entity's forms reads
        // arrays rather than hashing each tally's strings again.
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
        var entityOfSlot = [Int](repeating: -1, count: Int(tallies.map(\.slot).max() ?? 0) + 1)
        let kinds = EntityKind.allCases
        var resolved: [(entity: Entity, members: [Int], rep: String, sense: EntityKind?, totals: EntityTotals)] = []
        for (owner, indices) in members where !indices.isEmpty {
            let sorted = indices.sorted()
            var totals = EntityTotals()
            var used: [Int] = []  // the form numbers of its mentions
            var articles: [ArticleID] = []
            // Fields read from the array in place: a copy of a tally would retain its strings.
            for index in sorted {
                let mentions = tallies[index].count
                // The vote: each mention as the tagger (and the context cues) called it; a title names a person.
                totals.kinds[kinds.firstIndex(of: titled.contains(index) ? .person : tallies[index].kind)!] += mentions
                let form = formOf[index]
                if formCounts[form] == 0 { used.append(form) }
                formCounts[form] += mentions
                let slot = Int(tallies[index].slot)
                if entityOfSlot[slot] != resolved.count {
                    entityOfSlot[slot] = resolved.count
                    articles.append(tallies[index].article)
                }
            }
            for form in used {
                totals.forms[forms[form]] = formCounts[form]
                formCounts[form] = 0
            }
            totals.articles = articles.count
            let named = totals.named
            let entity = Entity(id: EntityID(canonicalName: named.canonical, sense: groups[owner].sense), canonicalName: named.canonical,
                                kind: named.kind, aliases: named.aliases, articles: articles, mentionCount: totals.mentions)
            resolved.append((entity, sorted, repOf[owner]!, groups[owner].sense, totals))
        }
        resolved.sort { ($0.entity.mentionCount, $1.entity.canonicalName) > ($1.entity.mentionCount, $0.entity.canonicalName) }
        return ResolvedGroups(entities: resolved.map(\.entity), members: resolved.map(\.members), moved: moved,
                              owners: resolved.map { EntityOwner(rep: $0.rep, sense: $0.sense) }, totals: resolved.map(\.totals))
    }
}
