import DossierCore

/// A row of the entity sidebar: a heading, or an entity with how many articles mention it and how many of those
/// are unread.
public enum SidebarRow: Hashable, Sendable {
    case pinnedHeading
    case savedHeading
    /// A saved filter, with how many articles it matches (nil until counted).
    case savedFilter(SavedFilter, count: Int?)
    case heading(EntityKind)
    case entity(Entity, articles: Int, unread: Int)

    /// The rows for the state: the open article's entities (on an entity page, the entities mentioned with it),
    /// the pinned ones first in a group of their own, then the others grouped by kind.
    static func rows(for state: AppState) -> [SidebarRow] {
        let index = state.library.index
        let entities: [Entity]
        switch state.reader.page {
        case .article(let id)?: entities = index.entities(in: id)
        case .entity?:
            if case .entity(_, _, _, let related)? = state.pageContent { entities = related.map(\.entity) } else { entities = [] }
        case .corrections?, .orphans?, .versions?, nil: entities = []
        }
        func row(_ entity: Entity) -> SidebarRow {
            .entity(entity, articles: entity.articles.count, unread: state.unreadCount(of: entity))
        }
        // Pinned entities lead, in a group of their own, where the page mentions them (not everywhere).
        let pinned = entities.filter { state.library.entityMarks[$0.id]?.isStarred == true }
            .sorted { $0.canonicalName.localizedStandardCompare($1.canonicalName) == .orderedAscending }
        let pinnedIDs = Set(pinned.map(\.id))
        var rows: [SidebarRow] = state.savedFilters.isEmpty ? []
            : [.savedHeading] + state.savedFilters.map { .savedFilter($0, count: state.savedFilterCounts[$0.name]) }
        rows += pinned.isEmpty ? [] : [.pinnedHeading] + pinned.map(row)
        for kind in EntityKind.allCases {
            let ofKind = entities.filter { $0.kind == kind && !pinnedIDs.contains($0.id) }
            guard !ofKind.isEmpty else { continue }
            rows.append(.heading(kind))
            rows += ofKind.map(row)
        }
        return rows
    }

    /// Whether the cursor may rest on it.
    var isSelectable: Bool {
        switch self {
        case .entity, .savedFilter: true
        default: false
        }
    }

    /// The heading text for a kind.
    static func title(_ kind: EntityKind) -> String {
        switch kind {
        case .person: "People"
        case .organization: "Organisations"
        case .place: "Places"
        case .other: "Other names"
        }
    }
}
