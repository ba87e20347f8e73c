import Foundation

/// A document of tokenised sentences with one gold label per token, for training and evaluation.
public struct LabeledDocument: Sendable {
    public var sentences: [[String]]
    public var labels: [[EntityLabel]]

    /// Makes a document; `labels` has the same shape as `sentences`.
    public init(sentences: [[String]], labels: [[EntityLabel]]) {
        self.sentences = sentences
        self.labels = labels
    }
}

/// Reads CoNLL-2003 files (token first, tag last, blank lines between sentences, `-DOCSTART-` lines
/// between documents) and the GMB NER CSV, turning IOB1 into IOB2 and GMB types into PER/ORG/LOC/MISC.
public enum CorpusReader {
    /// The documents of a CoNLL file. A file with no `-DOCSTART-` lines is one document.
    public static func conll(_ url: URL) throws -> [LabeledDocument] {
        let text = try readText(url)
        var documents: [LabeledDocument] = []
        var doc = LabeledDocument(sentences: [], labels: [])
        var tokens: [String] = [], tags: [String] = []
        func endSentence() {
            guard !tokens.isEmpty else { return }
            doc.sentences.append(tokens)
            doc.labels.append(iob2(tags))
            tokens = []; tags = []
        }
        func endDocument() {
            endSentence()
            if !doc.sentences.isEmpty { documents.append(doc) }
            doc = LabeledDocument(sentences: [], labels: [])
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("-DOCSTART-") { endDocument(); continue }
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if columns.isEmpty { endSentence(); continue }
            let tag = columns.count > 1 ? String(columns.last!) : "O"
            guard tag == "O" || EntityLabel(conll: tag) != nil else {
                throw NERModelError.badLine(url.path, line: n + 1, "unknown tag \(tag)")
            }
            tokens.append(String(columns[0]))
            tags.append(tag)
        }
        endDocument()
        return documents
    }

    /// The sentences of the GMB NER CSV (`Sentence #,Word,POS,Tag`) as documents of 20 sentences each.
    /// GMB's per/org/geo/gpe map to PER/ORG/LOC/LOC (gpe adjectives, written lower in GMB, to MISC);
    /// eve/art/nat to MISC; tim to O.
    public static func gmb(_ url: URL, sentencesPerDocument: Int = 20) throws -> [LabeledDocument] {
        let text = try readText(url)
        var sentences: [[String]] = [], labels: [[EntityLabel]] = []
        var tokens: [String] = [], tags: [String] = []
        for (n, line) in text.split(separator: "\n").enumerated() where n > 0 {
            let fields = csvFields(line)
            guard fields.count >= 4 else { throw NERModelError.badLine(url.path, line: n + 1, "expected 4 fields") }
            if fields[0].hasPrefix("Sentence:"), !tokens.isEmpty {
                sentences.append(tokens); labels.append(iob2(tags)); tokens = []; tags = []
            }
            tokens.append(fields[1])
            tags.append(gmbTag(fields[3], word: fields[1]))
        }
        if !tokens.isEmpty { sentences.append(tokens); labels.append(iob2(tags)) }
        return stride(from: 0, to: sentences.count, by: sentencesPerDocument).map {
            let end = min($0 + sentencesPerDocument, sentences.count)
            return LabeledDocument(sentences: Array(sentences[$0 ..< end]), labels: Array(labels[$0 ..< end]))
        }
    }

    private static func gmbTag(_ tag: String, word: String) -> String {
        guard tag.count > 2 else { return "O" }
        let prefix = tag.prefix(2).uppercased()
        let type: String? = switch tag.dropFirst(2) {
        case "per": "PER"
        case "org": "ORG"
        case "geo": "LOC"
        case "gpe": word.hasSuffix("n") || word.hasSuffix("i") || word.hasSuffix("ese") || word.hasSuffix("sh") ? "MISC" : "LOC"
        case "eve", "art", "nat": "MISC"
        default: nil
        }
        return type.map { prefix + $0 } ?? "O"
    }

    private static func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle() } else if c == ",", !quoted { fields.append(field); field = "" } else { field.append(c) }
        }
        fields.append(field)
        return fields
    }

    /// IOB1 or IOB2 tags to IOB2 labels: an `I-X` that does not continue an `X` begins one.
    static func iob2(_ tags: [String]) -> [EntityLabel] {
        var out: [EntityLabel] = []
        var previous: EntityLabel = .outside
        for tag in tags {
            var label = EntityLabel(conll: tag) ?? .outside
            if case .inside(let kind) = label, previous.kind != kind { label = .begin(kind) }
            out.append(label)
            previous = label
        }
        return out
    }

    private static func readText(_ url: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NERModelError.unreadable(url.path, "cannot read file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw NERModelError.unreadable(url.path, "not valid UTF-8") }
        return text
    }
}
