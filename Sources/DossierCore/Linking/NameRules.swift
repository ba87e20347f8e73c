import Foundation

/// Which name keys entity resolution may relate, each rule defined once: the resolver finds a rule's candidates
/// through these links, and the index's `NameGraph` joins keys through the same links, so resolving again only the
/// keys an update touched, and the keys linked to them, gives what resolving everything would.
///
/// Buckets: `stem:` a name and its forms with a generic suffix or a country before it; `body:` a government body's
/// word orders; `initials:` acronyms and abbreviations and the names they may stand for; `last:` and `first:` a
/// word alone and the names ending or starting with it; `variant:` forms of one person's name; `spelling:` names of
/// several words that differ by a plural or a British spelling.
///
/// Two keys are linked when they share a bucket and at least one of them is an anchor of it: a surname (`biden`)
/// anchors the full names ending in it, which do not link to each other through it.
enum NameRules {
    /// A bucket a key is in, as an anchor or a plain member.
    struct Link: Hashable {
        var bucket: String
        var isAnchor: Bool
    }

    /// The links of `key`, a key written as an acronym somewhere when `isAcronym`.
    static func links(of key: String, isAcronym: Bool) -> [Link] {
        var links = [Link(bucket: "stem:" + key, isAnchor: true)]
        if let body = NameKey.governmentBody(key)?.body { links.append(Link(bucket: "body:" + body, isAnchor: true)) }
        if let stem = NameKey.withoutOrganizationSuffix(key) { links.append(Link(bucket: "stem:" + stem, isAnchor: false)) }
        if let stem = NameKey.withoutCountry(key) { links.append(Link(bucket: "stem:" + stem, isAnchor: false)) }
        let words = key.split(separator: " ")
        if words.count >= 2 { links.append(Link(bucket: "spelling:" + NameKey.spellingForm(words), isAnchor: true)) }
        if words.count >= 2, let initials = NameKey.initials(ofKey: key) {
            links.append(Link(bucket: "initials:" + initials, isAnchor: NameKey.isAbbreviated(key)))
        }
        if let surname = NameKey.honorificSurname(key) {
            links.append(Link(bucket: "last:" + surname, isAnchor: true))
        } else if words.count == 1 {
            links.append(Link(bucket: "last:" + key, isAnchor: true))
            links.append(Link(bucket: "first:" + key, isAnchor: true))
        } else if let last = PersonName.withoutSuffix(words).last {
            links.append(Link(bucket: "last:" + last, isAnchor: false))
            links.append(Link(bucket: "first:" + words[0], isAnchor: false))
            if let variant = PersonName(key: key)?.variantBucket { links.append(Link(bucket: variant, isAnchor: true)) }
        }
        if isAcronym { links.append(acronymLink(of: key)) }
        return links
    }

    /// `links(of:isAcronym:)` from `stored`, the key's links as an index stored them (`encode(_:)` of those of a key
    /// not written as an acronym), when given: a key written as an acronym adds one link, which comes last.
    static func links(of key: String, isAcronym: Bool, stored: [Link]?) -> [Link] {
        guard let stored else { return links(of: key, isAcronym: isAcronym) }
        return isAcronym ? stored + [acronymLink(of: key)] : stored
    }

    /// The link a key written as an acronym adds to its others.
    private static func acronymLink(of key: String) -> Link { Link(bucket: "initials:" + NameKey.letters(key), isAnchor: true) }

    /// Links as an index stores them: each bucket's text, then whether an anchor.
    static func encode(_ links: [Link]) -> Data {
        var writer = BinaryWriter()
        writer.write(varint: UInt64(links.count))
        for link in links {
            writer.write(text: link.bucket)
            writer.write(link.isAnchor ? UInt8(1) : 0)
        }
        return writer.data
    }

    /// Links as `encode(_:)` stored them; nil for bytes it did not write.
    static func decode(_ data: Data) -> [Link]? { decode(BinaryReader(data)) }

    /// Links as `encode(_:)` stored them, read from bytes in place; nil for bytes it did not write.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [Link]? { decode(BinaryReader(bytes)) }

    private static func decode(_ reading: BinaryReader) -> [Link]? {
        var reader = reading
        guard let count = try? reader.readVarint(), count < 64 else { return nil }
        var links: [Link] = []
        for _ in 0..<count {
            guard let bucket = try? reader.readText(), let anchor = try? reader.read(UInt8.self) else { return nil }
            links.append(Link(bucket: bucket, isAnchor: anchor != 0))
        }
        return links
    }

    /// The link an acronym defined in the text (`The New York Times (NYT)`) makes between its letters and the name.
    static func definitionLinks(acronym letters: String) -> [Link] { [Link(bucket: "initials:" + letters, isAnchor: true)] }
}

/// A multi-word name read as a person's: given names (or initials), a surname and a generational suffix (`jr`).
struct PersonName: Equatable {
    var given: [Substring]
    var surname: Substring
    var suffix: Substring?

    /// The name of a key of two to four words besides a suffix; nil for one with a title (`mr biden`) or one word.
    init?(key: String) {
        let words = key.split(separator: " ")
        let name = Self.withoutSuffix(words)
        guard (2...4).contains(name.count), NameKey.honorificSurname(key) == nil else { return nil }
        given = Array(name.dropLast())
        surname = name[name.count - 1]
        suffix = name.count < words.count ? words[words.count - 1] : nil
    }

    private static let suffixes: Set<Substring> = ["jr", "sr", "ii", "iii", "iv"]

    /// The words of a name of three words or more without its generational suffix (`joseph comeaux jr`).
    static func withoutSuffix(_ words: [Substring]) -> ArraySlice<Substring> {
        words.count > 2 && suffixes.contains(words[words.count - 1]) ? words.dropLast() : words[...]
    }

    /// Names that may be one person's written more or less fully share this bucket: the surname and the first
    /// letter of the first given name that is not an initial (`W. Mark Felt` and `Mark Felt`: `felt|m`).
    var variantBucket: String? {
        guard let first = given.first(where: { $0.count > 1 }) ?? given.first, let letter = first.first else { return nil }
        return "variant:\(surname)|\(letter)"
    }

    /// Whether the two names can be one person's: the same surname, no two different suffixes, and the given names of the shorter found in
    /// order among the longer's, each the same, an initial of it, or a short form at its start (`fred`, `frederick`).
    func isVariant(of other: PersonName) -> Bool {
        guard surname == other.surname, self != other, suffix == nil || other.suffix == nil || suffix == other.suffix else { return false }
        let (short, long) = given.count <= other.given.count ? (given, other.given) : (other.given, given)
        var position = long.startIndex
        for name in short {
            guard let found = long[position...].firstIndex(where: { Self.matches(name, $0) }) else { return false }
            position = found + 1
        }
        // The first given names must agree: `Mark Felt` is not `Felt`'s brother `Jim Mark Felt`'s short form only
        // because both end in `Mark Felt`, unless the longer opens with an initial.
        return Self.matches(short[0], long[0]) || long[0].count == 1
    }

    private static func matches(_ a: Substring, _ b: Substring) -> Bool {
        if a == b { return true }
        if a.count == 1 || b.count == 1 { return a.first == b.first }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count >= 3 && long.hasPrefix(short)
    }
}
