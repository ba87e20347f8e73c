import Foundation

/// A trained entity tagger: its lexicon (gazetteer and word clusters), the feature weights of its passes, and each pass's label
/// transitions. The first pass labels each sentence; the second reads the first pass's labels for the
/// same words across the document, so a name keeps one kind throughout.
public struct NERModel: Sendable {
    static let magic: UInt32 = 0x5245_4e44 // "DNER"
    static let version: UInt32 = 5
    private static let penalty: Int64 = 1 << 40

    let lexicon: Lexicon
    /// Weights for all passes, `EntityLabel.count` per pass side by side.
    let weights: WeightTable
    /// Per pass: start row then one row per previous label, as stored in the file.
    let transitions: [[Int32]]
    /// The same with IOB2's forbidden transitions penalised, ready for Viterbi.
    private let decodingTransitions: [[Int64]]
    /// The summed weights of the common words' features in each role, and of the sentence boundary's.
    private let commonRows: WordRows
    private let boundaryRows: WordRows

    /// Number of passes (1, or 2 with the document-consistency pass).
    var passes: Int { transitions.count }

    init(lexicon: Lexicon, weights: WeightTable, transitions: [[Int32]]) {
        self.lexicon = lexicon
        self.weights = weights
        self.transitions = transitions
        decodingTransitions = transitions.map { Viterbi.constrained($0.map(Int64.init), penalty: Self.penalty) }
        var buffer: [UInt64] = []
        var common = WordRows(capacity: lexicon.commonWords.count, width: weights.width)
        for word in lexicon.commonWords {
            let form = WordForm(word)
            if common.block(form.raw) < 0 { common.add(form, lexicon.clusters.entry(form.lower), weights: weights, buffer: &buffer) }
        }
        var boundary = WordRows(capacity: 0, width: weights.width)
        boundary.appendBlock(nil, WordClusters.Entry(packed: 0), weights: weights, buffer: &buffer)
        commonRows = common
        boundaryRows = boundary
    }

    /// Tags a document given as sentences of tokens; returns one IOB2 label per token.
    public func tag(document sentences: [[String]]) -> [[EntityLabel]] {
        labelIndices(DocumentContext.prepare(sentences, lexicon: lexicon)).map { $0.map { EntityLabel(index: Int($0)) } }
    }

    /// Label indices for prepared sentences of one document, after all passes. One lookup per feature
    /// fetches both passes' weights. The features of single words in their roles are summed once per distinct
    /// word (at load for the common words, here for the rest), so a token adds five sums and looks up only the
    /// features that read several words; the second pass then adds only its evidence features.
    func labelIndices(_ prepared: [SentenceFeatures]) -> [[UInt8]] {
        let labels = EntityLabel.count, width = weights.width, block = WordRows.roles * width
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        let tokens = prepared.reduce(0) { $0 + $1.count }
        // Per token, its word's block: common ones as their number, the others as -1 - their number here.
        var documentRows = WordRows(capacity: tokens, width: width)
        var blocks = [Int](repeating: 0, count: tokens)
        var t = 0
        for sentence in prepared {
            for i in 0 ..< sentence.count {
                let form = sentence.forms[i]
                var b = commonRows.block(form.raw)
                if b < 0 {
                    b = documentRows.block(form.raw)
                    if b < 0 { b = documentRows.add(form, sentence.clusters[i], weights: weights, buffer: &buffer) }
                    b = -1 - b
                }
                blocks[t] = b
                t += 1
            }
        }
        var scores = [Int32](repeating: 0, count: width)
        var emissions: [[Int64]] = []
        var firstLabels: [[UInt8]] = []
        emissions.reserveCapacity(prepared.count)
        firstLabels.reserveCapacity(prepared.count)
        commonRows.scores.withUnsafeBufferPointer { common in
        documentRows.scores.withUnsafeBufferPointer { document in
        boundaryRows.scores.withUnsafeBufferPointer { boundaryScores in
        scores.withUnsafeMutableBufferPointer { scores in
            let boundary = boundaryScores.baseAddress!
            var t = 0
            for sentence in prepared {
                let n = sentence.count
                // Pointers to the blocks of the sentence's words, with the boundary's twice either side.
                let rows = (-2 ..< n + 2).map { i -> UnsafePointer<Int32> in
                    guard i >= 0, i < n else { return boundary }
                    let b = blocks[t + i]
                    return b >= 0 ? common.baseAddress! + b * block : document.baseAddress! + (-1 - b) * block
                }
                var e = [Int64](repeating: 0, count: n * width)
                for i in 0 ..< n {
                    let own = rows[i + 2], previous = rows[i + 1] + width, next = rows[i + 3] + 2 * width
                    let previous2 = rows[i] + 3 * width, next2 = rows[i + 4] + 4 * width
                    for c in 0 ..< width { scores[c] = own[c] &+ previous[c] &+ next[c] &+ previous2[c] &+ next2[c] }
                    buffer.removeAll(keepingCapacity: true)
                    FeatureExtractor.extractContext(sentence, at: i, into: &buffer)
                    weights.accumulate(buffer, offset: 0, count: width, into: scores.baseAddress!)
                    for c in 0 ..< width { e[i * width + c] = Int64(scores[c]) }
                }
                t += n
                firstLabels.append(e.withUnsafeBufferPointer {
                    Viterbi.decode(emissions: $0.baseAddress!, stride: width, tokens: n, transitions: decodingTransitions[0])
                })
                emissions.append(e)
            }
        }
        }
        }
        }
        guard passes > 1 else { return firstLabels }
        var withEvidence = prepared
        DocumentContext.addEvidence(&withEvidence, labels: firstLabels)
        return zip(withEvidence, emissions).map { sentence, emissions in
            var e = emissions
            return e.withUnsafeMutableBufferPointer { e in
                scores.withUnsafeMutableBufferPointer { scores in
                    for i in 0 ..< sentence.count {
                        for n in 0 ..< labels { scores[n] = 0 }
                        buffer.removeAll(keepingCapacity: true)
                        FeatureExtractor.extractEvidence(sentence, at: i, into: &buffer)
                        weights.accumulate(buffer, offset: labels, count: labels, into: scores.baseAddress!)
                        for n in 0 ..< labels { e[i * width + labels + n] &+= Int64(scores[n]) }
                    }
                }
                return Viterbi.decode(emissions: e.baseAddress! + labels, stride: width, tokens: sentence.count, transitions: decodingTransitions[1])
            }
        }
    }

