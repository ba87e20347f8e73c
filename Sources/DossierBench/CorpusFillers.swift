/// The words that fill the slots of a sentence other than names and quotations: counts, sums of money,
/// percentages, days, months, years, verbs of official action, documents and groups of people.
enum CorpusFillers {
    private typealias Phrases = CorpusPhraseLists

    /// The text for `slot`, written in `outlet`'s style.
    static func value(_ slot: CorpusTemplate.Slot, outlet: CorpusOutlet, _ random: inout CorpusRandom) -> String {
        switch slot {
        case .count: count(&random)
        case .money: money(&random)
        case .percent: "\(random.int(in: 2...64))\(outlet.percent)"
        case .day: day(&random)
        case .month: random.pick(Phrases.months)
        case .year: String(random.int(in: 2015...2024))
        case .actionBase: random.pick(Phrases.actions).base
        case .actionPast: random.pick(Phrases.actions).past
        case .document: random.pick(Phrases.documents)
        case .people: random.pick(Phrases.people)
        case .outlet: outlet.name
        case .person, .person2, .personPossessive, .organization, .organization2, .organizationPossessive,
             .place, .place2, .role, .topic, .quote:
            preconditionFailure("names, topics and quotations are filled by CorpusProse")
        }
    }

    /// A count of people or things: `12`, `340`, `4,250`.
    static func count(_ random: inout CorpusRandom) -> String {
        switch random.below(3) {
        case 0: String(random.int(in: 3...40))
        case 1: String(random.int(in: 5...99) * 10)
        default: grouped(random.int(in: 100...990) * 10)
        }
    }

    /// A sum: `$4.2 million`, `€310 million`, `$1.3 billion`.
    static func money(_ random: inout CorpusRandom) -> String {
        let currency = random.chance(0.6) ? "$" : "€"
        switch random.below(3) {
        case 0: return "\(currency)\(random.int(in: 1...9)).\(random.int(in: 1...9)) million"
        case 1: return "\(currency)\(random.int(in: 12...950)) million"
        default: return "\(currency)\(random.int(in: 1...4)).\(random.int(in: 1...9)) billion"
        }
    }

    /// When something happened: `on Tuesday`, `last month`, `on March 14`.
    static func day(_ random: inout CorpusRandom) -> String {
        switch random.below(4) {
        case 0, 1: "on " + random.pick(Phrases.weekdays)
        case 2: random.pick(Phrases.recentTimes)
        default: "on \(random.pick(Phrases.months)) \(random.int(in: 1...28))"
        }
    }

    /// `4250` as `4,250`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
