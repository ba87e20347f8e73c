/// A sentence pattern with slots, such as `{P} told reporters in {L} that {O} had {VED} {T}.`, compiled once into
/// pieces so that filling it is a run of appends.
struct CorpusTemplate: Sendable {
    /// What a slot stands for.
    enum Slot: String, Sendable {
        /// A person, an organisation or a place of the article; the `2` forms name a different one.
        case person = "P", person2 = "P2", organization = "O", organization2 = "O2", place = "L", place2 = "L2"
        /// The possessive of a person or organisation: `Ms Marchetti's`, `the agency's`.
        case personPossessive = "Ps", organizationPossessive = "Os"
        /// What the last person named in the sentence is: `a former diplomat`.
        case role = "ROLE"
        /// The article's topic: `the port expansion` (in a headline, `port expansion`).
        case topic = "T"
        /// A quotation, filled from the quote list.
        case quote = "Q"
        case count = "N", money = "M", percent = "PC", day = "D", month = "MON", year = "Y"
        case actionBase = "VB", actionPast = "VED", document = "DOC", people = "PEOPLE", outlet = "OUTLET"
    }

    /// A literal run of text, written with curly or with straight quotation marks, or a slot.
    enum Piece: Sendable {
        case text(curly: String, straight: String)
        case slot(Slot)
    }

    let pieces: [Piece]

    /// Compiles `source`; an unknown slot name is a mistake in this module's own lists and stops the program.
    init(_ source: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(source)
        func flush() {
            guard !literal.isEmpty else { return }
            let straight = String(literal.map { $0 == "“" || $0 == "”" ? "\"" : $0 == "‘" || $0 == "’" ? "'" : $0 })
            pieces.append(.text(curly: literal, straight: straight))
            literal = ""
        }
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let slot = Slot(rawValue: String(rest[rest.index(after: open)..<close]))
            else { preconditionFailure("bad slot in corpus template: \(source)") }
            flush()
            pieces.append(.slot(slot))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        flush()
        self.pieces = pieces
    }

    /// Whether the pattern has `slot`.
    func has(_ slot: Slot) -> Bool {
        pieces.contains { if case .slot(let found) = $0 { found == slot } else { false } }
    }

    /// Compiles every pattern of a list.
    static func compile(_ sources: [String]) -> [CorpusTemplate] { sources.map(CorpusTemplate.init) }
}
