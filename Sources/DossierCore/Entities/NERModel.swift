import Foundation

/// A trained entity tagger: its gazetteer, the feature weights of its passes, and each pass's label
/// transitions. The first pass labels each sentence; the second reads the first pass's labels for the
/// same words across the document, so a name keeps one kind throughout.
public struct NERModel: Sendable {
    static let magic: UInt32 = 0x5245_4e44 // "DNER"
    static let version: UInt32 = 2
    private static let penalty: Int64 = 1 << 40

    let gazetteer: Gazetteer
    /// Weights for all passes, `EntityLabel.count` per pass side by side.
    let weights: WeightTable
    /// Per pass: start row then one row per previous label, as stored in the file.
    let transitions: [[Int32]]
    /// The same with IOB2's forbidden transitions penalised, ready for Viterbi.
    private let decodingTransitions: [[Int64]]

    /// Number of passes (1, or 2 with the document-consistency pass).
    var passes: Int { transitions.count }

    init(gazetteer: Gazetteer, weights: WeightTable, transitions: [[Int32]]) {
        self.gazetteer = gazetteer
        self.weights = weights
        self.transitions = transitions
        decodingTransitions = transitions.map { Viterbi.constrained($0.map(Int64.init), penalty: Self.penalty) }
    }

    /// Tags a document given as sentences of tokens; returns one IOB2 label per token.
    public func tag(document sentences: [[String]]) -> [[EntityLabel]] {
        labelIndices(DocumentContext.prepare(sentences, gazetteer: gazetteer)).map { $0.map { EntityLabel(index: Int($0)) } }
    }

    /// Label indices for prepared sentences of one document, after all passes. One lookup per feature
    /// fetches both passes' weights; the second pass then adds only its evidence features.
    func labelIndices(_ prepared: [SentenceFeatures]) -> [[UInt8]] {
        let labels = EntityLabel.count, width = weights.width
        var buffer: [UInt64] = []
        buffer.reserveCapacity(64)
        var emissions: [[Int64]] = []
        var firstLabels: [[UInt8]] = []
        for sentence in prepared {
            var e = [Int64](repeating: 0, count: sentence.count * width)
            e.withUnsafeMutableBufferPointer { e in
                for i in 0 ..< sentence.count {
                    buffer.removeAll(keepingCapacity: true)
                    FeatureExtractor.extract(sentence, at: i, into: &buffer)
                    weights.accumulate(buffer, offset: 0, count: width, into: e.baseAddress! + i * width)
                }
            }
            firstLabels.append(e.withUnsafeBufferPointer {
                Viterbi.decode(emissions: $0.baseAddress!, stride: width, tokens: sentence.count, transitions: decodingTransitions[0])
            })
            emissions.append(e)
        }
        guard passes > 1 else { return firstLabels }
        var withEvidence = prepared
        DocumentContext.addEvidence(&withEvidence, labels: firstLabels)
        return zip(withEvidence, emissions).map { sentence, emissions in
            var e = emissions
            return e.withUnsafeMutableBufferPointer { e in
                for i in 0 ..< sentence.count {
                    buffer.removeAll(keepingCapacity: true)
                    FeatureExtractor.extractEvidence(sentence, at: i, into: &buffer)
                    weights.accumulate(buffer, offset: labels, count: labels, into: e.baseAddress! + i * width + labels)
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
        gazetteer.write(to: &writer)
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
        var reader = BinaryReader(data, path: path)
        guard try reader.read(UInt32.self) == Self.magic else { throw NERModelError.badMagic(path) }
        let version = try reader.read(UInt32.self)
        guard version == Self.version else { throw NERModelError.unsupportedVersion(path, version) }
        let gazetteer = try Gazetteer.read(from: &reader)
        let passes = Int(try reader.read(UInt32.self))
        guard (1 ... 2).contains(passes) else { throw NERModelError.unreadable(path, "bad pass count \(passes)") }
        let transitions = try (0 ..< passes).map { _ in try reader.readArray(Int32.self) }
        guard transitions.allSatisfy({ $0.count == (EntityLabel.count + 1) * EntityLabel.count }) else {
            throw NERModelError.unreadable(path, "bad transition table")
        }
        let weights = try WeightTable.read(from: &reader)
        guard weights.width == passes * EntityLabel.count else { throw NERModelError.unreadable(path, "weight width does not match passes") }
        guard reader.isAtEnd else { throw NERModelError.unreadable(path, "trailing bytes after model") }
        self.init(gazetteer: gazetteer, weights: weights, transitions: transitions)
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NERModelError.unreadable(url.path, "cannot read model file")
        }
        try self.init(data: data, path: url.path)
    }

    /// Joins separately trained passes (feature rows and transitions) into one model.
    init(gazetteer: Gazetteer, passes: [QuantisedPass]) {
        let labels = EntityLabel.count
        var rows: [UInt64: [Int16]] = [:]
        for (p, pass) in passes.enumerated() {
            for (feature, row) in pass.rows {
                rows[feature, default: Array(repeating: 0, count: labels * passes.count)].replaceSubrange(p * labels ..< (p + 1) * labels, with: row)
            }
        }
        var table = WeightTable(capacity: rows.count, width: labels * passes.count)
        for feature in rows.keys.sorted() { table.insert(feature: feature, weights: rows[feature]!) }
        self.init(gazetteer: gazetteer, weights: table, transitions: passes.map(\.transitions))
    }
}

/// One trained pass, quantised: the kept features' label weights and the label transitions.
struct QuantisedPass {
    var rows: [UInt64: [Int16]]
    var transitions: [Int32]
}