    /// The model as bytes, for `write(to:)` and round-trip tests.
    public func serialized() -> Data {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(Self.version)
        lexicon.write(to: &writer)
        writer.write(UInt32(passes))
        for t in transitions { writer.write(array: t) }
        weights.write(to: &writer)
        return writer.data
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        do { try serialized().write(to: url) } catch {
            throw NERModelError.unreadable(url.path, "cannot write model: \(error.localizedDescription)")
        }
    }

    /// Reads a model from bytes written by `serialized()`; `path` names the source in errors.
    public init(data: Data, path: String) throws {
        var reader = BinaryReader(data)
        let parts: (lexicon: Lexicon, transitions: [[Int32]], weights: WeightTable)
        do { parts = try Self.read(&reader, path: path) } catch let failure as BinaryReader.Failure {
            switch failure {
            case .truncated: throw NERModelError.truncated(path)
            case .invalid(let reason): throw NERModelError.unreadable(path, reason)
            }
        }
        self.init(lexicon: parts.lexicon, weights: parts.weights, transitions: parts.transitions)
    }

    private static func read(_ reader: inout BinaryReader, path: String) throws -> (Lexicon, [[Int32]], WeightTable) {
        guard try reader.read(UInt32.self) == Self.magic else { throw NERModelError.badMagic(path) }
        let version = try reader.read(UInt32.self)
        guard version == Self.version else { throw NERModelError.unsupportedVersion(path, version) }
        let lexicon = try Lexicon.read(from: &reader)
        let passes = Int(try reader.read(UInt32.self))
        guard (1 ... 2).contains(passes) else { throw NERModelError.unreadable(path, "bad pass count \(passes)") }
        let transitions = try (0 ..< passes).map { _ in try reader.readArray(Int32.self) }
        guard transitions.allSatisfy({ $0.count == (EntityLabel.count + 1) * EntityLabel.count }) else {
            throw NERModelError.unreadable(path, "bad transition table")
        }
        let weights = try WeightTable.read(from: &reader)
        guard weights.width == passes * EntityLabel.count else { throw NERModelError.unreadable(path, "weight width does not match passes") }
        guard reader.isAtEnd else { throw NERModelError.unreadable(path, "trailing bytes after model") }
        return (lexicon, transitions, weights)
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NERModelError.unreadable(url.path, "cannot read model file")
        }
        try self.init(data: data, path: url.path)
    }

    /// Joins separately trained passes (feature rows and transitions) into one model.
    init(lexicon: Lexicon, passes: [QuantisedPass]) {
        let labels = EntityLabel.count
        var rows: [UInt64: [Int16]] = [:]
        for (p, pass) in passes.enumerated() {
            for (feature, row) in pass.rows {
                rows[feature, default: Array(repeating: 0, count: labels * passes.count)].replaceSubrange(p * labels ..< (p + 1) * labels, with: row)
            }
        }
        var table = WeightTable(capacity: rows.count, width: labels * passes.count)
        for feature in rows.keys.sorted() { table.insert(feature: feature, weights: rows[feature]!) }
        self.init(lexicon: lexicon, weights: table, transitions: passes.map(\.transitions))
    }
}

/// One trained pass, quantised: the kept features' label weights and the label transitions.
struct QuantisedPass {
    var rows: [UInt64: [Int16]]
    var transitions: [Int32]
}
