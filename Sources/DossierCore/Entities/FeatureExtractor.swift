/// Turns a token in its sentence into hashed feature ids: word, lower-case form, shape, affixes,
/// neighbouring words and shapes, gazetteer matches, document facts and, in the second pass,
/// first-pass labels of the same word across the document.
enum FeatureExtractor {
    private enum Template: UInt64 {
        case bias = 1, lower, raw, lowerPrev, lowerNext, lowerPrev2, lowerNext2
        case shape, shapePrev, shapeNext, shortShapeTrigram
        case prefix1, prefix2, prefix3, prefix4, suffix1, suffix2, suffix3, suffix4
        case bigramPrev, bigramNext, initialShape, headlineShape, headlineLower
        case gazetteer, gazetteerPrev, gazetteerNext, gazetteerShape, document
        case lowerPrevShape, shapeLowerNext, rawPrev, rawNext
        case firstLabel, firstLabelPrev, firstLabelNext, majority, span, first, labelMajority, majorityShape
    }

    @inline(__always)
    private static func f(_ t: Template, _ v: UInt64) -> UInt64 { FeatureHash.mix(t.rawValue, v) }

    /// Appends the first-pass feature hashes of token `i` to `out` (the second pass uses these too).
    static func extract(_ s: SentenceFeatures, at i: Int, into out: inout [UInt64]) {
        let w = s.forms[i]
        let p = i > 0 ? s.forms[i - 1] : WordForm.boundary
        let n = i + 1 < s.count ? s.forms[i + 1] : WordForm.boundary
        let p2 = i > 1 ? s.forms[i - 2].lower : WordForm.boundary.lower &+ 1
        let n2 = i + 2 < s.count ? s.forms[i + 2].lower : WordForm.boundary.lower &+ 2
        out.append(f(.bias, 0))
        out.append(f(.lower, w.lower))
        out.append(f(.raw, w.raw))
        out.append(f(.lowerPrev, p.lower))
        out.append(f(.lowerNext, n.lower))
        out.append(f(.lowerPrev2, p2))
        out.append(f(.lowerNext2, n2))
        out.append(f(.rawPrev, p.raw))
        out.append(f(.rawNext, n.raw))
        out.append(f(.shape, w.shape))
        out.append(f(.shapePrev, p.shape))
        out.append(f(.shapeNext, n.shape))
        out.append(f(.shortShapeTrigram, FeatureHash.mix(FeatureHash.mix(p.shortShape, w.shortShape), n.shortShape)))
        if w.prefixes.0 != 0 { out.append(f(.prefix1, w.prefixes.0)) }
        if w.prefixes.1 != 0 { out.append(f(.prefix2, w.prefixes.1)) }
        if w.prefixes.2 != 0 { out.append(f(.prefix3, w.prefixes.2)) }
        if w.prefixes.3 != 0 { out.append(f(.prefix4, w.prefixes.3)) }
        if w.suffixes.0 != 0 { out.append(f(.suffix1, w.suffixes.0)) }
        if w.suffixes.1 != 0 { out.append(f(.suffix2, w.suffixes.1)) }
        if w.suffixes.2 != 0 { out.append(f(.suffix3, w.suffixes.2)) }
        if w.suffixes.3 != 0 { out.append(f(.suffix4, w.suffixes.3)) }
        out.append(f(.bigramPrev, FeatureHash.mix(p.lower, w.lower)))
        out.append(f(.bigramNext, FeatureHash.mix(w.lower, n.lower)))
        out.append(f(.lowerPrevShape, FeatureHash.mix(p.lower, w.shape)))
        out.append(f(.shapeLowerNext, FeatureHash.mix(w.shape, n.lower)))
        if i == 0 { out.append(f(.initialShape, w.shortShape)) }
        if s.headline {
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
        out.append(f(.document, FeatureHash.mix(UInt64(s.document[i]), w.shortShape)))
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
