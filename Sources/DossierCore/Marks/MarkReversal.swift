/// An undo or a redo as committed: the change it reverted or made again, and the fields it left as they were
/// because something else (another process, a script, an import) had changed them since.
///
/// Undo and redo move marks field by field, not as snapshots: a field is set back only where it still holds what the
/// edit made of it, a tag or highlight the edit added is taken away (and one it took away put back) by itself, so a
/// tag, note or star written meanwhile by anyone else stays.
public struct MarkReversal: Hashable, Sendable {
    /// The change undone or redone.
    public var change: MarkChange
    /// Each field kept, as `note of 3f2a9c01…` or `name of nso group`.
    public var kept: [String]

    /// A short phrase for a status line: `Undone: starred 1 article`, then what was kept.
    public func describe(_ verb: String, naming name: (EntityID) -> String = \.rawValue) -> String {
        "\(verb): \(change.description(naming: name))" + (kept.isEmpty ? "" : "; kept as changed elsewhere: " + kept.joined(separator: ", "))
    }
}

/// Moves one field of `marks` from its `from` value to its `to` value (when the edit changed it): set where it still
/// holds `from`, left and named in `kept` where it holds neither.
private func move<Marks, Value: Equatable>(_ field: WritableKeyPath<Marks, Value>, _ name: String, of marks: inout Marks,
                                          from: Marks, to: Marks, kept: inout [String]) {
    guard from[keyPath: field] != to[keyPath: field] else { return }
    if marks[keyPath: field] == from[keyPath: field] { marks[keyPath: field] = to[keyPath: field] }
    else if marks[keyPath: field] != to[keyPath: field] { kept.append(name) }
}

extension ArticleMarks {
    /// These marks with each field that `from` → `to` changed moved to its `to` value where it still holds the `from`
    /// one; a field that holds neither is kept and named in `kept`. Tags and highlights move one by one.
    func reverting(from: ArticleMarks, to: ArticleMarks, kept: inout [String]) -> ArticleMarks {
        var marks = self
        move(\.isRead, "read", of: &marks, from: from, to: to, kept: &kept)
        move(\.isStarred, "star", of: &marks, from: from, to: to, kept: &kept)
        move(\.isArchived, "archived", of: &marks, from: from, to: to, kept: &kept)
        move(\.note, "note", of: &marks, from: from, to: to, kept: &kept)
        let tags = Set(marks.tags).subtracting(Set(from.tags).subtracting(to.tags)).union(Set(to.tags).subtracting(from.tags))
        marks.tags = tags.sorted()
        let fromIDs = Set(from.highlights.map(\.id))
        let toIDs = Set(to.highlights.map(\.id))
        marks.highlights.removeAll { fromIDs.contains($0.id) && !toIDs.contains($0.id) }
        let present = Set(marks.highlights.map(\.id))
        marks.highlights += to.highlights.filter { !fromIDs.contains($0.id) && !present.contains($0.id) }
        marks.highlights.sort { ($0.lines.first, $0.id) < ($1.lines.first, $1.id) }
        return marks
    }
}

extension EntityMarks {
    /// As `ArticleMarks.reverting`: star, hidden, name and merge field by field, detached names one by one.
    func reverting(from: EntityMarks, to: EntityMarks, kept: inout [String]) -> EntityMarks {
        var marks = self
        move(\.isStarred, "star", of: &marks, from: from, to: to, kept: &kept)
        move(\.isHidden, "hidden", of: &marks, from: from, to: to, kept: &kept)
        move(\.name, "name", of: &marks, from: from, to: to, kept: &kept)
        move(\.mergedInto, "merge", of: &marks, from: from, to: to, kept: &kept)
        marks.detached = marks.detached.subtracting(from.detached.subtracting(to.detached)).union(to.detached.subtracting(from.detached))
        return marks
    }
}

extension MarkEdit {
    /// This edit with each article id that became another (`history`, old to new) replaced by the one it became.
    func following(_ history: [ArticleID: ArticleID]) -> MarkEdit {
        guard !history.isEmpty else { return self }
        func renamed(_ marks: [ArticleID: ArticleMarks]) -> [ArticleID: ArticleMarks] {
            Dictionary(marks.map { id, marks in
                let now = history[id] ?? id
                var moved = marks
                for index in moved.highlights.indices { moved.highlights[index].article = now }
                return (now, moved)
            }) { _, last in last }
        }
        var edit = self
        (edit.articlesBefore, edit.articlesAfter) = (renamed(articlesBefore), renamed(articlesAfter))
        return edit
    }

    /// The marks that take this edit back (`undo`) or make it again over the marks stored now, with the fields kept.
    func reversal(undo: Bool, current articles: [ArticleID: ArticleMarks], _ entities: [EntityID: EntityMarks])
        -> (articles: [ArticleID: ArticleMarks], entities: [EntityID: EntityMarks], kept: [String]) {
        let (articlesFrom, articlesTo) = undo ? (articlesAfter, articlesBefore) : (articlesBefore, articlesAfter)
        let (entitiesFrom, entitiesTo) = undo ? (entitiesAfter, entitiesBefore) : (entitiesBefore, entitiesAfter)
        var kept: [String] = []
        var newArticles: [ArticleID: ArticleMarks] = [:]
        for id in Set(articlesFrom.keys).union(articlesTo.keys).sorted() {
            var fields: [String] = []
            newArticles[id] = (articles[id] ?? ArticleMarks()).reverting(from: articlesFrom[id] ?? ArticleMarks(), to: articlesTo[id] ?? ArticleMarks(), kept: &fields)
            kept += fields.map { "\($0) of \(id.rawValue.prefix(8))…" }
        }
        var newEntities: [EntityID: EntityMarks] = [:]
        for id in Set(entitiesFrom.keys).union(entitiesTo.keys).sorted() {
            var fields: [String] = []
            newEntities[id] = (entities[id] ?? EntityMarks()).reverting(from: entitiesFrom[id] ?? EntityMarks(), to: entitiesTo[id] ?? EntityMarks(), kept: &fields)
            kept += fields.map { "\($0) of \(id.rawValue)" }
        }
        return (newArticles, newEntities, kept)
    }
}
