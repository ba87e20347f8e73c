/// The page furniture a scraper leaves in an article's text: share and follow lines, gallery counters,
/// advertisement markers, read-more links, newsletter prompts, comment policies, copyright and cookie notices, and
/// the photo credits under captions.
enum CorpusFurniture {
    /// A line left in the middle of the body.
    static func inline(outlet: CorpusOutlet, headline: (inout CorpusRandom) -> String, _ random: inout CorpusRandom) -> [String] {
        switch random.below(6) {
        case 0: [random.pick(["Advertisement", "ADVERTISEMENT", "Scroll to continue with content"])]
        case 1: ["\(random.pick(["Read more", "Read also", "Also read"])): \(headline(&random))"]
        case 2: [random.pick(["Share this article", "Share on Facebook", "Share | Tweet | Email"])]
        case 3: ["Follow \(outlet.name) on \(random.pick(["Facebook and Twitter", "Instagram", "Telegram", "Google News"]))"]
        case 4: [random.pick(["Sign up for our morning newsletter", "Subscribe to \(outlet.name) for unlimited access"])]
        default: ["Advertisement"]
        }
    }

    /// The lines that end a scraped page, one group per entry, in page order.
    static func trailer(outlet: CorpusOutlet, year: Int, headline: (inout CorpusRandom) -> String, _ random: inout CorpusRandom) -> [[String]] {
        var groups: [[String]] = []
        if random.chance(0.5) { groups.append([random.pick(["Share this article", "Share | Tweet | Email", "Email this story"])]) }
        if random.chance(0.4) { groups.append(["Follow \(outlet.name) on Facebook and Twitter"]) }
        if random.chance(0.35) {
            let heading = random.chance(0.5) ? "Comments" : "View \(random.int(in: 2...240)) comments"
            groups.append([heading, random.pick(commentPolicies)])
        }
        if random.chance(0.3) {
            let heading = random.pick(["Related articles", "More on this story", "Most read"])
            groups.append([heading] + (0..<random.int(in: 2...4)).map { _ in headline(&random) })
        }
        if random.chance(0.2) { groups.append(["We use cookies to give you the best experience on our website."]) }
        if random.chance(0.4) { groups.append(["© \(year) \(outlet.name). All rights reserved."]) }
        return groups
    }

    /// The lines of a photo: a gallery counter on sites that have one, the caption (twice, as alt text and
    /// caption, on some), and the credit.
    static func figure(caption: String, outlet: CorpusOutlet, photographer: String, _ random: inout CorpusRandom) -> [String] {
        let agency = random.pick(CorpusOutlet.photoAgencies)
        let credit = switch random.below(4) {
        case 0, 1: "(Photo: \(agency))"
        case 2: "Photo: \(photographer)/\(agency)"
        default: "Image: \(agency)"
        }
        guard outlet.layout == .indented else { return [caption, credit] }
        var lines = random.chance(0.7) ? ["\(random.int(in: 2...9)) View gallery"] : []
        lines += random.chance(0.5) ? [caption, caption] : [caption]
        return lines + [credit]
    }

    private static let commentPolicies = [
        "Comments are moderated and may take a while to appear. Please read our community guidelines before posting.",
        "By posting a comment you agree to our community guidelines. Abusive comments will be removed by moderators.",
        "Commenting is open to registered readers and is subject to our moderation policy.",
    ]
}
