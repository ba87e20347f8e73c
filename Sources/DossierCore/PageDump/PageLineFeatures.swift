import Foundation

/// Turns the lines of a page into the numeric features the page-dump model reads. Stage one sees each line,
/// its neighbours and its place relative to the densest prose run and the headline; stage two adds what stage
/// one believed about the neighbourhood, so a lone prose line among menus and a heading inside the article are
/// told apart.
enum PageLineFeatures {
    /// Named feature values of one line, in a fixed order.
    struct Vector {
        var names: [String] = []
        var values: [Double] = []
        mutating func add(_ name: String, _ value: Double) { names.append(name); values.append(value) }
        mutating func add(_ name: String, _ flag: Bool) { add(name, flag ? 1 : 0) }
    }

    /// The stage-one feature names, in order.
    static let stageOneNames: [String] = stageOne(PageLayout(["Title", "", "One line."])).first!.names
    /// The stage-two feature names, in order.
    static let stageTwoNames: [String] = {
        let layout = PageLayout(["Title", "", "One line."])
        return stageTwo(layout, stageOne: stageOne(layout), probabilities: [0.5, 0.5]).first!.names
    }()

    private static let neighbourOffsets = [-2, -1, 1, 2]
    private static let windowRadii = [3, 8]

    /// Per-line values that also describe neighbours.
    private static func context(_ shape: PageLineShape, repeated: Bool, titleWords: Int) -> [(String, Double)] {
        [("length", log1p(Double(shape.words)) / 5), ("ends", shape.endsSentence ? 1 : 0), ("stop", shape.stopRatio),
         ("short", shape.words <= 3 ? 1 : 0), ("furniture", shape.furnitureReason != nil && shape.words <= 12 ? 1 : 0),
         ("capitals", shape.capitalRatio), ("long", shape.words >= 15 ? 1 : 0), ("date", shape.hasDate ? 1 : 0),
         ("link", shape.hasLink ? 1 : 0), ("repeated", repeated ? 1 : 0), ("title", titleWords > 0 ? 1 : 0)]
    }

    /// Stage-one features of each non-blank line of `layout`.
    static func stageOne(_ layout: PageLayout) -> [Vector] {
        let contexts = layout.shapes.indices.map { context(layout.shapes[$0], repeated: layout.repeated[$0], titleWords: layout.titleWords[$0]) }
        let count = layout.count
        let rules = PageDumpRules().bodyFlags(layout)
        return layout.shapes.indices.map { index in
            let shape = layout.shapes[index]
            var vector = Vector()
            vector.add("bias", 1)
            for (name, value) in contexts[index] { vector.add(name, value) }
            vector.add("words<=1", shape.words <= 1)
            vector.add("words<=6", shape.words <= 6)
            vector.add("words>=30", shape.words >= 30)
            vector.add("sentences", Double(min(shape.sentences, 5)) / 5)
            vector.add("title-case", shape.capitalRatio > 0.8 && shape.words >= 2)
            vector.add("digits", shape.digitRatio)
            vector.add("letters", shape.letterRatio)
            vector.add("commas", Double(min(shape.commas, 4)) / 4)
            vector.add("furniture-any", shape.furnitureReason != nil)
            vector.add("separator", shape.hasSeparator)
            vector.add("bullet", shape.isBulleted)
            vector.add("quote", shape.startsWithQuote)
            vector.add("lower-start", shape.startsLowercase)
            vector.add("all-caps", shape.isAllCaps)
            vector.add("count-suffix", shape.endsWithCount)
            vector.add("byline", shape.opensByline)
            vector.add("short-sentence", shape.isShortSentence)
            vector.add("title-words", Double(min(layout.titleWords[index], 3)) / 3)
            vector.add("block-furniture", layout.blockFurniture[index])
            vector.add("block-single", layout.blockSizes[index] == 1)
            vector.add("block-size", log(Double(layout.blockSizes[index])) / 4)
            for offset in neighbourOffsets {
                let other = index + offset
                let inside = layout.shapes.indices.contains(other)
                vector.add("n\(offset):none", !inside)
                for (name, value) in contexts[index].indices.map({ inside ? contexts[other][$0] : (contexts[index][$0].0, 0) }) {
                    vector.add("n\(offset):\(name)", value)
                }
            }
            for radius in windowRadii {
                let window = (max(0, index - radius)..<min(count, index + radius + 1)).filter { $0 != index }
                let size = Double(max(window.count, 1))
                for (slot, name) in ["length", "short", "ends", "furniture", "title"].enumerated() {
                    let key = [0, 3, 1, 4, 10][slot]
                    vector.add("w\(radius):\(name)", window.reduce(0) { $0 + contexts[$1][key].1 } / size)
                }
            }
            let distance = ProseRun.distance(index, from: layout.proseRun)
            vector.add("run:in", distance == 0)
            vector.add("run:distance", Double(min(distance, 50)) / 50)
            vector.add("run:near", distance > 0 && distance <= 3)
            vector.add("run:before", layout.proseRun.map { index < $0.lowerBound } ?? false)
            vector.add("run:after", layout.proseRun.map { index > $0.upperBound } ?? false)
            vector.add("rules:body", rules[index])
            vector.add("position", count > 1 ? Double(index) / Double(count - 1) : 0)
            vector.add("first", index == 0)
            vector.add("headline", index == layout.headline)
            vector.add("after-headline", layout.headline.map { index > $0 } ?? false)
            vector.add("just-after-headline", layout.headline.map { index > $0 && index <= $0 + 6 } ?? false)
            return vector
        }
    }

