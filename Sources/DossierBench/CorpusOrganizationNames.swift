/// Invents organisation names of the shapes news articles name: ministries and agencies, companies, campaign
/// groups, parties, unions, universities and courts, each with the common noun a later sentence calls it by and,
/// for most public bodies, initials that the article defines on first mention.
enum CorpusOrganizationNames {
    private typealias Lists = CorpusNameLists

    /// One organisation built from a randomly chosen shape. `cities` and `countries` supply place words.
    static func make(_ random: inout CorpusRandom, cities: [String], countries: [String]) -> CorpusEntity {
        let domain = random.pick(Lists.domains)
        // Companies are the most common shape, as they are in business and politics coverage.
        switch random.below(24) {
        case 0: return body("Ministry of \(domain)", noun: "ministry", acronym: false)
        case 1: return body("Department of \(domain)", noun: "department", acronym: false)
        case 2, 3: return body("National \(domain) Agency", noun: "agency")
        case 4: return body("\(domain) Regulatory Authority", noun: "regulator")
        case 5: return body("\(random.pick(countries)) \(domain) Authority", noun: "authority")
        case 6: return body("Federal \(domain) Commission", noun: "commission")
        case 7...11:
            let coined = random.pick(Lists.roots) + random.pick(Lists.companyEndings)
            return company("\(coined) \(random.pick(Lists.industries))", noun: "company")
        case 12:
            let first = random.pick(Lists.surnames), second = random.pick(Lists.surnames)
            return company(first == second ? "\(first) Partners" : "\(first) & \(second)", noun: "firm")
        case 13: return company("\(random.pick(Lists.causes)) Watch", noun: "group")
        case 14: return body("Coalition for \(random.pick(Lists.causes))", noun: "coalition")
        case 15: return body("Institute for \(domain) Studies", noun: "institute")
        case 16, 17:
            return body("\(random.pick(Lists.partyAdjectives)) \(random.pick(Lists.partyNouns)) Party", noun: "party")
        case 18: return body("\(domain) Workers' Union", noun: "union")
        case 19: return body("University of \(random.pick(cities))", noun: "university", acronym: false)
        case 20: return body("\(random.pick(cities)) Institute of Technology", noun: "institute")
        case 21: return body("Supreme Court of \(random.pick(countries))", noun: "court", acronym: false)
        case 22: return body("International \(domain) Organisation", noun: "organisation")
        default: return body("\(random.pick(Lists.roots))\(random.pick(Lists.companyEndings)) Development Bank", noun: "bank")
        }
    }

    /// A public body: written with `the`, and known by its initials when it has three or more.
    private static func body(_ name: String, noun: String, acronym: Bool = true) -> CorpusEntity {
        .organization(name, acronym: acronym ? CorpusEntity.initials(of: name) : nil, takesArticle: true, commonNoun: noun)
    }

    /// A company or group: written without `the` and without initials.
    private static func company(_ name: String, noun: String) -> CorpusEntity {
        .organization(name, acronym: nil, takesArticle: false, commonNoun: noun)
    }
}
