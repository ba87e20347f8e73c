import GRDB

/// What a small update resolves again: fewer keys than every component its dirty keys are in, with the same result.
///
/// In a collection of many people the components of `NameGraph` hold most of them: a given name links every full
/// name it starts, and each of those every name with its surname. But a short name (a word alone, a title and a
/// surname) moves to a fuller name an article at a time, reading the names of its buckets without changing them;
/// only the rules that unite names (forms of one name: suffixes, acronyms, spellings, variants) chain, and a short
/// form of an organisation or place (`Colts`) unites with at most one name. So the plan takes:
/// - changed: keys whose entity may hold other names than before: the union closure, without word buckets, of the
///   dirty keys and of the names united with them as stored (or with the occurrences of a file that changed or
///   vanished, `dirtyEntities`), and whatever `missed(_:of:)` found after an earlier try;
/// - decided again: the changed short names and those that read a changed key, with the other short names of their
///   buckets;
/// - resolved: the union closure of those and of every fuller name their buckets hold, with every key that shares
///   an entity with them as stored, so that each entity written is whole;
/// - carried: the moved mentions of other short names in those entities, which join the same name's entity as
///   before (none of the names they read changed).
struct ResolutionPlan {
    /// A short name's mentions in an article (those the tagger called people, or the others), carried into the
    /// entity of the name keyed `target`.
    struct Carried: Hashable, Sendable {
        var key: String
        var article: Int64
        var person: Bool
        var target: String
    }

    /// The keys to resolve again, in order.
    private(set) var keys: [String] = []
    private(set) var carried: [Carried] = []
    private var changed = Set<String>()
    private var stored: StoredOccurrences

    init(dirty: [String], entities dirtyEntities: [Int64], changed extra: Set<String> = [], graph: NameGraph, _ db: Database) throws {
        stored = try StoredOccurrences(db)
        var unknown = Set((dirty + extra).filter { graph.number(of: $0) == nil })

        func united(in entity: Int64) throws -> [Int32] { try stored.united(in: entity).compactMap(graph.number(of:)) }
        var changed = Set<Int32>()
        var queue = (dirty + extra).compactMap(graph.number(of:))
        for entity in dirtyEntities { queue += try united(in: entity) }
        while let key = queue.popLast() {
            guard changed.insert(key).inserted else { continue }
            queue += graph.neighbours(of: key, wordBuckets: false)
            for entity in try stored.entities(of: graph.keys[Int(key)], unitedOnly: true) { queue += try united(in: entity) }
        }

        var decided = Set<Int32>()
        var pending: [Int32] = []
        func decide(_ key: Int32) {
            guard decided.insert(key).inserted else { return }
            pending.append(key)
            for bucket in graph.wordBuckets(anchoredBy: key) {
                pending += bucket.names
                bucket.anchors.forEach(decide)
            }
        }
        for key in changed {
            pending.append(key)
            if graph.isShortName(key) { decide(key) }
            graph.shortNames(reading: key).forEach(decide)
        }
        var resolved = Set<Int32>()
        var listed = Set<Int64>()
        var spots: [(key: Int32, article: Int64, person: Bool, entity: Int64)] = []
        repeat {
            while let key = pending.popLast() {
                guard resolved.insert(key).inserted else { continue }
                if graph.isShortName(key) { decide(key) }
                pending += graph.neighbours(of: key, wordBuckets: false)
                for entity in try stored.entities(of: graph.keys[Int(key)], unitedOnly: false) where listed.insert(entity).inserted {
                    for member in try stored.members(of: entity) {
                        guard let number = graph.number(of: member.key) else {
                            unknown.insert(member.key)
                            continue
                        }
                        if member.moved {
                            spots.append((number, member.article, member.person, entity))
                        } else {
                            pending.append(number)
                        }
                    }
                }
            }
            // A carried mention joins the entity of an unchanged name it joined before; a short name with none is
            // decided again.
            carried = []
            for spot in spots where !resolved.contains(spot.key) {
                let target = try stored.members(of: spot.entity).first { member in
                    guard !member.moved, let number = graph.number(of: member.key) else { return false }
                    return resolved.contains(number) && !changed.contains(number)
                }
                if let target {
                    carried.append(Carried(key: graph.keys[Int(spot.key)], article: spot.article, person: spot.person, target: target.key))
                } else {
                    decide(spot.key)
                }
            }
        } while !pending.isEmpty
        let names = Set(resolved.map { graph.keys[Int($0)] })
        keys = names.union(unknown).sorted()
        self.changed = Set(changed.map { graph.keys[Int($0)] }).union(unknown)
    }

    /// The keys a resolution of this plan's tallies shows should have been counted changed: a key united with other
    /// names than before, or with a changed one, and every name it is or was united with. Empty when the plan held.
    mutating func missed(_ resolved: ResolvedGroups, of keys: TallyKeys) throws -> Set<String> {
        var united: [String: Set<String>] = [:]
        for members in resolved.members {
            let names = Set(members.filter { !resolved.moved.contains($0) }.map { keys[$0] })
            for name in names { united[name, default: []].formUnion(names) }
        }
        var missed = Set<String>()
        for key in self.keys {
            var before = Set<String>()
            for entity in try stored.entities(of: key, unitedOnly: true) {
                before.formUnion(try stored.united(in: entity))
            }
            let now = united[key] ?? []
            let all = before.union(now)
            guard before != now || !all.isDisjoint(with: changed) else { continue }
            missed.formUnion(all.subtracting(changed))
        }
        return missed
    }
}

/// The occurrences as stored before this resolution: the entities of a key and the occurrences of an entity.
private struct StoredOccurrences {
    typealias Member = (key: String, article: Int64, person: Bool, moved: Bool)
    private let byKey: Statement
    private let unitedByKey: Statement
    private let byEntity: Statement
    private var members: [Int64: [Member]] = [:]

    init(_ db: Database) throws {
        byKey = try db.makeStatement(sql: "SELECT DISTINCT entity FROM occurrence WHERE key = ?")
        unitedByKey = try db.makeStatement(sql: "SELECT DISTINCT entity FROM occurrence WHERE key = ? AND NOT moved")
        byEntity = try db.makeStatement(sql: "SELECT key, article, person, moved FROM occurrence WHERE entity = ?")
    }

    /// The entities with occurrences of `key`; only those it is united with (not moved to) when `unitedOnly`.
    func entities(of key: String, unitedOnly: Bool) throws -> [Int64] {
        try Int64.fetchAll(unitedOnly ? unitedByKey : byKey, arguments: [key])
    }

    /// The keys united in `entity` (none moved there).
    mutating func united(in entity: Int64) throws -> [String] { try members(of: entity).filter { !$0.moved }.map(\.key) }

    mutating func members(of entity: Int64) throws -> [Member] {
        if let known = members[entity] { return known }
        let found = try Row.fetchAll(byEntity, arguments: [entity]).map { row -> Member in (row[0], row[1], row[2], row[3]) }
        members[entity] = found
        return found
    }
}
