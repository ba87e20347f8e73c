/// Draws the indices of a list in a shuffled order, reshuffling only when all have been drawn, so that an
/// article does not repeat a sentence pattern or a quotation before it has used the others.
struct CorpusDeck {
    private var order: [Int]
    private var next: Int

    /// A deck of `count` indices, shuffled on first draw.
    init(count: Int) {
        order = Array(0..<count)
        next = count
    }

    /// The next index.
    mutating func draw(_ random: inout CorpusRandom) -> Int {
        if next == order.count {
            for index in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(index, random.below(index + 1)) }
            next = 0
        }
        defer { next += 1 }
        return order[next]
    }
}
