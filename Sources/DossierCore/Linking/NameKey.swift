import Foundation

/// Normalised forms of entity names, used to decide when two mentions name the same thing.
public enum NameKey {
    private static let quotes: Set<Character> = ["'", "\"", "‘", "’", "“", "”", "«", "»", "`"]

    /// The name as a reader should see it: edge quotes and a trailing possessive removed, white space collapsed.
    public static func display(_ surface: String) -> String {
        if isPlain(surface, allowing: plainDisplayBytes) { return surface }
        var words = surface.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return "" }
        var last = words.removeLast()
        for suffix in ["'s", "’s", "'", "’"] where last.count > suffix.count && last.hasSuffix(suffix) {
            last.removeLast(suffix.count)
            break
        }
        words.append(last)
        var text = words.joined(separator: " ")
        while let first = text.first, quotes.contains(first) { text.removeFirst() }
        while let end = text.last, quotes.contains(end) { text.removeLast() }
        return text
    }

    /// Name keys and acronym checks remembered by surface form, for working through many mentions of the same
    /// names (a name is written in few ways).
    struct Memo: Sendable {
        private var keys: [String: String] = [:]
        private var acronyms: [String: Bool] = [:]

        /// The key of `surface`, worked out once.
        mutating func key(_ surface: String) -> String {
            Self.remembered(surface, in: &keys, NameKey.key)
        }

        /// Whether `surface` is an acronym (`NameKey.isAcronym`), worked out once.
        mutating func isAcronym(_ surface: String) -> Bool {
            Self.remembered(surface, in: &acronyms, NameKey.isAcronym)
        }

        private static func remembered<Value>(_ surface: String, in known: inout [String: Value], _ make: (String) -> Value) -> Value {
            if let found = known[surface] { return found }
            let value = make(surface)
            known[surface] = value
            return value
        }
    }

    /// The comparison key: lower case, no dots or apostrophes, hyphens as spaces, no leading `the`, and country
    /// aliases mapped to one name (`U.S.`, `US`, `USA` and `United States` share a key).
    public static func key(_ name: String) -> String {
        if isPlain(name, allowing: plainKeyBytes) {
            // Its own display form: lower-casing and dropping a leading `the` is all that is left to do.
            var bytes = Array(name.utf8)
            for i in bytes.indices where (0x41...0x5A).contains(bytes[i]) { bytes[i] += 0x20 }
            if bytes.starts(with: Array("the ".utf8)) { bytes.removeFirst(4) }
            let lowered = String(decoding: bytes, as: UTF8.self)
            return countryAliases[lowered] ?? lowered
        }
        var text = display(name).lowercased()
        text = text.replacingOccurrences(of: "’s ", with: " ").replacingOccurrences(of: "'s ", with: " ")
        text = String(text.compactMap { c -> Character? in
            if c == "." || quotes.contains(c) { return nil }
            if c == "-" || c == "–" || c == "/" { return " " }
            return c
        })
        var words = text.split(whereSeparator: \.isWhitespace)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        let joined = words.joined(separator: " ")
        return countryAliases[joined] ?? joined
    }

    /// ASCII letters and digits, which no step of `display` or `key` changes but for case.
    private static let plainKeyBytes: [Bool] = (0..<128).map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Those and the punctuation `display` keeps as it is (it trims only quotes and apostrophes).
    private static let plainDisplayBytes: [Bool] = (0..<128).map { byte in
        plainKeyBytes[byte] || [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "&"), UInt8(ascii: ",")].contains(UInt8(byte))
    }

    /// Whether `text` is words of `allowed` ASCII bytes with one space between each two, and none before or after:
    /// text that the general rules would only re-case, so the common name needs no string splitting.
    private static func isPlain(_ text: String, allowing allowed: [Bool]) -> Bool {
        var afterSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else {
                guard byte < 0x80, allowed[Int(byte)] else { return false }
                afterSpace = false
            }
        }
        return !afterSpace
    }

    /// Display names of countries and unions for which the key table above has aliases.
    public static func countryDisplayName(forKey key: String) -> String? { countryNames[key] }

    /// A small table of country aliases: alias key → canonical key.
    static let countryAliases: [String: String] = {
        var table: [String: String] = [:]
        for (canonical, aliases) in countryTable {
            for alias in aliases { table[alias] = canonical }
        }
        return table
    }()

    private static let countryNames: [String: String] = Dictionary(uniqueKeysWithValues: countryTable.map { ($0.key, $0.key.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")) })

    private static let countryTable: [String: [String]] = [
        "united states": ["us", "usa", "u s", "u s a", "united states of america"],
        "united kingdom": ["uk", "u k", "britain", "great britain"],
        "united arab emirates": ["uae", "u a e"],
        "european union": ["eu", "e u"],
        "united nations": ["un", "u n"],
        "russia": ["russian federation"],
        "china": ["prc", "people republic of china", "peoples republic of china"],
        "north korea": ["dprk", "democratic people republic of korea"],
        "south korea": ["republic of korea"],
        "netherlands": ["holland"],
        "czech republic": ["czechia"],
        "myanmar": ["burma"],
        "ivory coast": ["cote d ivoire", "côte d ivoire", "côte divoire", "cote divoire"],
    ]

    /// Generic words that end organisation names (`Acme Group`, `Zenith Inc`).
    static let organizationSuffixes: Set<String> = [
        "group", "inc", "corp", "corporation", "company", "co", "ltd", "limited", "llc", "plc", "holdings", "ag", "sa",
        "gmbh", "nv", "bv", "ab", "technologies", "industries", "international",
    ]

    /// The key without a generic organisation suffix, when it has one and something remains.
    static func withoutOrganizationSuffix(_ key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count >= 2, let last = words.last, organizationSuffixes.contains(String(last)) else { return nil }
        return words.dropLast().joined(separator: " ")
    }

    /// The first words of the countries' keys and aliases: a key starting otherwise has no country before it.
    private static let countryFirstWords: Set<String> = Set((Array(countryTable.keys) + countryTable.values.flatMap { $0 })
        .compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The key without a country before it (`us surgeon general` → `surgeon general`), when something remains.
    static func withoutCountry(_ key: String) -> String? {
        let words = key.split(separator: " ")
        guard words.count >= 2, countryFirstWords.contains(String(words[0])) else { return nil }
        for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let prefix = words.prefix(length).joined(separator: " ")
            if countryAliases[prefix] != nil || countryTable[prefix] != nil { return words.dropFirst(length).joined(separator: " ") }
        }
        return nil
    }

    private static let bodyWords: Set<String> = ["department", "ministry", "agency", "bureau", "office", "commission"]

    /// A government body's key in one word order (`department of commerce` → `commerce department`), with the
    /// country it is qualified by, if any (`us commerce department` → country `united states`).
    static func governmentBody(_ key: String) -> (country: String?, body: String)? {
        var words = key.split(separator: " ").map(String.init)
        guard words.contains(where: bodyWords.contains) else { return nil }
        var country: String?
        for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let prefix = words.prefix(length).joined(separator: " ")
            if let canonical = countryAliases[prefix] ?? (countryTable[prefix] != nil ? prefix : nil) {
                country = canonical
                words.removeFirst(length)
                break
            }
        }
        if words.count >= 3, bodyWords.contains(words[0]), words[1] == "of" {
            words = Array(words.dropFirst(2)) + [words[0]]
        }
        guard words.count >= 2, let last = words.last, bodyWords.contains(last) else { return nil }
        return (country, words.joined(separator: " "))
    }

    /// Titles written before a surname, as keys have them (lower case, no full stop).
    private static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "gen", "general",
        "col", "colonel", "capt", "captain", "sen", "senator", "gov", "governor", "rep", "president", "judge", "baron",
        "baroness", "madam", "madame",
    ]

    /// Words that name nothing alone: a title without its name (`Mr`), and the function words a sentence may start
    /// with, capitalised (`Around 200 people…`, `However,`), which the tagger sometimes takes for a name.
    private static let notNames: Set<String> = honorifics.union([
        "a", "about", "above", "across", "after", "against", "all", "along", "also", "although", "amid", "among", "an",
        "and", "another", "around", "as", "at", "because", "before", "behind", "below", "beside", "between", "beyond",
        "both", "but", "by", "despite", "during", "each", "even", "every", "except", "few", "for", "from", "he", "her",
        "here", "his", "how", "however", "i", "if", "in", "inside", "into", "its", "meanwhile", "many", "more",
        "most", "my", "near", "nearly", "no", "nor", "not", "of", "off", "on", "only", "onto", "or", "other", "our",
        "outside", "over", "several", "she", "since", "so", "some", "such", "than", "that", "the", "their", "then",
        "there", "these", "they", "this", "those", "though", "through", "throughout", "to", "toward", "towards",
        "under", "until", "upon", "we", "what", "when", "where", "whether", "which", "while", "who", "whose", "why",
        "with", "within", "without", "yet", "you", "your",
    ])

    /// Auxiliaries and adverbs that start headlines and sentences (`Could Acme…`, `Reportedly`), never a name.
    private static let leadingWords: Set<String> = [
        "could", "would", "should", "might", "must", "shall", "does", "did", "do", "is", "are", "was", "were", "has", "have",
        "had", "been", "being", "reportedly", "allegedly", "now", "just", "still", "again", "finally", "already", "why",
        "exclusive", "breaking", "update", "watch", "video", "photos", "analysis", "opinion", "live",
    ]

    /// Whether `word` at the start of a span of several words is no part of the name: a function word, an auxiliary,
    /// or a headline label (`Exclusive`, `Watch`). Titles (`Mr`) and given names such as `Will` stay.
    static func isLeadingNonName(_ word: String) -> Bool {
        let key = word.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "'") } ? word.lowercased() : key(word)
        return (notNames.contains(key) && !honorifics.contains(key)) || leadingWords.contains(key)
    }

    /// Whether a span is one word that names nothing alone (`Mr`, `Around`; not an acronym such as `WHO`): not kept
    /// as a mention.
    static func isNeverAName(_ surface: String) -> Bool {
        !surface.containsWhitespace && notNames.contains(key(surface)) && !isAcronym(surface)
    }

    /// Titles that say a person is a woman or a man, and titles of peers, which name a person by the title alone
    /// (`Lord Archer` is the peer, not every Archer).
    private static let femaleTitles: Set<String> = ["mrs", "ms", "miss", "lady", "dame", "baroness", "madam", "madame"]
    private static let maleTitles: Set<String> = ["mr", "sir", "lord", "baron"]
    private static let peerTitles: Set<String> = ["lord", "lady", "baron", "baroness"]

    /// The gender a key's title gives (`mrs hale` → female), nil for none or a title either may hold.
    static func titleGender(_ key: String) -> Lexicons.Gender? {
        guard let space = key.firstIndex(of: " ") else { return nil }
        let title = String(key[..<space])
        return femaleTitles.contains(title) ? .female : maleTitles.contains(title) ? .male : nil
    }

    /// Whether a key is a peer's title with a name (`lord archer`).
    static func isPeerTitle(_ key: String) -> Bool {
        guard let space = key.firstIndex(of: " ") else { return false }
        return peerTitles.contains(String(key[..<space]))
    }

    /// British spellings and their American forms, as words of keys.
    private static let americanSpellings: [Substring: Substring] = [
        "centre": "center", "centres": "centers", "theatre": "theater", "theatres": "theaters", "defence": "defense",
        "organisation": "organization", "organisations": "organizations", "programme": "program", "metre": "meter",
    ]

    /// A multi-word key with each word in its American spelling and without a plural `s` (`betty ford centre` and
    /// `betty ford center`; `academy of motion pictures arts` and `… picture arts`): names that differ only so.
    static func spellingForm(_ words: [Substring]) -> String {
        words.map { word -> Substring in
            let word = americanSpellings[word] ?? word
            guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") else { return word }
            return word.dropLast()
        }.joined(separator: " ")
    }

    /// Whether a lower-case word is a title written before a name (`mr`, `president`).
    static func isHonorific(_ word: String) -> Bool { honorifics.contains(word) }

    /// The surname of a key made of a title and one word (`mr biden` → `biden`).
    static func honorificSurname(_ key: String) -> String? {
        guard let space = key.firstIndex(of: " "), honorifics.contains(String(key[..<space])) else { return nil }
        let surname = key[key.index(after: space)...]
        return surname.contains(" ") ? nil : String(surname)
    }

    private static let minorWords: Set<String> = ["the", "of", "and", "for", "&", "de", "la", "le", "du", "der", "von"]

    /// The initials of a multi-word key, skipping minor words (`new york times` → `nyt`, `rolls royce` → `rr`).
    static func initials(ofKey key: String) -> String? {
        let words = key.split(separator: " ").filter { !minorWords.contains(String($0)) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// Words written shortened in names of organisations and places (`Man Utd`, `Soc Dems`, `Intl`).
    private static let abbreviations: Set<String> = [
        "utd", "intl", "int", "dept", "corp", "govt", "natl", "nat", "assn", "assoc", "univ", "uni", "soc", "dems", "dem", "reps",
        "lib", "libs", "cons", "bros", "mfg", "mgmt", "st", "ft", "mt", "ctr", "hosp", "inst", "comm", "fed", "acad", "admin",
        "auth", "coll", "cttee", "div", "ind", "indep", "pk", "rd", "ave", "sq", "cty", "co",
    ]

    /// Whether a key of several words has a word written shortened: a known abbreviation, or a word of no vowel that
    /// is no title (`Mr Abara` abbreviates nothing: as an anchor of `ma`, it linked every `Mr A…` of a collection into
    /// one component that every update resolved again).
    static func isAbbreviated(_ key: String) -> Bool {
        key.split(separator: " ").contains { word in
            abbreviations.contains(String(word))
                || (word.count >= 2 && !honorifics.contains(String(word)) && word.allSatisfy { $0.isLetter && !"aeiouy".contains($0) })
        }
    }

    /// Whether `short` can be an abbreviation of `long` (keys of as many words, at least one shortened): each word
    /// the same, or starting with the same letter and its letters found in order in the other (`soc dems`,
    /// `social democrats`; `man utd`, `manchester united`).
    static func isAbbreviation(_ short: String, of long: String) -> Bool {
        let (a, b) = (short.split(separator: " "), long.split(separator: " "))
        guard a.count == b.count, a != b else { return false }
        return zip(a, b).allSatisfy { x, y in
            guard x != y else { return true }
            guard x.count < y.count, x.first == y.first else { return false }
            var rest = y[...]
            for letter in x {
                guard let found = rest.firstIndex(of: letter) else { return false }
                rest = rest[rest.index(after: found)...]
            }
            return true
        }
    }

    /// An acronym's key as the initials it stands for (`u n` → `un`): how definitions and initials are matched.
    static func letters(_ key: String) -> String { key.replacingOccurrences(of: " ", with: "") }

    /// Whether a surface form looks like an acronym: 2 to 6 capital letters, dots allowed (`NYT`, `U.N.`).
    static func isAcronym(_ surface: String) -> Bool {
        // A space between words survives `display`, and is no capital letter.
        let bytes = surface.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        if let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }),
           bytes[first...last].contains(where: isSpace) { return false }
        let letters = display(surface).filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
