import DossierCore

/// One person, organisation or place of a generated corpus, with the forms articles name it by: the full name on
/// first mention, then a surname, `Ms Marchetti`, an acronym defined as `National Maritime Agency (NMA)`, or a
/// common noun such as `the agency`.
struct CorpusEntity: Sendable {
    let kind: EntityKind
    /// The full name: `Elena Marchetti`, `National Maritime Agency`, `Calvora`.
    let name: String
    /// For an organisation, the initials it is known by once defined.
    let acronym: String?
    /// Whether the name takes `the` in running text (`the National Maritime Agency`, but `Calvex Energy`).
    let takesArticle: Bool
    /// For an organisation, the common noun a later sentence may use instead of the name (`the agency`).
    let commonNoun: String?
    /// For a person, the surname of later mentions.
    let surname: String?
    /// For a person, `Mr` or `Ms` as house styles that use honorifics write them.
    let honorific: String?
    /// For a person, an official title written before the name on first mention (`Minister`, `Dr`).
    let title: String?
    /// For a person, what they are, written after the name (`a former diplomat`).
    let role: String?

    /// The other names this entity goes by in the corpus, as the manifest lists them.
    var aliases: [String] {
        switch kind {
        case .person: [surname, honorific.flatMap { h in surname.map { "\(h) \($0)" } }].compactMap { $0 }
        default: acronym.map { [$0] } ?? []
        }
    }

    /// A person.
    static func person(first: String, surname: String, female: Bool, title: String?, role: String) -> CorpusEntity {
        CorpusEntity(kind: .person, name: "\(first) \(surname)", acronym: nil, takesArticle: false, commonNoun: nil,
                     surname: surname, honorific: female ? "Ms" : "Mr", title: title, role: role)
    }

    /// An organisation.
    static func organization(_ name: String, acronym: String?, takesArticle: Bool, commonNoun: String) -> CorpusEntity {
        CorpusEntity(kind: .organization, name: name, acronym: acronym, takesArticle: takesArticle, commonNoun: commonNoun,
                     surname: nil, honorific: nil, title: nil, role: nil)
    }

    /// A place.
    static func place(_ name: String) -> CorpusEntity {
        CorpusEntity(kind: .place, name: name, acronym: nil, takesArticle: false, commonNoun: nil,
                     surname: nil, honorific: nil, title: nil, role: nil)
    }

    /// The initials of the capitalised words of `name` (`National Maritime Agency` → `NMA`), or nil when fewer
    /// than three.
    static func initials(of name: String) -> String? {
        let skipped: Set<Substring> = ["of", "for", "and", "the", "&"]
        let letters = name.split(separator: " ").filter { !skipped.contains($0) }.compactMap(\.first)
        guard letters.count >= 3, letters.allSatisfy(\.isUppercase) else { return nil }
        return String(letters)
    }
}
