/// What an entity's mentions add up to: how often each display form and each kind, in how many articles. Its name,
/// aliases and kind follow from these alone (`named`), so an index can keep them per entity and update them by the
/// articles that changed.
struct EntityTotals: Equatable, Sendable {
    /// Mentions of each display form.
    var forms: [String: Int] = [:]
    /// The vote: mentions of each kind, in the order of `EntityKind.allCases` (a title, or a surname joined to a
    /// person, votes person).
    var kinds = [Int](repeating: 0, count: EntityKind.allCases.count)
    var articles = 0
    var mentions: Int { kinds.reduce(0, +) }

    /// Adds `other` (subtracts it, with `sign` -1), dropping forms no mention has any more.
    mutating func add(_ other: EntityTotals, sign: Int = 1) {
        for (form, count) in other.forms {
            let total = forms[form, default: 0] + sign * count
            forms[form] = total == 0 ? nil : total
        }
        for i in kinds.indices { kinds[i] += sign * other.kinds[i] }
        articles += sign * other.articles
    }

    /// The canonical name (the most complete form, by words, then the most mentioned, then the one that sorts first),
    /// the other forms (most mentioned first) and the kind (the most mentioned; of two as often, the one whose name
    /// sorts first).
    var named: (canonical: String, aliases: [String], kind: EntityKind) {
        let all = EntityKind.allCases
        let kind = all.indices.filter { kinds[$0] > 0 }
            .max { (kinds[$0], all[$1].rawValue) < (kinds[$1], all[$0].rawValue) }.map { all[$0] } ?? .other
        let ranked = forms.map { (form: $0.key, count: $0.value, completeness: Self.completeness($0.key)) }
            .sorted { ($0.completeness, $0.count, $1.form) > ($1.completeness, $1.count, $0.form) }
        guard let first = ranked.first else { return ("", [], kind) }
        let canonical = NameKey.countryDisplayName(forKey: NameKey.key(first.form)) ?? first.form
        let aliases = ranked.filter { $0.form != canonical }.sorted { ($0.count, $1.form) > ($1.count, $0.form) }.map(\.form)
        return (canonical, aliases, kind)
    }

    /// How complete a form is: its words, not counting a leading `the` or a title before a surname (`Mr Biden`
    /// names no more than `Biden`); an all-capitals acronym counts least.
    static func completeness(_ form: String) -> Int {
        let words = form.split(whereSeparator: \.isWhitespace)
        let count = words.count - (words.first?.lowercased() == "the" && words.count > 1 ? 1 : 0)
        if NameKey.isAcronym(form) { return 0 }
        return words.count == 2 && NameKey.honorificSurname(NameKey.key(form)) != nil ? 1 : count
    }
}
