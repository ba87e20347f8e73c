/// Context that settles a one-word name the tagger could only call `other`: a company noun right before it
/// (`spyware firm Candela`) or coordination with an organisation (`Acme Corp and Candela`) makes it an organisation.
enum KindCues {
    /// Nouns that introduce an organisation's name.
    static let organizationNouns: Set<String> = [
        "firm", "firms", "company", "companies", "group", "startup", "start-up", "maker", "makers", "developer",
        "manufacturer", "vendor", "agency", "bank", "insurer", "carrier", "airline", "retailer", "broadcaster",
        "publisher", "outlet", "corporation", "conglomerate", "subsidiary", "contractor", "supplier", "giant",
    ]

    /// The kind for the span at `position` of `spans` (all found in `text`).
    static func kind(of position: Int, in spans: [TaggedSpan], text: String) -> EntityKind {
        let span = spans[position]
        guard span.kind == .other, !span.text.contains(where: \.isWhitespace) else { return span.kind }
        let before = text[..<span.range.lowerBound]
        let previousWord = before.split(whereSeparator: { !$0.isLetter && $0 != "-" }).last.map { $0.lowercased() }
        if let previousWord, organizationNouns.contains(previousWord), before.last?.isWhitespace == true {
            return .organization
        }
        for neighbour in [position - 1, position + 1] where spans.indices.contains(neighbour) && spans[neighbour].kind == .organization {
            let other = spans[neighbour]
            let gap = neighbour < position ? text[other.range.upperBound..<span.range.lowerBound] : text[span.range.upperBound..<other.range.lowerBound]
            let words = gap.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { $0.lowercased() }
            if words == ["and"] || words == ["or"] || (words.isEmpty && gap.contains(",")) { return .organization }
        }
        return span.kind
    }
}
