/// The entities one article is about, by kind, the most prominent first, and which of them the text has named so
/// far: the first mention of a name spells it out, later ones shorten it.
struct CorpusCast {
    var persons: [Int] = []
    var organizations: [Int] = []
    var places: [Int] = []
    /// The story entity, when the article is about it.
    var top: Int?
    /// Entities named so far in the text.
    private(set) var named: Set<Int> = []
    /// Organisations whose initials the text has defined.
    private var defined: Set<Int> = []

    /// Every entity of the article.
    var all: [Int] { persons + organizations + places }

    /// The entity the article is mainly about: the story entity, or else its first person.
    var lead: Int { top ?? persons[0] }

    /// Records that `id` was named; returns whether this was its first mention.
    @discardableResult mutating func name(_ id: Int) -> Bool { named.insert(id).inserted }

    /// Records that the text defined the initials of `id`, as in `National Maritime Agency (NMA)`.
    mutating func define(_ id: Int) { defined.insert(id) }

    /// Whether the text has defined the initials of `id`.
    func hasDefined(_ id: Int) -> Bool { defined.contains(id) }

    /// Entities of the article not named yet.
    var unnamed: [Int] { all.filter { !named.contains($0) } }

    /// How many entities of the article are not named yet (only the article's own entities are ever named).
    var unnamedCount: Int { persons.count + organizations.count + places.count - named.count }

    /// One of `ids` for a slot, favouring the first (most prominent) and, now and then, one not yet named, so
    /// that every entity comes up before the article ends. `excluding` keeps two slots of a sentence apart.
    func choose(from ids: [Int], excluding: Set<Int>, _ random: inout CorpusRandom) -> Int? {
        let open = ids.filter { !excluding.contains($0) }
        guard !open.isEmpty else { return nil }
        if random.chance(0.3), let fresh = open.first(where: { !named.contains($0) }) { return fresh }
        // Weights 4, 2, 2, 1, 1, …: the lead of each kind carries most of the article.
        let weights = open.indices.map { $0 == 0 ? 4 : $0 < 3 ? 2 : 1 }
        var pick = random.below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if pick < weight { return open[index] }
            pick -= weight
        }
        return open[open.count - 1]
    }
}
