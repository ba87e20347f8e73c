/// Writes one article of a corpus from its own random stream: an outlet and topic, the cast of entities, a
/// headline and header, 300 to 1,500 words of prose with quotations, bullets, a photo and page furniture, and on
/// request an update paragraph for a later revision of the same article.
struct CorpusComposer {
    private typealias Sentences = CorpusSentences
    let pool: CorpusNamePool
    let seed: UInt64

    /// The fewest and most words of prose an article of revision 0 has.
    static let proseWords = 300...1_500

    /// Article `index`; revisions above 0 add an update paragraph to the same article.
    func compose(index: Int, revision: Int = 0) -> GeneratedArticle {
        var random = CorpusRandom(seed: seed, stream: UInt64(index))
        let outlet = CorpusOutlet.all[CorpusOutlet.ranks.draw(&random)]
        let target = 330 + Int(1_020 * min(random.unit(), random.unit()))
        let size = target / 250
        let cast = pool.cast(&random, personCount: 2 + random.below(2 + min(size, 3)),
                             organizationCount: 2 + random.below(2 + size / 2), placeCount: 2 + random.below(2))
        var prose = CorpusProse(pool: pool, outlet: outlet, topic: random.pick(CorpusPhraseLists.topics), cast: cast)
        var page = CorpusPage()
        page.bullet = random.pick(["•", "-", "*"])

        let headline = prose.fill(random.pick(Sentences.headlines), .headline, forcing: cast.lead, &random)
        let date = CorpusDate(&random)
        header(headline, date: date, outlet: outlet, &prose, &page, &random)

        var words = body(outlet: outlet, target: target, &prose, &page, &random)
        let trailer = CorpusFurniture.trailer(outlet: outlet, year: date.year, headline: { otherHeadline(&prose, &$0) }, &random)
        if revision > 0 {
            var update = CorpusRandom(seed: seed, stream: UInt64(index), UInt64(revision))
            let sentences = (0..<2).map { _ in prose.sentence(&update) }
            let paragraph = "Update, \(CorpusPhraseLists.months[update.below(12)]) \(update.int(in: 1...28)): " + sentences.joined(separator: " ")
            words += CorpusProse.wordCount(paragraph)
            page.parts.append(.paragraph(paragraph))
        }
        page.parts += trailer.map(CorpusPage.Part.furniture)
        return GeneratedArticle(text: page.text(outlet.layout), title: headline, outlet: outlet.name, proseWordCount: words,
                                entities: cast.all.map { pool.entities[$0].name }, entityIDs: cast.all)
    }

    /// Title line (with a date in front or the outlet's name after it, as the site writes it), then standfirst,
    /// credit, byline and date lines, each only on some articles.
    private func header(_ headline: String, date: CorpusDate, outlet: CorpusOutlet, _ prose: inout CorpusProse,
                        _ page: inout CorpusPage, _ random: inout CorpusRandom) {
        var title = headline
        var dateLine: String?
        if !outlet.dateForms.isEmpty, random.chance(outlet.datedShare) {
            let form = random.pick(outlet.dateForms)
            dateLine = date.line(form, &random)
            if form == .titlePrefix { title = "date \(date.iso) \(title)" }
        }
        if let separator = outlet.titleSeparator, random.chance(0.7) { title += separator + outlet.name }
        page.parts.append(.title(title))
        if outlet.layout != .wire, random.chance(0.3) {
            page.parts.append(.header(prose.fill(random.pick(Sentences.standfirsts), .caption, &random)))
        }
        if outlet.layout == .indented, random.chance(0.4) {
            page.parts.append(.header(random.pick(CorpusOutlet.wireAgencies) + "|"))
        }
        let byline = random.chance(0.75) ? self.byline(outlet, &random) : nil
        let lines = random.chance(0.5) ? [byline, dateLine] : [dateLine, byline]
        for line in lines.compactMap({ $0 }) { page.parts.append(.header(line)) }
    }

