/// The rule-based reading of a page dump, usable without the trained model: the article is the densest run of
/// prose lines; inside it, prose and short headings without furniture words are body.
public struct PageDumpRules: Sendable {
    public init() {}

    /// Whether each of the non-blank `lines` is article body by the rules alone.
    public func bodyFlags(_ lines: [String]) -> [Bool] {
        bodyFlags(PageLayout(lines.filter { !LineShape.isBlank($0) }))
    }

    /// Whether each non-blank line of `layout` is article body by the rules alone.
    func bodyFlags(_ layout: PageLayout) -> [Bool] {
        layout.shapes.indices.map { index in
            guard let run = layout.proseRun, run.contains(index) else { return false }
            let shape = layout.shapes[index]
            guard !shape.opensByline, !layout.amidFurniture(index) else { return false }
            return shape.isProse || (shape.words >= 3 && shape.furnitureReason == nil && !shape.hasDate && !shape.hasLink)
        }
    }
}
