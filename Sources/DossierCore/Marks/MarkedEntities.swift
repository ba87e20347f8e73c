extension MentionIndex {
    /// The index as the reader has corrected it: detached names taken out of their entity into one of their own,
    /// hidden entities left out, renamed ones under their new name (the extracted name kept as an alias), and merged
    /// ones folded into the entity they were merged into, mentions and aliases included. Entities keep their
    /// extracted ids, so their marks stay attached; a mark whose id is no entity's now (its canonical name changed,
    /// say `Biden` to `Joe Biden`) follows the one entity that has that name among its names.
    public init(entities extracted: [Entity], articleOrder: [ArticleID], mentions: any MentionSource, marks given: [EntityID: EntityMarks]) {
        let (entities, detachments) = Self.detach(given, from: extracted, articleOrder: articleOrder, mentions: mentions)
        let known = Dictionary(entities.map { ($0.id, $0) }) { first, _ in first }
        let marks = Self.attach(given, to: entities, known: known)
        /// Where an entity ends up after following merges, stopping at a missing target or a loop.
        func root(of id: EntityID) -> EntityID {
            var cursor = id
            var seen: Set<EntityID> = [id]
            while let next = marks[cursor]?.mergedInto, known[next] != nil, seen.insert(next).inserted { cursor = next }
            return cursor
        }
        var merged: [EntityID: Entity] = [:]
        var order: [EntityID] = []
        var redirects: [EntityID: EntityID] = [:]
        for entity in entities {
            let target = root(of: entity.id)
            if merged[target] == nil {
                merged[target] = known[target]
                order.append(target)
            }
            guard target != entity.id else { continue }
            redirects[entity.id] = target
            merged[target]!.aliases += [entity.canonicalName] + entity.aliases
            merged[target]!.articles += entity.articles
            merged[target]!.mentionCount += entity.mentionCount
        }
        let wasMerged = Set(redirects.values)
        let position = wasMerged.isEmpty ? [:] : Self.positions(articleOrder)
        var result: [Entity] = []
        for id in order {
            guard var entity = merged[id], marks[id]?.isHidden != true else { continue }
            if let name = marks[id]?.name, NameKey.key(name) != NameKey.key(entity.canonicalName) {
                entity.aliases.insert(entity.canonicalName, at: 0)
                entity.canonicalName = name
            }
            // Aliases are the distinct spellings (`U.S.` and `US` both stay), never the canonical name itself.
            var seen: Set<String> = [entity.canonicalName]
            entity.aliases = entity.aliases.filter { seen.insert($0).inserted }
            if wasMerged.contains(id) { entity.articles = Self.distinct(entity.articles, in: position) }
            result.append(entity)
        }
        self.init(entities: result, articleOrder: articleOrder, mentions: mentions, detachments: detachments, redirects: redirects)
    }

    /// `entities` with the names each mark detaches taken out: an entity loses their mentions, aliases and the
    /// articles only they named it in; each detached name's mentions go to the entity of that name, made when there
    /// is none. Also gives, for each extracted id, where its detached names' mentions go.
    private static func detach(_ marks: [EntityID: EntityMarks], from entities: [Entity], articleOrder: [ArticleID],
                               mentions: any MentionSource) -> ([Entity], [EntityID: [String: EntityID]]) {
        let detaching = marks.filter { id, mark in !mark.detached.subtracting([id.rawValue]).isEmpty }
        guard !detaching.isEmpty else { return (entities, [:]) }
        var entities = entities
        var slot = Dictionary(entities.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let occurrences = mentions.occurrences(of: Set(detaching.keys.filter { slot[$0] != nil }))
        let position = Self.positions(articleOrder)
        var detachments: [EntityID: [String: EntityID]] = [:]
        for (id, mark) in detaching.sorted(by: { $0.key < $1.key }) {
            guard let source = slot[id], let found = occurrences[id] else { continue }
            let keys = mark.detached.subtracting([id.rawValue])
            let leaving = found.filter { keys.contains($0.key) }
            guard !leaving.isEmpty else { continue }
            let staying = Set(found.filter { !keys.contains($0.key) }.map(\.article))
            let names = entities[source].aliases.filter { keys.contains(NameKey.key($0)) }
            entities[source].articles.removeAll { !staying.contains($0) }
            entities[source].mentionCount -= leaving.reduce(0) { $0 + $1.mentions }
            entities[source].aliases.removeAll { keys.contains(NameKey.key($0)) }
            for key in keys.sorted() {
                let moved = leaving.filter { $0.key == key }
                guard !moved.isEmpty else { continue }
                let target = EntityID(rawValue: key)
                let spellings = names.filter { NameKey.key($0) == key }
                if slot[target] == nil {
                    var made = Entity(canonicalName: spellings.first ?? key, kind: entities[source].kind, aliases: [], articles: [], mentionCount: 0)
                    made.id = target
                    slot[target] = entities.count
                    entities.append(made)
                }
                let index = slot[target]!
                // Repeated spellings, and the canonical name among the aliases, go where every entity's aliases are
                // made distinct.
                entities[index].aliases += spellings
                entities[index].articles = Self.distinct(entities[index].articles + moved.map(\.article), in: position)
                entities[index].mentionCount += moved.reduce(0) { $0 + $1.mentions }
                detachments[id, default: [:]][key] = target
            }
        }
        return (entities.filter { !$0.articles.isEmpty }, detachments)
    }

    /// Each article's place in the collection's order.
    private static func positions(_ articleOrder: [ArticleID]) -> [ArticleID: Int] {
        Dictionary(articleOrder.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
    }

    /// `articles` each once, in the collection's order (articles it does not hold last).
    private static func distinct(_ articles: [ArticleID], in position: [ArticleID: Int]) -> [ArticleID] {
        Entity.distinct(articles).sorted { position[$0] ?? .max < position[$1] ?? .max }
    }

    /// `marks` keyed by the current ids: a mark (or a merge target) under an id no entity has now moves to the one
    /// entity named so by its canonical name or an alias, unless that entity has marks of its own.
    private static func attach(_ marks: [EntityID: EntityMarks], to entities: [Entity], known: [EntityID: Entity]) -> [EntityID: EntityMarks] {
        let orphans = marks.keys.filter { known[$0] == nil } + marks.values.compactMap(\.mergedInto).filter { known[$0] == nil }
        guard !orphans.isEmpty else { return marks }
        let wanted = Set(orphans.map(\.rawValue))
        var named: [String: Set<EntityID>] = [:]
        for entity in entities {
            for name in [entity.canonicalName] + entity.aliases {
                let key = NameKey.key(name)
                if wanted.contains(key) { named[key, default: []].insert(entity.id) }
            }
        }
        func current(_ id: EntityID) -> EntityID {
            guard known[id] == nil, let found = named[id.rawValue], found.count == 1 else { return id }
            return found.first!
        }
        var attached: [EntityID: EntityMarks] = [:]
        for (id, var mark) in marks.sorted(by: { $0.key < $1.key }) {
            mark.mergedInto = mark.mergedInto.map(current)
            let target = current(id)
            if target != id, marks[target] != nil || attached[target] != nil { attached[id] = mark } else { attached[target] = mark }
        }
        return attached
    }
}
