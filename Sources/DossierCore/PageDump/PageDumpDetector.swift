/// Recognises whole web pages saved as text (browser "save as text", `lynx -dump`, html-to-text) and finds the
/// article inside them: every line gets a role, the menus, share buttons, comment threads and footers around
/// the article become furniture with a reason.
public struct PageDumpDetector: Sendable {
    /// The trained classifier, or nil to use the rules alone (`PageDumpRules`).
    public let model: PageDumpModel?

    /// A detector using `model`, or the rules alone when it is nil.
    public init(model: PageDumpModel?) {
        self.model = model
    }

    /// The detector with the model shipped in Dossier's resources.
    public static func shipped() throws -> PageDumpDetector {
        PageDumpDetector(model: try PageDumpModel.shipped())
    }

    /// Whether `lines` look like a whole saved page rather than a cleaned article: a long page with runs of
    /// short menu-like lines or several short lines made of furniture words.
    public func looksLikePageDump(_ lines: [String]) -> Bool {
        hasEnoughLines(lines) && looksLikePageDump(PageLayout(lines))
    }

    /// The role of every line of the page (blank lines included), in order.
    public func classify(_ lines: [String]) -> [PageLineRole] {
        classify(lines, layout: PageLayout(lines))
    }

    /// The roles of the lines when they look like a page dump, else nil: `looksLikePageDump` and `classify`
    /// measuring the page once.
    public func rolesIfPageDump(_ lines: [String]) -> [PageLineRole]? {
        guard hasEnoughLines(lines), mayBePageDump(lines) else { return nil }
        let layout = PageLayout(lines)
        return looksLikePageDump(layout) ? classify(lines, layout: layout) : nil
    }

    private static let minimumLines = 15

    /// A cheap first test: a page dump has at least `minimumLines` non-blank lines.
    private func hasEnoughLines(_ lines: [String]) -> Bool {
        var count = 0
        for line in lines where !LineShape.isBlank(line) {
            count += 1
            if count >= Self.minimumLines { return true }
        }
        return false
    }

    /// A cheap, exact first pass of `looksLikePageDump`: every way of being a dump needs a run of 6 short
    /// lines that do not end a sentence or 40% short lines, which word counts alone tell.
    private func mayBePageDump(_ lines: [String]) -> Bool {
        let short = ShortLines(lines.lazy.filter { !LineShape.isBlank($0) }.map { line in
            let text = String(Substring(line).trimmingWhitespace())
            return (PageLineShape.words(text), PageLineShape.endsSentence(text))
        })
        return short.longestMenu >= 6 || short.share >= 0.4
    }

    private func looksLikePageDump(_ layout: PageLayout) -> Bool {
        guard layout.count >= Self.minimumLines else { return false }
        let short = ShortLines(layout.shapes.lazy.map { ($0.words, $0.endsSentence) })
        let (longestMenu, shortShare) = (short.longestMenu, short.share)
        let furnitureLines = layout.shapes.count { $0.words <= 6 && $0.furnitureReason != nil }
        let repeatedLines = layout.repeated.count(where: \.self)
        // Furniture words are language-bound; a long menu run, a page of mostly short lines and lines that repeat
        // (a title over its headline, a sidebar echoing the article list) mark a dump in any language.
        return furnitureLines >= 3 && (longestMenu >= 6 || shortShare >= 0.5 && layout.count >= 30)
            || longestMenu >= 8 && shortShare >= 0.4 && repeatedLines >= 2
    }

    private func classify(_ lines: [String], layout: PageLayout) -> [PageLineRole] {
        let body = bodyFlags(layout)
        var roles = lines.map { LineShape.isBlank($0) ? PageLineRole.blank : .furniture(reason: "") }
        for (position, index) in layout.lineIndices.enumerated() {
            let shape = layout.shapes[position]
            if position == 0 && shape.furnitureReason == nil && !shape.isProse || position == layout.headline {
                roles[index] = .title
            } else if body[position] {
                roles[index] = .body
            } else {
                roles[index] = .furniture(reason: reason(layout, position))
            }
        }
        return roles
    }

    /// The article body found in the page: its body lines, blank-line separated.
    public func body(_ lines: [String]) -> String {
        zip(lines, classify(lines)).filter { $0.1.isBody }.map { String(Substring($0.0).trimmingWhitespace()) }
            .joined(separator: "\n\n")
    }

    /// The headline and the site name of a page-title line such as `Markets Rally on Rate Hopes - WSJ`; the
    /// publisher is nil when the line has no short site-name suffix.
    public func titleAndPublisher(_ line: String) -> (title: String, publisher: String?) {
        PageTitle.split(line)
    }

    private func bodyFlags(_ layout: PageLayout) -> [Bool] {
        let rules = PageDumpRules().bodyFlags(layout)
        let vetoed = layout.shapes.indices.map { NonBodyLine.reason(layout.shapes[$0]) != nil || layout.listed[$0] }
        guard let model else { return ArticleRegion.keep(zip(rules, vetoed).map { $0 && !$1 }, layout: layout) }
        let probabilities = model.probabilities(layout)
        let flags = probabilities.map { $0 >= model.threshold }
        // A page where the model sees no article at all is left to the rules rather than shown empty.
        guard flags.contains(true) else { return ArticleRegion.keep(zip(rules, vetoed).map { $0 && !$1 }, layout: layout) }
        // Prose the rules place in the article stays body unless the model clearly disagrees; a line whose block
        // is mostly furniture (a comment under its author and date, a sign-up pitch) is not, nor is a caption,
        // byline, date or teaser line (`NonBodyLine`).
        return ArticleRegion.keep(probabilities.indices.map {
            (flags[$0] || rules[$0] && probabilities[$0] >= model.threshold / 2) && !layout.amidFurniture($0) && !vetoed[$0]
        }, layout: layout)
    }

    /// Why a non-body line is furniture: its furniture words, else its place in a menu-like run of short
    /// lines, a repeat, a date line, or simply lying outside the article.
    private func reason(_ layout: PageLayout, _ position: Int) -> String {
        let shape = layout.shapes[position]
        if shape.opensByline { return "byline" }
        if let reason = NonBodyLine.reason(shape) { return reason }
        if layout.listed[position] { return "related" }
        if let reason = shape.furnitureReason { return reason }
        let neighbours = (max(0, position - 2)...min(layout.count - 1, position + 2)).filter { layout.shapes[$0].words <= 4 }
        if shape.words <= 4, neighbours.count >= 3 { return "menu" }
        if layout.repeated[position] { return "repeated" }
        if shape.hasDate { return "date" }
        return "outside the article"
    }
}

/// The short lines of a page (four words or fewer): the longest run of them that do not end a sentence (a menu)
/// and their share of the lines. The quick first pass and the full test measure them alike.
private struct ShortLines {
    private(set) var longestMenu = 0
    private(set) var share = 0.0

    init(_ lines: some Sequence<(words: Int, endsSentence: Bool)>) {
        var menu = 0, short = 0, count = 0
        for line in lines {
            count += 1
            if line.words <= 4 { short += 1 }
            menu = line.words <= 4 && !line.endsSentence ? menu + 1 : 0
            longestMenu = max(longestMenu, menu)
        }
        share = count > 0 ? Double(short) / Double(count) : 0
    }
}
