/// One change a reader makes to marks. `MarkStore.apply` commits it in one transaction and records it for undo.
public enum MarkChange: Hashable, Sendable {
    case setRead(Bool, [ArticleID])
    case setStarred(Bool, [ArticleID])
    case setArchived(Bool, [ArticleID])
    /// Adds a tag (trimmed, lower-cased) to every article given.
    case addTag(String, [ArticleID])
    case removeTag(String, [ArticleID])
    /// Sets the note, or removes it with nil or blank text.
    case setNote(String?, ArticleID)
    case addHighlight(ArticleID, LineRange, text: String)
    case removeHighlight(id: Int64)
    case setEntityStarred(Bool, EntityID)
    case setEntityHidden(Bool, EntityID)
    /// Gives the entity a new canonical name, or restores the extracted one with nil.
    case renameEntity(EntityID, to: String?)
    /// Merges the first entity into the second: its mentions and names count as the second's.
    case mergeEntity(EntityID, into: EntityID)
    /// Undoes a merge: the entity stands alone again.
    case splitEntity(EntityID)
    /// Takes a name wrongly joined to the entity out of it: the mentions of that name form an entity of their own
    /// (or join the entity already named so).
    case detachAlias(EntityID, alias: String)
    /// Undoes a detach: the name's mentions belong to the entity again.
    case reattachAlias(EntityID, alias: String)
    /// Replaces the marks of the articles and entities given, as an import does; highlight ids are assigned afresh.
    case replace(articles: [ArticleID: ArticleMarks], entities: [EntityID: EntityMarks])
}

extension MarkChange: CustomStringConvertible {
    /// A short phrase for a status line: `starred 3 articles`, `tagged 1 article lobbying`.
    public var description: String { description(naming: \.rawValue) }

    /// The phrase with each entity called by `name` (the reader passes display names, not ids).
    public func description(naming name: (EntityID) -> String) -> String {
        func count(_ ids: [ArticleID]) -> String { ids.count == 1 ? "1 article" : "\(ids.count) articles" }
        switch self {
        case .setRead(let on, let ids): return "marked \(count(ids)) \(on ? "read" : "unread")"
        case .setStarred(let on, let ids): return "\(on ? "starred" : "unstarred") \(count(ids))"
        case .setArchived(let on, let ids): return "\(on ? "archived" : "unarchived") \(count(ids))"
        case .addTag(let tag, let ids): return "tagged \(count(ids)) \(tag)"
        case .removeTag(let tag, let ids): return "untagged \(count(ids)) \(tag)"
        case .setNote(let note, _): return note?.isEmpty == false ? "set the note" : "removed the note"
        case .addHighlight(_, let lines, _): return "highlighted lines \(lines)"
        case .removeHighlight: return "removed a highlight"
        case .setEntityStarred(let on, let id): return "\(on ? "starred" : "unstarred") \(name(id))"
        case .setEntityHidden(let on, let id): return "\(on ? "hid" : "unhid") \(name(id))"
        case .renameEntity(let id, let newName): return newName.map { "renamed \(name(id)) to \($0)" } ?? "restored the name of \(name(id))"
        case .mergeEntity(let source, let target): return "merged \(name(source)) into \(name(target))"
        case .splitEntity(let id): return "split \(name(id)) out"
        case .detachAlias(let id, let alias): return "detached \(alias) from \(name(id))"
        case .reattachAlias(let id, let alias): return "joined \(alias) to \(name(id)) again"
        case .replace(let articles, let entities): return "restored marks of \(articles.count) articles and \(entities.count) entities"
        }
    }
}

/// A committed change with the marks it touched as they were before and after, so it can be undone and redone.
public struct MarkEdit: Hashable, Sendable {
    public var change: MarkChange
    public var articlesBefore: [ArticleID: ArticleMarks]
    public var articlesAfter: [ArticleID: ArticleMarks]
    public var entitiesBefore: [EntityID: EntityMarks]
    public var entitiesAfter: [EntityID: EntityMarks]

    /// Whether the change left every mark as it was (such as starring a starred article).
    public var isNoOp: Bool { articlesBefore == articlesAfter && entitiesBefore == entitiesAfter }
}
