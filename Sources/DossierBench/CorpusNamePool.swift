import DossierCore

/// The people, organisations and places one corpus is about, ranked so that articles draw them with a Zipf-like
/// spread, and the story entity that about half of all articles are about.
struct CorpusNamePool: Sendable {
    private typealias Lists = CorpusNameLists

    /// Every entity; an entity's number is its index here.
    let entities: [CorpusEntity]
    /// The story entity, a person or an organisation, put in an article with probability `topShare`.
    let top: Int
    /// The share of articles the story entity is in.
    let topShare = 0.5
    /// Entities of each kind, most often drawn first; the story entity is in none of them.
    let persons: [Int], organizations: [Int], places: [Int]
    /// Names of reporters and photographers: people who write and illustrate articles but are not in the news.
    let reporters: [String]
    private let personRanks: CorpusZipf, organizationRanks: CorpusZipf, placeRanks: CorpusZipf

    /// How many people and organisations a pool holds (places are fixed by the word lists: about 550).
    static let personCount = 6_000, organizationCount = 1_500

    /// The pool of a corpus made with `seed`.
    init(seed: UInt64) {
        var random = CorpusRandom(seed: seed, stream: .max)
        var taken = Set<String>()
        func unique(_ make: () -> CorpusEntity) -> CorpusEntity {
            while true {
                let entity = make()
                if taken.insert(entity.name).inserted { return entity }
            }
        }

        var placeEntities = Lists.countries.map(CorpusEntity.place)
        var cities = Lists.roots.flatMap { root in Lists.placeEndings.map { root + $0 } }
        Self.shuffle(&cities, &random)
        cities = Array(cities.prefix(420))
        placeEntities += cities.map(CorpusEntity.place)
        for _ in 0..<90 {
            placeEntities.append(unique {
                random.chance(0.5) ? .place("\(random.pick(Lists.compassWords)) \(random.pick(Lists.countries))")
                    : .place("\(random.pick(Lists.roots))\(random.pick(["a", "en", "is"])) \(random.pick(Lists.regionWords))")
            })
        }
        taken.formUnion(placeEntities.map(\.name))

        var personEntities: [CorpusEntity] = []
        for _ in 0..<Self.personCount {
            personEntities.append(unique {
                let female = random.chance(0.5)
                let first = random.pick(female ? Lists.femaleFirstNames : Lists.maleFirstNames)
                let title = random.chance(0.15) ? random.pick(Lists.personTitles) : nil
                return .person(first: first, surname: random.pick(Lists.surnames), female: female, title: title,
                               role: random.pick(Lists.personRoles))
            })
        }

        var acronyms = Set<String>()
        var organizationEntities: [CorpusEntity] = []
        for _ in 0..<Self.organizationCount {
            let made = unique { CorpusOrganizationNames.make(&random, cities: cities, countries: Lists.countries) }
            // Initials another organisation already has would make the short form ambiguous: spell the name out.
            if let acronym = made.acronym, !acronyms.insert(acronym).inserted {
                organizationEntities.append(.organization(made.name, acronym: nil, takesArticle: made.takesArticle,
                                                          commonNoun: made.commonNoun ?? "organisation"))
            } else {
                organizationEntities.append(made)
            }
        }

        var reporterNames: [String] = []
        while reporterNames.count < 400 {
            let first = random.pick(random.chance(0.5) ? Lists.femaleFirstNames : Lists.maleFirstNames)
            let name = "\(first) \(random.pick(Lists.surnames))"
            if taken.insert(name).inserted { reporterNames.append(name) }
        }
        reporters = reporterNames

        Self.shuffle(&personEntities, &random)
        Self.shuffle(&organizationEntities, &random)
        Self.shuffle(&placeEntities, &random)
        // The story entity leads its kind: a person, or a public body known by its initials.
        let storyIsPerson = random.chance(0.5)
        if !storyIsPerson, let defined = organizationEntities.firstIndex(where: { $0.acronym != nil }) {
            organizationEntities.swapAt(0, defined)
        }
        entities = personEntities + organizationEntities + placeEntities
        let organizationStart = personEntities.count, placeStart = organizationStart + organizationEntities.count
        top = storyIsPerson ? 0 : organizationStart
        persons = Array((storyIsPerson ? 1 : 0)..<organizationStart)
        organizations = Array((storyIsPerson ? organizationStart : organizationStart + 1)..<placeStart)
        places = Array(placeStart..<entities.count)
        personRanks = CorpusZipf(count: persons.count, exponent: 1.0, shift: 3)
        organizationRanks = CorpusZipf(count: organizations.count, exponent: 1.0, shift: 3)
        placeRanks = CorpusZipf(count: places.count, exponent: 1.0, shift: 4)
    }

    /// The entities of one article: the story entity with probability `topShare`, then others of each kind
    /// drawn by rank. People in one article never share a surname, so `Ms Marchetti` is never ambiguous.
    func cast(_ random: inout CorpusRandom, personCount: Int, organizationCount: Int, placeCount: Int) -> CorpusCast {
        var cast = CorpusCast()
        if random.chance(topShare) {
            if entities[top].kind == .person { cast.persons.append(top) } else { cast.organizations.append(top) }
            cast.top = top
        }
        var surnames = Set(cast.persons.compactMap { entities[$0].surname })
        draw(into: &cast.persons, upTo: personCount, from: persons, ranks: personRanks, &random) { id in
            surnames.insert(entities[id].surname ?? "").inserted
        }
        draw(into: &cast.organizations, upTo: organizationCount, from: organizations, ranks: organizationRanks, &random) { _ in true }
        draw(into: &cast.places, upTo: placeCount, from: places, ranks: placeRanks, &random) { _ in true }
        return cast
    }

    private func draw(into chosen: inout [Int], upTo count: Int, from ids: [Int], ranks: CorpusZipf,
                      _ random: inout CorpusRandom, accept: (Int) -> Bool) {
        var attempts = 0
        while chosen.count < count, attempts < 20 * count {
            attempts += 1
            let id = ids[ranks.draw(&random)]
            if !chosen.contains(id), accept(id) { chosen.append(id) }
        }
    }

    /// Fisher–Yates with the corpus's own random stream.
    private static func shuffle<T>(_ list: inout [T], _ random: inout CorpusRandom) {
        guard list.count > 1 else { return }
        for index in stride(from: list.count - 1, to: 0, by: -1) {
            list.swapAt(index, random.below(index + 1))
        }
    }
}
