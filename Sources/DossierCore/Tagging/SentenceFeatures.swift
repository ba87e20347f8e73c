/// Everything the tagger's features read for one sentence: the tokens' hashed forms, gazetteer matches,
/// word clusters, facts about the same words elsewhere in the document, and (for the second pass)
/// first-pass evidence.
struct SentenceFeatures {
    var forms: [WordForm]
    /// Gazetteer match bits per token (see `Gazetteer.matches`).
    var gazetteer: [UInt8]
    /// Each token's clusters and usual case.
    var clusters: [WordClusters.Entry]
    /// Per token: bit 0, the word is written lower-case elsewhere in the document; bit 1, capitalised
    /// elsewhere in the middle of a sentence.
    var document: [UInt8]
    /// How the line is written.
    var line: Line
    /// First-pass evidence per token, present in the second pass only.
    var evidence: [DocumentEvidence]?

    /// How a line's case reads: as running text, in capitals (a headline or dateline), or in title case.
    enum Line: UInt64 {
        case text = 0, capitals, titleCase
    }

    var count: Int { forms.count }

    init(forms: [WordForm], lexicon: Lexicon) {
        self.forms = forms
        gazetteer = lexicon.gazetteer.matches(forms)
        clusters = forms.map { lexicon.clusters.entry($0.lower) }
        document = Array(repeating: 0, count: forms.count)
        line = Self.line(forms, clusters)
        evidence = nil
    }

    /// Capitals: more than one word with letters, none with a lower-case letter. Title case: every word of
    /// four characters or more after the first is capitalised, and one of them is a word usually written
    /// in lower case (so a run of names is not taken for a title).
    private static func line(_ forms: [WordForm], _ clusters: [WordClusters.Entry]) -> Line {
        let letters = forms.filter { $0.flags.contains(.hasLetter) }
        if letters.count > 1, letters.allSatisfy({ $0.flags.contains(.allCaps) || !$0.flags.contains(.capitalised) && !$0.flags.contains(.lowercaseInitial) }) {
            return .capitals
        }
        var lowerWordCapitalised = false
        for i in forms.indices.dropFirst() where forms[i].flags.contains(.hasLetter) && forms[i].flags.contains(.long) {
            guard forms[i].flags.contains(.capitalised) else { return .text }
            if clusters[i].usualCase == 1 { lowerWordCapitalised = true }
        }
        return lowerWordCapitalised ? .titleCase : .text
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
