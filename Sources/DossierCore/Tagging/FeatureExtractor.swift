/// Turns a token in its sentence into hashed feature ids: word, lower-case form, shape, affixes,
/// neighbouring words and shapes, gazetteer matches, word clusters and usual case, runs of capitalised words, document
/// facts and, in the second pass,
/// first-pass labels of the same word across the document.
enum FeatureExtractor {
    private enum Template: UInt64 {
        case bias = 1, lower, raw, lowerPrev, lowerNext, lowerPrev2, lowerNext2
        case shape, shapePrev, shapeNext, shortShapeTrigram
        case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case bigramPrev, bigramNext, initialShape, headlineShape, headlineLower
        case gazetteer, gazetteerPrev, gazetteerNext, gazetteerShape, document
        case lowerPrevShape, shapeLowerNext, rawPrev, rawNext
        case clusterPrefix, clusterPrev, clusterNext, usualCase
        case firstLabel, firstLabelPrev, firstLabelNext, majority, span, first, labelMajority, majorityShape
        case runLast, runFirst, runShape
    }

    /// The lengths of the word's cluster-path prefixes that are features (20: the whole path), and the
    /// length read for the words either side (tuned on eng.testa; see docs/entities.md).
    static let clusterPrefixes = [4, 8, 12, 20]
    static let neighbourPrefix = 4

    @inline(__always)
    private static func f(_ t: Template, _ v: UInt64) -> UInt64 { FeatureHash.mix(t.rawValue, v) }

    /// How a word takes part in a token's features: as the token itself, or as the word one or two before
    /// or after it. A word's features in each role depend on that word alone, so the tagger weighs them once
    /// per distinct word (see `WordRows`).
    enum Role: Int, CaseIterable {
        case word, previous, next, previous2, next2
    }

    /// Appends the first-pass feature hashes of token `i` to `out` (the second pass uses these too): its
    /// own word's, its neighbours' in their roles, then those that read several words at once.
    static func extract(_ s: SentenceFeatures, at i: Int, into out: inout [UInt64]) {
        extractRole(.word, s.forms[i], s.clusters[i], into: &out)
        for (role, j) in [(Role.previous, i - 1), (.next, i + 1), (.previous2, i - 2), (.next2, i + 2)] {
            if j >= 0, j < s.count {
                extractRole(role, s.forms[j], s.clusters[j], into: &out)
            } else {
                extractRole(role, nil, WordClusters.Entry(packed: 0), into: &out)
            }
        }
        extractContext(s, at: i, into: &out)
    }

    /// Appends the feature hashes of word `w` (with cluster entry `c`) in `role`; `w` nil stands for the
    /// sentence's boundary (before the first or after the last token).
    static func extractRole(_ role: Role, _ w: WordForm?, _ c: WordClusters.Entry, into out: inout [UInt64]) {
        switch role {
        case .word:
            guard let w else { return }
            out.append(f(.bias, 0))
            out.append(f(.lower, w.lower))
            out.append(f(.raw, w.raw))
            out.append(f(.shape, w.shape))
            if w.prefixes.0 != 0 { out.append(f(.prefix1, w.prefixes.0)) }
            if w.prefixes.1 != 0 { out.append(f(.prefix2, w.prefixes.1)) }
            if w.prefixes.2 != 0 { out.append(f(.prefix3, w.prefixes.2)) }
            if w.prefixes.3 != 0 { out.append(f(.prefix4, w.prefixes.3)) }
            if w.suffixes.0 != 0 { out.append(f(.suffix1, w.suffixes.0)) }
            if w.suffixes.1 != 0 { out.append(f(.suffix2, w.suffixes.1)) }
            if w.suffixes.2 != 0 { out.append(f(.suffix3, w.suffixes.2)) }
            if w.suffixes.3 != 0 { out.append(f(.suffix4, w.suffixes.3)) }
            for (n, length) in clusterPrefixes.enumerated() {
                out.append(f(.clusterPrefix, UInt64(n) << 32 | UInt64(c.prefix(length))))
            }
        case .previous, .next:
            let form = w ?? WordForm.boundary
            let cluster = w == nil ? 1 << 30 : c.prefix(neighbourPrefix)
            let previous = role == .previous
            out.append(f(previous ? .lowerPrev : .lowerNext, form.lower))
            out.append(f(previous ? .rawPrev : .rawNext, form.raw))
            out.append(f(previous ? .shapePrev : .shapeNext, form.shape))
            out.append(f(previous ? .clusterPrev : .clusterNext, UInt64(cluster)))
        case .previous2:
            out.append(f(.lowerPrev2, w?.lower ?? WordForm.boundary.lower &+ 1))
        case .next2:
            out.append(f(.lowerNext2, w?.lower ?? WordForm.boundary.lower &+ 2))
        }
    }

