/// Where a mention stands in its file: raw line numbers (from 1) and offsets in Unicode scalars within those lines
/// (end exclusive), with the raw text found there. A mention that crosses a line break ends on `endLine`.
public struct MentionPlace: Hashable, Sendable {
    public var line: Int
    public var start: Int
    public var endLine: Int
    public var end: Int
    /// The raw text between the two places, line breaks included.
    public var surface: String
}

extension MentionPlace {
    /// The places of `mentions` (all of `article`) in `lines`, the file's decoded lines, in the same order; nil for a
    /// mention that cannot be found again in the lines its part came from.
    ///
    /// A part's text is the raw lines cleaned (edge white space, bullets and prefixes such as a title's date removed,
    /// lines joined): it is looked for whole in its lines, else aligned onto them character by character; a mention
    /// whose aligned text is not its surface is looked for by its surface, the same occurrence as in the part.
    public static func places(of mentions: [Mention], in article: Article, lines: [String]) -> [MentionPlace?] {
        var segments: [TextPart: RawSegment?] = [:]
        return mentions.map { mention in
            if segments[mention.part] == nil {
                segments[mention.part] = article.lineRange(of: mention.part).flatMap { range in
                    article.text(of: mention.part).map { RawSegment(text: $0, lines: lines, range: range) }
                }
            }
            return segments[mention.part]??.place(of: mention)
        }
    }
}

extension Article {
    /// The raw lines a text part came from.
    func lineRange(of part: TextPart) -> LineRange? {
        switch part {
        case .title: header.first { $0.kind == .title }?.lines
        case .standfirst: header.first { $0.kind == .standfirst }?.lines
        case .block(let index): blocks.indices.contains(index) ? blocks[index].lines : nil
        }
    }
}

/// A part's text aligned onto the raw lines it came from.
private struct RawSegment {
    /// The part's text, by Unicode scalar.
    let text: [Unicode.Scalar]
    /// The text's character offsets as scalar offsets (one more than its character count, for the end).
    let scalarOffset: [Int]
    /// The raw lines joined by `\n`, by scalar, each with its line number and column.
    let raw: [Unicode.Scalar]
    let position: [(line: Int, column: Int)]
    /// Per scalar of `text`, the raw scalar it was aligned with (nil past an alignment that failed).
    let aligned: [Int?]

    init(text: String, lines: [String], range: LineRange) {
        self.text = Array(text.unicodeScalars)
        var offsets = [0]
        for character in text { offsets.append(offsets.last! + character.unicodeScalars.count) }
        scalarOffset = offsets
        var raw: [Unicode.Scalar] = []
        var position: [(line: Int, column: Int)] = []
        for number in range.first...min(range.last, lines.count) {
            if number > range.first {
                raw.append("\n")
                position.append((number - 1, lines[number - 2].unicodeScalars.count))
            }
            for (column, scalar) in lines[number - 1].unicodeScalars.enumerated() {
                raw.append(scalar)
                position.append((number, column))
            }
        }
        self.raw = raw
        self.position = position
        aligned = Self.align(self.text, onto: raw)
    }

    /// Each scalar of `text` matched to one of `raw`: the whole text where `raw` holds it as it is, else in order,
    /// white space matching any white space and raw scalars the cleaning dropped skipped.
    private static func align(_ text: [Unicode.Scalar], onto raw: [Unicode.Scalar]) -> [Int?] {
        if let start = firstIndex(of: text, in: raw) { return text.indices.map { start + $0 } }
        var aligned: [Int?] = []
        aligned.reserveCapacity(text.count)
        var next = 0
        for scalar in text {
            let isSpace = scalar.properties.isWhitespace
            while next < raw.count, isSpace ? !raw[next].properties.isWhitespace : raw[next] != scalar { next += 1 }
            guard next < raw.count else { break }
            aligned.append(next)
            next += 1
            if isSpace { while next < raw.count, raw[next].properties.isWhitespace { next += 1 } }
        }
        return aligned + [Int?](repeating: nil, count: text.count - aligned.count)
    }

    /// Where `needle` first stands whole in `haystack`.
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    func place(of mention: Mention) -> MentionPlace? {
        guard mention.range.upperBound < scalarOffset.count else { return nil }
        let (first, last) = (scalarOffset[mention.range.lowerBound], scalarOffset[mention.range.upperBound])
        guard first < last else { return nil }
        let wanted = Self.squeezed(text[first..<last])
        if let from = aligned[first], let to = aligned[last - 1], from <= to, Self.squeezed(raw[from...to]) == wanted {
            return place(from: from, through: to)
        }
        // The same occurrence of the surface as in the part's text, found in the raw lines.
        let before = Self.occurrences(of: Array(text[first..<last]), in: text, before: first)
        var found = -1
        for _ in 0...before {
            guard let next = Self.firstIndex(of: Array(text[first..<last]), in: raw, from: found + 1) else { return nil }
            found = next
        }
        return place(from: found, through: found + (last - first) - 1)
    }

    private func place(from: Int, through to: Int) -> MentionPlace {
        let (start, end) = (position[from], position[to])
        return MentionPlace(line: start.line, start: start.column, endLine: end.line, end: end.column + 1,
                            surface: String(String.UnicodeScalarView(raw[from...to])))
    }

    /// How many times `needle` starts in `text` before `limit`.
    private static func occurrences(of needle: [Unicode.Scalar], in text: [Unicode.Scalar], before limit: Int) -> Int {
        (0..<limit).count { text[$0] == needle[0] && text[$0...].starts(with: needle) }
    }

    /// Scalars with each run of white space as one space.
    private static func squeezed(_ scalars: some Collection<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if out.last != " " { out.append(" ") }
            } else {
                out.append(scalar)
            }
        }
        return out
    }
}
