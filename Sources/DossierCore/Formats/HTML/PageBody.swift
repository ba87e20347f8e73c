import DossierHTML

/// Tells which text blocks of a page are the article's body: the article container the page's structure points at
/// (Readability-style scores of blocks by text length, commas and link density, lifted to their containers and
/// weighed by class and id hints; known body containers), then each block in it judged, with short blocks between
/// good ones kept (as jusText revises them). What is not body is furniture with a reason, or a figure.
struct PageBody {
    /// What a block is in the article.
    enum Role: Equatable {
        case body
        case figure
        case furniture(String)
    }

    let nodes: [HTMLPage.Node]
    let hints: ClassHints.Table
    let blocks: [PageBlock]

    /// The role of each block. `jsonBody` is the body JSON-LD states (its blocks are body); `title` the headline (a
    /// heading repeating it is furniture).
    func roles(jsonBody: String?, title: String?) -> [Role] {
        let totals = subtreeTotals()
        let region = articleRegion(totals: totals)
        var roles = blocks.indices.map { role(of: $0, region: region, title: title) }
        revise(&roles)
        if let jsonBody { follow(jsonBody, roles: &roles) }
        return roles
    }

    // MARK: Region

    /// Text and link characters under each element (blocks that can never be body left out).
    private func subtreeTotals() -> (text: [Int], links: [Int]) {
        var text = [Int](repeating: 0, count: nodes.count)
        var links = [Int](repeating: 0, count: nodes.count)
        for block in blocks where block.excluded == nil {
            var element = block.element
            let count = block.length
            while element >= 0 {
                text[element] += count
                links[element] += block.linkCharacters
                element = nodes[element].parent
            }
        }
        return (text, links)
    }