    private func byline(_ outlet: CorpusOutlet, _ random: inout CorpusRandom) -> String {
        let reporter = random.pick(pool.reporters)
        switch random.pick(outlet.bylineForms) {
        case .by: return "By \(reporter)"
        case .byPair: return "By \(reporter) and \(random.pick(pool.reporters))"
        case .writtenBy: return "Written by \(reporter)"
        case .author: return "Author: \(reporter)"
        case .staff: return "By \(outlet.name) staff"
        }
    }

    /// Paragraphs until the prose reaches `target` words, with a photo, a furniture line and bullet points among
    /// them on some articles, then closing sentences for entities not named yet. Returns the prose word count.
    private func body(outlet: CorpusOutlet, target: Int, _ prose: inout CorpusProse, _ page: inout CorpusPage,
                      _ random: inout CorpusRandom) -> Int {
        let figureAfter = random.chance(0.65) ? random.int(in: 1...3) : -1
        let furnitureAfter = random.chance(0.5) ? random.int(in: 2...6) : -1
        let bulletsAfter = outlet.layout != .wire && random.chance(0.2) ? random.int(in: 0...3) : -1
        var words = 0
        var paragraphs = 0
        // Room kept for one closing sentence per entity not named yet.
        func room() -> Bool { words + 28 * prose.cast.unnamedCount < target }
        while room() || words < CorpusComposer.proseWords.lowerBound {
            var sentences: [String] = []
            let length = outlet.layout == .wire ? random.int(in: 1...2) : [1, 2, 2, 3, 3, 3, 4, 2, 2, 4][random.below(10)]
            while sentences.count < length, room() || words < CorpusComposer.proseWords.lowerBound {
                let opens = paragraphs == 0 && sentences.isEmpty
                let sentence = opens ? prose.opening(about: prose.cast.lead, &random) : prose.sentence(&random)
                words += CorpusProse.wordCount(sentence)
                sentences.append(sentence)
            }
            var paragraph = sentences.joined(separator: " ")
            if paragraphs == 0, outlet.layout == .wire {
                let dateline = "\(pool.entities[prose.cast.places[0]].name.uppercased()) (\(outlet.name)) -"
                paragraph = dateline + " " + paragraph
                words += CorpusProse.wordCount(dateline)
            }
            page.parts.append(.paragraph(paragraph))
            if paragraphs == figureAfter {
                let caption = prose.fill(random.pick(Sentences.captions), .caption, &random)
                page.parts.append(.figure(CorpusFurniture.figure(caption: caption, outlet: outlet, photographer: random.pick(pool.reporters), &random)))
            }
            if paragraphs == furnitureAfter {
                page.parts.append(.furniture(CorpusFurniture.inline(outlet: outlet, headline: { otherHeadline(&prose, &$0) }, &random)))
            }
            if paragraphs == bulletsAfter {
                let items = (0..<random.int(in: 2...4)).map { _ in prose.fill(random.pick(Sentences.bullets), .prose, &random) }
                words += items.map(CorpusProse.wordCount).reduce(0, +)
                page.parts.append(.bullets(items))
            }
            paragraphs += 1
        }
        var closing: [String] = []
        for id in prose.cast.unnamed {
            let templates = switch pool.entities[id].kind {
            case .person: Sentences.closingPerson
            case .organization: Sentences.closingOrganization
            default: Sentences.closingPlace
            }
            closing.append(prose.fill(random.pick(templates), .prose, forcing: id, &random))
            words += CorpusProse.wordCount(closing[closing.count - 1])
            if closing.count == 2 { page.parts.append(.paragraph(closing.joined(separator: " "))); closing = [] }
        }
        if !closing.isEmpty { page.parts.append(.paragraph(closing.joined(separator: " "))) }
        if outlet.layout == .wire {
            let credit = "Reporting by \(random.pick(pool.reporters)) in \(pool.entities[prose.cast.places[0]].name); Editing by \(random.pick(pool.reporters))"
            words += CorpusProse.wordCount(credit)
            page.parts.append(.paragraph(credit))
        }
        return words
    }

    /// The headline of another article on the same story, for read-more and related links.
    private func otherHeadline(_ prose: inout CorpusProse, _ random: inout CorpusRandom) -> String {
        prose.fill(random.pick(Sentences.headlines), .headline, &random)
    }
}
