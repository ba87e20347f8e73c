/// Context that settles a name's kind. A title right before a name (`President Obama`) makes it a person's. For a
/// one-word name the tagger could only call `other`, a company noun right before it (`spyware firm Candela`) or
/// coordination with an organisation (`Acme Corp and Candela`) makes it an organisation. And a name of several words
/// with the article `the` (`told The Harbour Ledger`) is no person's: the tagger's person is an organisation. (One
/// word after `the` is often a surname used as an adjective, `the Mueller report`, which surname resolution already
/// joins to the person.)
///
/// Some cues also confirm the kind, which is what tells a homonym's senses apart (a city and its club): a title for
/// a person, a company noun before or a role after (`Harbour's manager`) for an organisation, and a place the tagger
/// found after `in`, `near` or `outside` for a place.
enum KindCues {
    /// A mention's kind, and whether a cue in its context confirms it.
    struct Reading: Equatable {
        var kind: EntityKind
        var isConfirmed = false
    }

    /// Nouns that introduce an organisation's name.
    static let organizationNouns: Set<String> = [
        "firm", "firms", "company", "companies", "group", "startup", "start-up", "maker", "makers", "developer",
        "manufacturer", "vendor", "agency", "bank", "insurer", "carrier", "airline", "retailer", "broadcaster",
        "publisher", "outlet", "corporation", "conglomerate", "subsidiary", "contractor", "supplier", "giant", "club",
    ]

    /// Nouns that, after a name and `'s`, say it is an organisation (`Harbour's manager`, `Acme's shareholders`).
    static let organizationRoles: Set<String> = [
        "manager", "coach", "chairman", "owner", "owners", "board", "shareholders", "shares", "players", "squad",
        "striker", "goalkeeper", "captain", "spokesman", "spokeswoman", "headquarters", "executives", "fans", "stadium",
    ]

    /// Prepositions before a place (`in Harbour`); `to` and `at` are left out (`lost to Harbour`, `at Harbour's ground`).
    static let locatives: Set<String> = ["in", "near", "outside", "across", "throughout"]

    /// The kind for the span at `position` of `spans` (all found in `text`).
    static func kind(of position: Int, in spans: [TaggedSpan], text: String) -> Reading {
        let span = spans[position]
        let before = text[..<span.range.lowerBound]
        if span.kind == .person, startsWithThe(span.text) || (span.text.containsWhitespace && endsWithThe(before)) {
            return Reading(kind: .organization)
        }
        let previous = before.last?.isWhitespaceASCIIFirst == true ? previousWord(before) : ""
        // A title right before a name (`President Obama`, `Dr. Ruiz`) makes it a person's, whatever a place or
        // company of that name made the tagger think.
        if NameKey.isHonorific(previous), !span.text.contains(where: { $0 == "," || $0 == "(" }),
           span.text.split(whereSeparator: \.isWhitespace).count <= 3 {
            return Reading(kind: .person, isConfirmed: true)
        }
        if span.kind != .person, organizationNouns.contains(previous) { return Reading(kind: .organization, isConfirmed: true) }
        let after = text[span.range.upperBound...]
        if span.kind == .organization, let role = Self.role(after) { return Reading(kind: .organization, isConfirmed: organizationRoles.contains(role)) }
        if span.kind == .place { return Reading(kind: .place, isConfirmed: locatives.contains(previous) && !after.hasPrefix("'") && !after.hasPrefix("’")) }
        guard span.kind == .other, !span.text.containsWhitespace else { return Reading(kind: span.kind) }
        for neighbour in [position - 1, position + 1] where spans.indices.contains(neighbour) && spans[neighbour].kind == .organization {
            let other = spans[neighbour]
            let gap = neighbour < position ? text[other.range.upperBound..<span.range.lowerBound] : text[span.range.upperBound..<other.range.lowerBound]
            let words = gap.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { $0.lowercased() }
            if words == ["and"] || words == ["or"] || (words.isEmpty && gap.contains(",")) { return Reading(kind: .organization) }
        }
        return Reading(kind: span.kind)
    }

    /// The word after a possessive `'s` that `text` starts with (`'s manager said` → `manager`).
    private static func role(_ text: Substring) -> String? {
        guard text.hasPrefix("'s ") || text.hasPrefix("’s ") else { return nil }
        return text.dropFirst(3).prefix { $0.isLetterASCIIFirst }.lowercased()
    }

    /// The last word of `text` (letters and hyphens), lower-cased; read from the end, so that each span of a long
    /// paragraph costs the length of one word, not of all the text before it.
    private static func previousWord(_ text: Substring) -> String {
        if let word = asciiPreviousWord(text) { return word }
        let isWordCharacter = { (c: Character) in c.isLetterASCIIFirst || c == "-" }
        return lastRun(of: isWordCharacter, in: text, after: { !isWordCharacter($0) }).lowercased()
    }

    /// `previousWord` read from the bytes, or nil when one it reads, or the one before the word, is not ASCII. Among
    /// ASCII bytes each character is one byte (but `\r\n`, which is no word character either way), so the word is
    /// the same.
    private static func asciiPreviousWord(_ text: Substring) -> String? {
        let bytes = text.utf8
        var end = bytes.endIndex, start = bytes.endIndex
        // Trailing non-word bytes, then the word's.
        for inWord in [false, true] {
            while start > bytes.startIndex {
                let byte = bytes[bytes.index(before: start)]
                guard byte < 0x80 else { return nil }
                let isWordByte = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
                guard isWordByte == inWord else { break }
                start = bytes.index(before: start)
            }
            if !inWord { end = start }
        }
        return text[start..<end].lowercased()
    }

    /// The run of characters satisfying `isIn` that ends `text` once the characters satisfying `trailing` are
    /// dropped from its end; read backwards, so it costs the length of that tail only.
    private static func lastRun(of isIn: (Character) -> Bool, in text: Substring, after trailing: (Character) -> Bool) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, trailing(text[text.index(before: end)]) { end = text.index(before: end) }
        var start = end
        while start > text.startIndex, isIn(text[text.index(before: start)]) { start = text.index(before: start) }
        return text[start..<end]
    }

    /// Whether `text` begins with the word `the` and goes on.
    private static func startsWithThe(_ text: String) -> Bool {
        let rest = text.drop(while: \.isWhitespaceASCIIFirst)
        let first = rest.prefix { !$0.isWhitespaceASCIIFirst }
        return first.lowercased() == "the" && rest[first.endIndex...].contains { !$0.isWhitespaceASCIIFirst }
    }

    /// Whether `text` ends with the word `the` and white space.
    private static func endsWithThe(_ text: Substring) -> Bool {
        guard text.last?.isWhitespaceASCIIFirst == true else { return false }
        return lastRun(of: \.isLetterASCIIFirst, in: text, after: \.isWhitespaceASCIIFirst).lowercased() == "the"
    }
}
