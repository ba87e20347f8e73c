/// An IOB2 tag for one token: outside any name, or the beginning or inside of a name of one kind.
public enum EntityLabel: Hashable, Sendable {
    case outside
    case begin(EntityKind)
    case inside(EntityKind)

    /// Number of distinct labels; label indices run from 0 up to this.
    static let count = 1 + 2 * EntityKind.allCases.count

    /// The label's dense index, used for weight rows and decoding.
    var index: Int {
        switch self {
        case .outside: 0
        case .begin(let kind): 1 + 2 * Self.kindIndex(kind)
        case .inside(let kind): 2 + 2 * Self.kindIndex(kind)
        }
    }

    /// The label with dense index `index` (0 ..< count).
    init(index: Int) {
        if index == 0 { self = .outside; return }
        let kind = EntityKind.allCases[(index - 1) / 2]
        self = index % 2 == 1 ? .begin(kind) : .inside(kind)
    }

    /// The entity kind, or nil outside a name.
    public var kind: EntityKind? {
        switch self {
        case .outside: nil
        case .begin(let kind), .inside(let kind): kind
        }
    }

    /// The tag as CoNLL writes it in IOB2: `O`, `B-PER`, `I-LOC`, ….
    public var conll: String {
        switch self {
        case .outside: "O"
        case .begin(let kind): "B-" + kind.conllType
        case .inside(let kind): "I-" + kind.conllType
        }
    }

    /// Reads an IOB1 or IOB2 tag (`I-ORG`, `B-MISC`, `O`); returns nil for an unknown tag.
    /// IOB1 tags are turned into IOB2 by `CoNLLReader`, which sees the previous tag.
    public init?(conll tag: String) {
        if tag == "O" { self = .outside; return }
        guard tag.count > 2, let kind = EntityKind(conllType: String(tag.dropFirst(2))) else { return nil }
        switch tag.prefix(2) {
        case "B-": self = .begin(kind)
        case "I-": self = .inside(kind)
        default: return nil
        }
    }

    private static func kindIndex(_ kind: EntityKind) -> Int {
        switch kind {
        case .person: 0
        case .organization: 1
        case .place: 2
        case .other: 3
        }
    }

    /// Whether a tag with index `next` may follow one with index `previous` in IOB2 (`previous` -1 is the start).
    static func allowed(from previous: Int, to next: Int) -> Bool {
        guard isInside(next) else { return true }
        return previous == next || previous == next - 1
    }

    /// Whether the label with index `index` is an `I-X`, which may follow only `B-X` (`index - 1`) or itself.
    @inline(__always)
    static func isInside(_ index: Int) -> Bool { index > 0 && index % 2 == 0 }
}
