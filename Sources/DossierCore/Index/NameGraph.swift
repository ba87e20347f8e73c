import GRDB

/// Which name keys entity resolution can relate, from the index's `name` and `name_initials` tables: a key and
/// its last word (surnames, and headline spans known from the text), a title with a surname and the names ending
/// in that surname, a key and the same name without a generic
/// organisation suffix, the word orders of a government body, and an acronym and the names with its initials or
/// defined for it. Keys in different components of this graph never affect each other's entities, so resolving
/// again only the components of the keys an update touched gives what resolving everything would.
///
/// The tables only grow, so the graph may hold keys no longer mentioned: that can only join components, never split
/// one that resolution relates.
struct NameGraph {
    private var isAcronym: [String: Bool] = [:]
    private var byLastWord: [String: [String]] = [:]
    private var bySurnameAfterTitle: [String: [String]] = [:]
    private var byStem: [String: [String]] = [:]
    private var byBody: [String: [String]] = [:]
    private var initialsOf: [String: [String]] = [:]
    private var byInitials: [String: [String]] = [:]
    private var acronymsByLetters: [String: [String]] = [:]

    /// The graph of every key in the index.
    init(_ db: Database) throws {
        let names = try Row.fetchCursor(db, sql: "SELECT key, acronym FROM name")
        while let row = try names.next() {
            let key: String = row[0]
            let acronym: Bool = row[1]
            isAcronym[key] = acronym
            let words = key.split(separator: " ")
            if words.count >= 2 { byLastWord[String(words.last!), default: []].append(key) }
            if let surname = NameKey.honorificSurname(key) { bySurnameAfterTitle[surname, default: []].append(key) }
            if let stem = NameKey.withoutOrganizationSuffix(key) { byStem[stem, default: []].append(key) }
            if let body = NameKey.governmentBody(key)?.body { byBody[body, default: []].append(key) }
            if acronym { acronymsByLetters[NameKey.letters(key), default: []].append(key) }
        }
        let pairs = try Row.fetchCursor(db, sql: "SELECT initials, key FROM name_initials")
        while let row = try pairs.next() {
            let (initials, key): (String, String) = (row[0], row[1])
            initialsOf[key, default: []].append(initials)
            byInitials[initials, default: []].append(key)
        }
    }

    /// The components of the graph that hold `keys`, each a list of keys.
    func components(of keys: [String]) -> [[String]] {
        var seen = Set<String>()
        var components: [[String]] = []
        for start in keys where seen.insert(start).inserted {
            var component = [start]
            var next = 0
            while next < component.count {
                for other in neighbours(of: component[next]) where seen.insert(other).inserted { component.append(other) }
                next += 1
            }
            components.append(component)
        }
        return components
    }

    private func neighbours(of key: String) -> [String] {
        var found: [String] = []
        let words = key.split(separator: " ")
        if words.count >= 2 {
            let last = String(words.last!)
            if isAcronym[last] != nil { found.append(last) }
            found += bySurnameAfterTitle[last] ?? []
            if let surname = NameKey.honorificSurname(key) { found += byLastWord[surname] ?? [] }
            if let stem = NameKey.withoutOrganizationSuffix(key), isAcronym[stem] != nil { found.append(stem) }
        } else {
            found += byLastWord[key] ?? []
        }
        found += byStem[key] ?? []
        if let body = NameKey.governmentBody(key)?.body { found += byBody[body] ?? [] }
        for initials in initialsOf[key] ?? [] { found += acronymsByLetters[initials] ?? [] }
        if isAcronym[key] == true { found += byInitials[NameKey.letters(key)] ?? [] }
        return found
    }
}
