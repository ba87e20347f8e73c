/// The kind of a named entity: a person, an organisation, a place, or another name
/// (products, events, nationalities, works).
public enum EntityKind: String, Codable, Sendable, CaseIterable {
    case person, organization, place, other

    /// The CoNLL-2003 type name: PER, ORG, LOC or MISC.
    public var conllType: String {
        switch self {
        case .person: "PER"
        case .organization: "ORG"
        case .place: "LOC"
        case .other: "MISC"
        }
    }

    /// The kind for a CoNLL-2003 type name (PER, ORG, LOC, MISC), or nil for anything else.
    public init?(conllType: String) {
        switch conllType {
        case "PER": self = .person
        case "ORG": self = .organization
        case "LOC": self = .place
        case "MISC": self = .other
        default: return nil
        }
    }
}
