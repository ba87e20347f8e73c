/// Fills sentence patterns for one article: its people, organisations and places named the way the outlet writes
/// them (spelled out the first time, shortened after), its topic, and the numbers, sums and dates of news prose.
struct CorpusProse {
    /// Where a filled pattern goes, which decides how names are written.
    enum Mode {
        /// Body text: the first mention spells a name out and defines initials; later ones shorten it.
        case prose
        /// A headline: surnames and initials, no `the`, no effect on what the body has named.
        case headline
        /// A caption, standfirst or quotation: full names, no effect on what the body has named.
        case caption
    }

    private typealias Phrases = CorpusPhraseLists
    let pool: CorpusNamePool
    let outlet: CorpusOutlet
    /// What the article is about, without `the`.
    let topic: String
    var cast: CorpusCast
    private var sentences = CorpusDeck(count: CorpusSentences.prose.count)
    private var quotations = CorpusDeck(count: CorpusProse.quotes.count)

    init(pool: CorpusNamePool, outlet: CorpusOutlet, topic: String, cast: CorpusCast) {
        self.pool = pool
        self.outlet = outlet
        self.topic = topic
        self.cast = cast
    }

    /// The next sentence of body prose, its pattern not repeated until the others have been used.
    mutating func sentence(_ random: inout CorpusRandom) -> String {
        fill(CorpusSentences.prose[sentences.draw(&random)], .prose, &random)
    }

    /// An opening sentence about `lead`, a person or an organisation.
    mutating func opening(about lead: Int, _ random: inout CorpusRandom) -> String {
        let slot: CorpusTemplate.Slot = pool.entities[lead].kind == .person ? .person : .organization
        let templates = CorpusSentences.openings.filter { $0.has(slot) }
        return fill(random.pick(templates), .prose, forcing: lead, &random)
    }

    /// One filled pattern, its first letter capitalised. `forcing` fills the first slot of its kind.
    mutating func fill(_ template: CorpusTemplate, _ mode: Mode, forcing: Int? = nil, _ random: inout CorpusRandom) -> String {
        var text = ""
        var used = Set<Int>()
        var lastPerson: Int?
        var forced = forcing
        for piece in template.pieces {
            switch piece {
            case .text(let curly, let straight):
                text += outlet.curlyQuotes ? curly : straight
            case .slot(let slot):
                switch slot {
                case .person, .person2, .personPossessive:
                    let id = entity(from: cast.persons, forced: &forced, used: &used, &random)
                    lastPerson = id
                    text += name(id, mode, &random)
                    if slot == .personPossessive { text += apostropheS }
                case .organization, .organization2, .organizationPossessive:
                    let id = entity(from: cast.organizations, forced: &forced, used: &used, &random)
                    text += name(id, mode, &random)
                    if slot == .organizationPossessive { text += apostropheS }
                case .place, .place2:
                    let id = entity(from: cast.places, forced: &forced, used: &used, &random)
                    if mode == .prose { cast.name(id) }
                    text += pool.entities[id].name
                case .role:
                    text += lastPerson.flatMap { pool.entities[$0].role } ?? "an official"
                case .topic: text += mode == .headline ? topic : "the " + topic
                case .quote:
                    // People say names in full, and what they say neither names nor defines anything for the body.
                    text += fill(Self.quotes[quotations.draw(&random)], .caption, &random)
                default: text += CorpusFillers.value(slot, outlet: outlet, &random)
                }
            }
        }
        return Self.capitalisingFirstLetter(text)
    }

    /// The white-space separated words of `text`.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    private static let quotes = CorpusTemplate.compile(Phrases.quotes)

    private var apostropheS: String { outlet.curlyQuotes ? "’s" : "'s" }

    /// The entity for a slot: the forced one when its kind matches, else a cast member not yet in the sentence.
    private func entity(from ids: [Int], forced: inout Int?, used: inout Set<Int>, _ random: inout CorpusRandom) -> Int {
        if let id = forced, ids.contains(id) {
            forced = nil
            used.insert(id)
            return id
        }
        let id = cast.choose(from: ids, excluding: used.union(forced.map { [$0] } ?? []), &random) ?? ids[0]
        used.insert(id)
        return id
    }

    /// How the text names an entity here.
    private mutating func name(_ id: Int, _ mode: Mode, _ random: inout CorpusRandom) -> String {
        let entity = pool.entities[id]
        let article = entity.takesArticle ? "the " : ""
        switch mode {
        case .headline:
            if entity.kind == .person { return random.chance(0.6) ? entity.surname ?? entity.name : entity.name }
            return entity.acronym ?? entity.name
        case .caption:
            return article + entity.name
        case .prose:
            let first = cast.name(id)
            if entity.kind == .person {
                if first { return entity.title.map { random.chance(0.7) ? "\($0) \(entity.name)" : entity.name } ?? entity.name }
                let surname = entity.surname ?? entity.name
                if let title = entity.title, title == "Dr" || title == "Professor" { return "\(title) \(surname)" }
                return outlet.honorifics ? "\(entity.honorific ?? "Mr") \(surname)" : surname
            }
            if first {
                guard let acronym = entity.acronym, random.chance(0.85) else { return article + entity.name }
                cast.define(id)
                return "\(article)\(entity.name) (\(acronym))"
            }
            // Initials only once the article has defined them.
            if let acronym = entity.acronym, cast.hasDefined(id), random.chance(0.7) { return article + acronym }
            if let noun = entity.commonNoun, random.chance(0.4) { return "the " + noun }
            return article + entity.name
        }
    }

    private static func capitalisingFirstLetter(_ text: String) -> String {
        guard let index = text.firstIndex(where: \.isLetter), text[index].isLowercase else { return text }
        return text[..<index] + text[index].uppercased() + text[text.index(after: index)...]
    }
}
