extension MentionIndex {
    /// The index as the reader has corrected it: hidden entities left out, renamed ones under their new name (the
    /// extracted name kept as an alias), and merged ones folded into the entity they were merged into, mentions and
    /// aliases included. Entities keep their extracted ids, so their marks stay attached.
    public init(entities: [Entity], articleOrder: [ArticleID], mentions: any MentionSource, marks: [EntityID: EntityMarks]) {
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
        let position = wasMerged.isEmpty ? [:] : Dictionary(articleOrder.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
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
            if wasMerged.contains(id) {
                var seenArticles = Set<ArticleID>()
                entity.articles = entity.articles.filter { seenArticles.insert($0).inserted }
                    .sorted { position[$0] ?? .max < position[$1] ?? .max }
            }
            result.append(entity)
        }
        self.init(entities: result, articleOrder: articleOrder, mentions: mentions, redirects: redirects)
    }
}
