extension EntityTagger {
    /// Tags pre-tokenised CoNLL text (token in the first column, blank lines between sentences,
    /// `-DOCSTART-` lines between documents) and returns `TOKEN<TAB>TAG` lines (IOB2) with the same
    /// blank and `-DOCSTART-` lines, in the same order. Each document is tagged as a whole.
    public func tagCoNLL(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var tagger = CoNLLRun(bytes: bytes, model: model)
            tagger.run()
            return String(decoding: tagger.out, as: UTF8.self)
        }
    }
}

/// One pass over CoNLL bytes: collects each document's tokens, tags them, and writes the output lines.
private struct CoNLLRun {
    let bytes: UnsafeBufferPointer<UInt8>
    let model: NERModel
    var out: [UInt8] = []
    private var document: [[String]] = []
    private var sentence: [String] = []
    /// Per output line of the current document: token start and end bytes, or -1 for a blank line.
    private var layout: [(start: Int, end: Int)] = []
    private static let tags: [[UInt8]] = (0 ..< EntityLabel.count).map { Array(EntityLabel(index: $0).conll.utf8) }
    private static let docstart = Array("-DOCSTART-".utf8)

    init(bytes: UnsafeBufferPointer<UInt8>, model: NERModel) {
        self.bytes = bytes
        self.model = model
        out.reserveCapacity(bytes.count)
    }

    mutating func run() {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            line(lineStart, lineEnd)
            lineStart = lineEnd + 1
        }
        flush()
    }

    private mutating func line(_ start: Int, _ end: Int) {
        if end - start >= Self.docstart.count, Self.docstart.indices.allSatisfy({ bytes[start + $0] == Self.docstart[$0] }) {
            flush()
            var e = end
            if e > start, bytes[e - 1] == 13 { e -= 1 }
            out.append(contentsOf: bytes[start ..< e])
            out.append(10)
            return
        }
        var tokenEnd = start
        while tokenEnd < end, bytes[tokenEnd] != 32, bytes[tokenEnd] != 9, bytes[tokenEnd] != 13 { tokenEnd += 1 }
        if tokenEnd == start {
            if !sentence.isEmpty { document.append(sentence); sentence = [] }
            layout.append((-1, -1))
        } else {
            layout.append((start, tokenEnd))
            sentence.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start ..< tokenEnd]), as: UTF8.self))
        }
    }

    private mutating func flush() {
        if !sentence.isEmpty { document.append(sentence); sentence = [] }
        let labels = model.labelIndices(DocumentContext.prepare(document, lexicon: model.lexicon))
        var s = 0, t = 0
        for (start, end) in layout {
            if start < 0 {
                if t > 0 { s += 1; t = 0 }
                out.append(10)
                continue
            }
            out.append(contentsOf: bytes[start ..< end])
            out.append(9)
            out.append(contentsOf: Self.tags[Int(labels[s][t])])
            out.append(10)
            t += 1
        }
        document = []
        layout = []
    }
}
