import DossierCore

/// A row of the entity sidebar: a kind heading, or an entity with how many articles mention it.
public enum SidebarRow: Hashable, Sendable {
    case heading(EntityKind)
    case entity(Entity, articles: Int)

    /// The rows for the state: the open article's entities (on an entity page, the entities mentioned with it),
    /// grouped by kind, most widely mentioned first.
    static func rows(for state: AppState) -> [SidebarRow] {
        let entities: [Entity]
        switch state.reader.page {
        case .article(let id)?: entities = state.library.index.entities(in: id)
        case .entity(let id)?: entities = state.library.index.coMentioned(with: id).map(\.entity)
        case nil: entities = []
        }
        var rows: [SidebarRow] = []
        for kind in EntityKind.allCases {
            let ofKind = entities.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            rows.append(.heading(kind))
            rows += ofKind.map { .entity($0, articles: $0.articles.count) }
        }
        return rows
    }

    /// Whether the cursor may rest on it.
    var isSelectable: Bool { if case .entity = self { true } else { false } }

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