    /// The elements whose subtrees hold the article: a known body container when one holds most of what the scores
    /// found, otherwise the best-scored container with its siblings that score near it.
    private func articleRegion(totals: (text: [Int], links: [Int])) -> [Int] {
        var scores = [Double?](repeating: nil, count: nodes.count)
        func initialise(_ element: Int) -> Double {
            if let score = scores[element] { return score }
            let score = Self.tagScore[nodes[element].name, default: 0] + hints.weight[element]
            scores[element] = score
            return score
        }
        for block in blocks where block.excluded == nil && !block.isCaption && block.heading == nil && block.figure == nil {
            let length = block.length
            guard length >= 25 else { continue }
            let content = 1 + Double(block.commas) + Double(min(length / 100, 3))
            var ancestor = nodes[block.element].parent
            var level = 0
            while ancestor >= 0, level < 5 {
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor] = initialise(ancestor) + content / divider
                ancestor = nodes[ancestor].parent
                level += 1
            }
        }
        func linkDensity(_ element: Int) -> Double {
            totals.text[element] == 0 ? 0 : Double(totals.links[element]) / Double(totals.text[element])
        }
        var best: (element: Int, score: Double)?
        for (element, score) in scores.enumerated() {
            guard let score, nodes[element].name != "html" else { continue }
            let final = score * (1 - linkDensity(element))
            if final > (best?.score ?? -.infinity) { best = (element, final) }
        }
        guard let top = best else { return [] }
        var region = [top.element]
        let parent = nodes[top.element].parent
        if parent >= 0 {
            let threshold = max(10, top.score * 0.2)
            var child = parent + 1
            while child < nodes[parent].end {
                defer { child = nodes[child].end }
                guard child != top.element, !nodes[child].isText else { continue }
                let score = (scores[child] ?? 0) * (1 - linkDensity(child))
                let length = totals.text[child]
                let density = linkDensity(child)
                if score >= threshold || (nodes[child].name == "p" && length > 80 && density < 0.25) {
                    region.append(child)
                }
            }
        }
        // A known body container holding most of the scored region's text is the region.
        let regionText = region.reduce(0) { $0 + totals.text[$1] }
        let containers = nodes.indices.filter { hints.isBodyContainer[$0] && totals.text[$0] * 2 >= regionText }
        if let container = containers.max(by: { totals.text[$0] < totals.text[$1] }) {
            // The outermost of nested containers of the same text.
            var outer = container
            while nodes[outer].parent >= 0, totals.text[nodes[outer].parent] == totals.text[outer], hints.isBodyContainer[nodes[outer].parent] {
                outer = nodes[outer].parent
            }
            return [outer]
        }
        return region.sorted()
    }

    // MARK: Blocks

    private func inRegion(_ element: Int, _ region: [Int]) -> Int? {
        region.first { element >= $0 && element < nodes[$0].end }
    }

    private func role(of index: Int, region: [Int], title: String?) -> Role {
        let block = blocks[index]
        if let excluded = block.excluded { return .furniture(excluded) }
        if block.figure != nil || block.isCaption { return .figure }
        // The nearest furniture an ancestor names (inside the article, below its root), or outside it.
        let root = inRegion(block.element, region)
        var element = block.element
        while element != root, element >= 0 {
            if let reason = hints.furniture[element] { return .furniture(reason) }
            element = nodes[element].parent
        }
        guard root != nil else { return .furniture("outside the article") }
        if block.heading != nil {
            if let title, Self.normalised(block.text) == Self.normalised(title) { return .furniture("headline") }
            return block.linkDensity > 0.5 || LineShape.wordCount(block.text, upTo: 25) > 25 ? .furniture("links") : .body
        }
        if block.linkDensity > 0.5 { return .furniture("links") }
        if let reason = FurnitureRules.reason(for: block.text) { return .furniture(reason.rawValue) }
        return .body
    }

    /// Short blocks (under ten words, not ending a sentence) stay body only between body blocks of some length.
    private func revise(_ roles: inout [Role]) {
        let isShort = blocks.map { block in
            let words = LineShape.wordCount(block.text, upTo: 10)
            return block.heading == nil && (words < 10 && !(words >= 4 && LineShape.endsSentence(block.text)))
        }
        let shortBody = roles.indices.map { roles[$0] == .body && isShort[$0] }
        // The nearest block on a side that is neither a short body block nor a figure: is it body?
        func goodNeighbour(_ indices: some Sequence<Int>) -> Bool {
            guard let found = indices.first(where: { !shortBody[$0] && roles[$0] != .figure }) else { return false }
            return roles[found] == .body
        }
        for index in roles.indices where shortBody[index] {
            if !(goodNeighbour((0..<index).reversed()) && goodNeighbour((index + 1)..<roles.count)) { roles[index] = .furniture("short") }
        }
    }

    /// With a body stated in JSON-LD: the blocks whose text it holds are body, and, when it is at least most of what
    /// the structure found, the body blocks it does not hold are not.
    private func follow(_ jsonBody: String, roles: inout [Role]) {
        let stated = Set(Self.shingles(jsonBody))
        guard !stated.isEmpty else { return }
        var matched = [Bool](repeating: false, count: blocks.count)
        var covered = Set<Shingle>()
        for (index, block) in blocks.enumerated() where block.excluded == nil && !block.isCaption && block.figure == nil {
            let own = Self.shingles(block.text)
            guard !own.isEmpty else { continue }
            let inside = own.filter(stated.contains)
            if inside.count * 2 >= own.count {
                matched[index] = true
                covered.formUnion(inside)
            }
        }
        // A stated body the page does not show (or shows a small part of) is no guide to its blocks; one much
        // shorter than what the structure found is a teaser, which adds its blocks but takes none away.
        guard covered.count * 2 >= stated.count else { return }
        let found = roles.indices.reduce(0) { $0 + (roles[$1] == .body ? Self.shingles(blocks[$1].text).count : 0) }
        let whole = stated.count * 5 >= found * 4
        for index in roles.indices {
            if matched[index] {
                roles[index] = .body
            } else if whole, roles[index] == .body, blocks[index].heading == nil {
                roles[index] = .furniture("not in the article")
            }
        }
    }

    // MARK: Measures

    private static let tagScore: [String: Double] = [
        "div": 5, "article": 5, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3, "address": -3, "ol": -3, "ul": -3, "dl": -3,
        "dd": -3, "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
    ]

    /// A hash of four consecutive lower-case words.
    typealias Shingle = Int

    /// The 4-word shingles of `text` (words of letters and digits, lower case).
    static func shingles(_ text: String) -> [Shingle] {
        var words: [Int] = []
        var word = Hasher()
        var inWord = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.combine(character)
                inWord = true
            } else if inWord {
                words.append(word.finalize())
                word = Hasher()
                inWord = false
            }
        }
        if inWord { words.append(word.finalize()) }
        guard words.count >= 4 else { return words.isEmpty ? [] : [words.reduce(into: Hasher()) { $0.combine($1) }.finalize()] }
        return (0...(words.count - 4)).map { start in
            var hasher = Hasher()
            for offset in 0..<4 { hasher.combine(words[start + offset]) }
            return hasher.finalize()
        }
    }

    static func normalised(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
