/// Everything the tagger's features read for one sentence: the tokens' hashed forms, gazetteer matches,
/// facts about the same words elsewhere in the document, and (for the second pass) first-pass evidence.
struct SentenceFeatures {
    var forms: [WordForm]
    /// Gazetteer match bits per token (see `Gazetteer.matches`).
    var gazetteer: [UInt8]
    /// Per token: bit 0, the word is written lower-case elsewhere in the document; bit 1, capitalised
    /// elsewhere in the middle of a sentence.
    var document: [UInt8]
    /// Whether the sentence is written in capitals (a headline or dateline).
    var headline: Bool
    /// First-pass evidence per token, present in the second pass only.
    var evidence: [DocumentEvidence]?

    var count: Int { forms.count }

    init(forms: [WordForm], gazetteer: Gazetteer) {
        self.forms = forms
        self.gazetteer = gazetteer.matches(forms)
        self.document = Array(repeating: 0, count: forms.count)
        let letters = forms.filter { $0.flags.contains(.hasLetter) }
        self.headline = letters.count > 1 && letters.allSatisfy { $0.flags.contains(.allCaps) || !$0.flags.contains(.capitalised) && !$0.flags.contains(.lowercaseInitial) }
        self.evidence = nil
    }
}

/// What the first pass said about a token and about the same word elsewhere in its document.
struct DocumentEvidence {
    /// The first pass's label index for this token.
    var label: UInt8
    /// The kind (1…4, 0 none) most often given to the same word elsewhere in the document.
    var majority: UInt8
    /// The kind of a multi-word name elsewhere in the document that contains this word (0 none).
    var span: UInt8
    /// The kind given to the word's first mention in the document, if that came earlier (0 none).
    var first: UInt8
}
