extension MentionIndex {
    /// The index as the reader has corrected it: hidden entities left out, renamed ones under their new name (the
    /// extracted name kept as an alias), and merged ones folded into the entity they were merged into, mentions and
    /// aliases included. Entities keep their extracted ids, so their marks stay attached.
    public init(entities: [Entity], articleOrder: [ArticleID], marks: [EntityID: EntityMarks]) {
        let known = Dictionary(entities.map { ($0.id, $0) }) { first, _ in first }
        /// Where an entity ends up after following merges, stopping at a missing target or a loop.
        func root(of id: EntityID) -> EntityID {
            var cursor = id
            var seen: Set<EntityID> = [id]
            while let next = marks[cursor]?.mergedInto, known[next] != nil, seen.insert(next).inserted { cursor = next }
            return cursor
        }
        var merged: [EntityID: Entity] = [:]
        var order: [EntityID] = []
        for entity in entities {
            let target = root(of: entity.id)
            if merged[target] == nil {
                merged[target] = known[target]
                order.append(target)
            }
            guard target != entity.id else { continue }
            merged[target]!.aliases += [entity.canonicalName] + entity.aliases
            merged[target]!.mentions += entity.mentions
        }
        let position = Dictionary(articleOrder.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
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
            entity.mentions = entity.mentions.enumerated()
                .sorted { (position[$0.element.article] ?? .max, $0.offset) < (position[$1.element.article] ?? .max, $1.offset) }
                .map(\.element)
            result.append(entity)
        }
        self.init(entities: result, articleOrder: articleOrder)
    }
}
