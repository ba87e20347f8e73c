/// Facts gathered across one document: how each word is written elsewhere in it (first pass), and what
/// the first pass called it elsewhere (the second pass, which makes labels agree across the document).
enum DocumentContext {
    /// Builds the sentences' feature inputs and marks, per token, whether the same word is written
    /// lower-case, or capitalised mid-sentence in running text (not a headline), elsewhere in the document;
    /// with `recasingTitles`, title-case lines are first recased as sentences.
    static func prepare(_ sentences: [[String]], lexicon: Lexicon, recasingTitles: Bool = true) -> [SentenceFeatures] {
        var prepared = sentences.map { SentenceFeatures(forms: $0.map(WordForm.init), lexicon: lexicon) }
        var seen = HashedKeyMap<UInt8>(capacity: prepared.reduce(0) { $0 + $1.count }, absent: 0)
        for s in prepared {
            for (i, w) in s.forms.enumerated() {
                if w.flags.contains(.lowercaseInitial) { seen[w.lower] |= 1 }
                if w.flags.contains(.capitalised), i > 0, s.line == .text { seen[w.lower] |= 2 }
            }
        }
        // A title-case line is read as a sentence would be written: a capitalised word after the first that is usually
        // written in lower case, and that the document never capitalises mid-sentence in running text, is lowered
        // (`Mayor Announces New Budget` → `Mayor announces New budget`), as `HeadlineCase` does for articles'
        // headlines, and the line then counts as running text (when it reads as a headline: `reads`). Not in
        // training: the training news's title-case lines are tables and lists of names, which the model learns as
        // they are.
        for k in prepared.indices where recasingTitles && prepared[k].line == .titleCase && reads(prepared[k]) {
            var lowered = false
            for i in prepared[k].forms.indices.dropFirst() {
                let w = prepared[k].forms[i]
                if w.flags.contains(.capitalised), !w.flags.contains(.allCaps), prepared[k].clusters[i].usualCase == 1, seen[w.lower] & 2 == 0 {
                    prepared[k].forms[i] = WordForm(sentences[k][i].lowercased())
                    lowered = true
                }
            }
            if lowered { prepared[k].line = .text }
        }
        for k in prepared.indices {
            for i in prepared[k].forms.indices {
                let w = prepared[k].forms[i]
                var bits = seen[w.lower]
                // Discount the token's own appearance.
                if w.flags.contains(.lowercaseInitial) { bits &= ~1 }
                if w.flags.contains(.capitalised), i > 0, prepared[k].line == .text { bits &= ~2 }
                prepared[k].document[i] = bits | (w.flags.contains(.allCaps) ? 4 : 0)
            }
        }
        return prepared
    }

    /// Whether a title-case line reads as a headline rather than a list of names (`Kansas City 1`, `Dionne Rose
    /// ( Jamaica )`): more than half its words of four characters or more after the first, and at least two, are
    /// words usually written in lower case.
    private static func reads(_ s: SentenceFeatures) -> Bool {
        var long = 0, common = 0
        for i in s.forms.indices.dropFirst() where s.forms[i].flags.contains(.hasLetter) && s.forms[i].flags.contains(.long) {
            long += 1
            if s.clusters[i].usualCase == 1 { common += 1 }
        }
        return common >= 2 && common * 2 > long
    }

    /// Fills in first-pass evidence for every token from the first pass's labels (one array per sentence).
    static func addEvidence(_ sentences: inout [SentenceFeatures], labels: [[UInt8]]) {
        let tokens = sentences.reduce(0) { $0 + $1.count }
        var counts = HashedKeyMap<SIMD4<Int32>>(capacity: tokens, absent: .zero)
        var spanKinds = HashedKeyMap<UInt8>(capacity: tokens, absent: 0)
        var firstSeen = HashedKeyMap<(order: Int, kind: UInt8)>(capacity: tokens, absent: (.max, 0))
        var order = 0
        for (s, sentenceLabels) in zip(sentences, labels) {
            var start = 0
            for i in 0 ... s.count {
                let kind = i < s.count ? kindCode(sentenceLabels[i]) : 0
                if i < s.count, kind != 0 {
                    counts[s.forms[i].lower][Int(kind) - 1] += 1
                }
                if i < s.count, s.forms[i].flags.contains(.capitalised) || s.forms[i].flags.contains(.allCaps), !firstSeen.contains(s.forms[i].lower) {
                    firstSeen[s.forms[i].lower] = (order, kind)
                }
                if i < s.count { order += 1 }
                let begins = i == s.count || sentenceLabels[i] == 0 || sentenceLabels[i] % 2 == 1
                if begins {
                    if i - start > 1, start < s.count, sentenceLabels[start] != 0 {
                        let k = kindCode(sentenceLabels[start])
                        for j in start ..< i where s.forms[j].flags.contains(.capitalised) { spanKinds[s.forms[j].lower] = k }
                    }
                    start = i
                }
            }
        }
        order = 0
        for k in sentences.indices {
            var evidence: [DocumentEvidence] = []
            for i in 0 ..< sentences[k].count {
                let w = sentences[k].forms[i]
                let label = labels[k][i]
                var c = counts[w.lower]
                let own = kindCode(label)
                if own != 0 { c[Int(own) - 1] -= 1 }
                var majority: UInt8 = 0
                var best: Int32 = 0
                for j in 0 ..< 4 where c[j] > best { best = c[j]; majority = UInt8(j + 1) }
                let seen = firstSeen[w.lower]
                let first = seen.order < order ? seen.kind : 0
                evidence.append(DocumentEvidence(label: label, majority: majority, span: spanKinds[w.lower], first: first))
                order += 1
            }
            sentences[k].evidence = evidence
        }
    }

    /// 1…4 for the kind of a label index, 0 outside.
    @inline(__always)
    static func kindCode(_ label: UInt8) -> UInt8 { label == 0 ? 0 : (label + 1) / 2 }
}