    /// Appends the feature hashes of token `i` that read more than one word, or the line and document.
    static func extractContext(_ s: SentenceFeatures, at i: Int, into out: inout [UInt64]) {
        let w = s.forms[i]
        let p = i > 0 ? s.forms[i - 1] : WordForm.boundary
        let n = i + 1 < s.count ? s.forms[i + 1] : WordForm.boundary
        out.append(f(.shortShapeTrigram, FeatureHash.mix(FeatureHash.mix(p.shortShape, w.shortShape), n.shortShape)))
        out.append(f(.bigramPrev, FeatureHash.mix(p.lower, w.lower)))
        out.append(f(.bigramNext, FeatureHash.mix(w.lower, n.lower)))
        out.append(f(.lowerPrevShape, FeatureHash.mix(p.lower, w.shape)))
        out.append(f(.shapeLowerNext, FeatureHash.mix(w.shape, n.lower)))
        if i == 0 { out.append(f(.initialShape, w.shortShape)) }
        if s.line == .capitals {
            out.append(f(.headlineShape, w.shortShape))
            out.append(f(.headlineLower, w.lower))
        }
        let g = s.gazetteer[i]
        if g != 0 {
            out.append(f(.gazetteer, UInt64(g)))
            out.append(f(.gazetteerShape, FeatureHash.mix(UInt64(g), w.shortShape)))
            var bits = g
            while bits != 0 {
                let b = UInt64(bits.trailingZeroBitCount)
                out.append(f(.gazetteer, 256 + b))
                bits &= bits - 1
            }
        }
        out.append(f(.gazetteerPrev, UInt64(i > 0 ? s.gazetteer[i - 1] : 255)))
        out.append(f(.gazetteerNext, UInt64(i + 1 < s.count ? s.gazetteer[i + 1] : 255)))
        // Whether the word opens the sentence (after an opening quote or dash too), where a capital says little: a
        // capitalised word written in lower case elsewhere is then nearly always a common word, while in the middle of
        // a sentence it is often part of a name (`Promises Treatment Center` beside `a treatment facility`).
        let initial = i == 0 || i == 1 && !s.forms[0].flags.contains(.hasLetter) && !s.forms[0].flags.contains(.hasDigit)
        out.append(f(.document, FeatureHash.mix(UInt64(s.document[i]) | (initial ? 8 : 0), w.shortShape)))
        let c = s.clusters[i]
        let position: UInt64 = i == 0 ? 1 : 0
        out.append(f(.usualCase, FeatureHash.mix(UInt64(c.usualCase) | s.line.rawValue << 3 | position << 5, w.shortShape)))
        // A capitalised word outside a line in capitals, in its run of capitalised words: the run's last and first words
        // with the word's place in the run (so `Treatment` in `Promises Treatment Center` reads `center` at the end),
        // and the run's length with that place, the word's usual case and whether it opens the sentence.
        if s.line != .capitals, w.flags.contains(.capitalised) {
            var a = i, b = i
            while a > 0, s.forms[a - 1].flags.contains(.capitalised) { a -= 1 }
            while b + 1 < s.count, s.forms[b + 1].flags.contains(.capitalised) { b += 1 }
            let place: UInt64 = a == b ? 0 : i == a ? 1 : i == b ? 2 : 3
            if a < b {
                out.append(f(.runLast, FeatureHash.mix(s.forms[b].lower, place)))
                out.append(f(.runFirst, FeatureHash.mix(s.forms[a].lower, place)))
            }
            out.append(f(.runShape, UInt64(min(b - a + 1, 4)) | place << 4 | UInt64(c.usualCase) << 8 | (initial ? 1 << 12 : 0)))
        }
    }

    /// Appends the second pass's extra feature hashes of token `i`, read from first-pass evidence.
    static func extractEvidence(_ s: SentenceFeatures, at i: Int, into out: inout [UInt64]) {
        let w = s.forms[i]
        if let evidence = s.evidence {
            let e = evidence[i]
            let ep = i > 0 ? evidence[i - 1].label : 255
            let en = i + 1 < s.count ? evidence[i + 1].label : 255
            out.append(f(.firstLabel, UInt64(e.label)))
            out.append(f(.firstLabelPrev, UInt64(ep) << 8 | UInt64(e.label)))
            out.append(f(.firstLabelNext, UInt64(en) << 8 | UInt64(e.label)))
            out.append(f(.majority, UInt64(e.majority)))
            out.append(f(.span, UInt64(e.span)))
            out.append(f(.first, UInt64(e.first)))
            out.append(f(.labelMajority, UInt64(e.label) << 8 | UInt64(e.majority)))
            out.append(f(.majorityShape, FeatureHash.mix(UInt64(e.majority), w.shortShape)))
        }
    }
}