    /// Stage-two features: a line's own key signals plus stage one's `probabilities` around it.
    static func stageTwo(_ layout: PageLayout, stageOne: [Vector], probabilities: [Double]) -> [Vector] {
        let count = probabilities.count
        let weights = layout.shapes.map { Double(max(1, min($0.words, 40))) }
        let region = ProseRun.densest(zip(probabilities, weights).map { ($0 - 0.5) * $1 })
        let confident = probabilities.indices.filter { probabilities[$0] > 0.8 }
        return probabilities.indices.map { index in
            var vector = Vector()
            vector.add("bias", 1)
            let p = min(max(probabilities[index], 1e-4), 1 - 1e-4)
            vector.add("stage1", log(p / (1 - p)) / 5)
            for radius in [1, 3, 8] {
                let window = (max(0, index - radius)..<min(count, index + radius + 1)).filter { $0 != index }
                let size = Double(max(window.count, 1))
                vector.add("mean\(radius)", window.reduce(0) { $0 + probabilities[$1] } / size)
                vector.add("share\(radius)", Double(window.count(where: { probabilities[$0] > 0.5 })) / size)
            }
            vector.add("previous", index > 0 ? probabilities[index - 1] : 0)
            vector.add("next", index + 1 < count ? probabilities[index + 1] : 0)
            vector.add("max-before", probabilities[max(0, index - 3)..<index].max() ?? 0)
            vector.add("max-after", probabilities[min(count, index + 1)..<min(count, index + 4)].max() ?? 0)
            let nearest = confident.map { abs($0 - index) }.min() ?? 99
            vector.add("confident-distance", Double(min(nearest, 30)) / 30)
            let distance = ProseRun.distance(index, from: region)
            vector.add("region:in", distance == 0)
            vector.add("region:distance", Double(min(distance, 30)) / 30)
            vector.add("region:near", distance > 0 && distance <= 3)
            let own = stageOne[index]
            for name in ["length", "ends", "short", "furniture", "stop", "date", "block-single", "byline", "block-furniture"] {
                vector.add("own:\(name)", own.values[own.names.firstIndex(of: name)!])
            }
            return vector
        }
    }
}
