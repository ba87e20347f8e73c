import Foundation

/// Finds mentions of people, organisations, places and other names in article text, using the
/// tagger model shipped with Dossier (or any model trained with `dossier train-ner`).
public struct EntityTagger: Sendable {
    /// The trained model that labels tokens.
    public let model: NERModel

    /// A tagger using `model`.
    public init(model: NERModel) {
        self.model = model
    }

    /// The tagger shipped in Dossier's resources, loaded once per process.
    public static func shipped() throws -> EntityTagger {
        try shippedModel.get()
    }

    private static let shippedModel = Result<EntityTagger, Error> {
        guard let url = Bundle.module.url(forResource: "ner", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "ner", withExtension: "model") else {
            throw NERModelError.unreadable("Resources/ner.model", "the shipped tagger model is missing from the bundle")
        }
        return EntityTagger(model: try NERModel(contentsOf: url))
    }

    /// The mentions in one text, treated as a whole document.
    public func mentions(in text: String) -> [TaggedSpan] {
        mentions(inDocument: [text])[0]
    }

    /// The mentions in each text of one document (title, standfirst, paragraphs, captions), labelled
    /// together so that the same name gets the same kind throughout.
    public func mentions(inDocument texts: [String]) -> [[TaggedSpan]] {
        let tokenised = texts.map(Tokenizer.sentenceTokens)
        let sentences = tokenised.flatMap { $0.map { $0.map(\.text) } }
        var labels = model.tag(document: sentences)[...]
        return zip(texts, tokenised).map { text, textSentences in
            textSentences.flatMap { tokens -> [TaggedSpan] in
                let sentenceLabels = labels.removeFirst()
                return Self.spans(tokens, sentenceLabels, in: text)
            }
        }
    }

    /// IOB2 labels for sentences that are already split into tokens (one array per sentence of a document).
    public func labels(document sentences: [[String]]) -> [[EntityLabel]] {
        model.tag(document: sentences)
    }

    private static func spans(_ tokens: [Token], _ labels: [EntityLabel], in text: String) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var start: Int?
        for i in 0 ... tokens.count {
            let label = i < tokens.count ? labels[i] : .outside
            let continues: Bool = if case .inside(let k) = label, let s = start, labels[s].kind == k { true } else { false }
            if let s = start, !continues {
                let range = tokens[s].range.lowerBound ..< tokens[i - 1].range.upperBound
                spans.append(TaggedSpan(kind: labels[s].kind!, text: String(text[range]), range: range))
                start = nil
            }
            if label.kind != nil, !continues { start = i }
        }
        return spans
    }
}
