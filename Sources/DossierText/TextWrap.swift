/// Breaks `text` into lines at most `width` columns wide (as ``Glyphs`` measures them).
///
/// Line breaks in the text always break; otherwise lines break at spaces, which are dropped at
/// the break. A word wider than `width` is broken between grapheme clusters. Lines are slices
/// of the source text, so a grid still sanitises and dims what they contain. Empty paragraphs
/// stay as empty lines; `width < 1` gives no lines.
public func wrap(_ text: some StringProtocol, width: Int) -> [String] {
    let source = Substring(text)
    return wrappedRanges(source, width: width).map { String(source[$0]) }
}

/// Where `wrap` breaks `text`: each line as the range of `text` it shows, so that whoever styles the lines knows
/// which characters each holds without looking for it again.
public func wrappedRanges(_ text: Substring, width: Int) -> [Range<String.Index>] {
    guard width > 0 else { return [] }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .flatMap { wrapParagraph($0, width: width) }
}

/// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
public func truncate(_ text: some StringProtocol, width: Int, ellipsis: String = "\u{2026}") -> String {
    guard width > 0 else { return "" }
    let source = Substring(text)
    guard source.displayWidth > width else { return String(source) }
    let room = width - ellipsis.displayWidth
    guard room >= 0 else { return truncate(ellipsis, width: width, ellipsis: "") }
    var iterator = Glyphs(source).makeIterator()
    var used = 0
    var end = source.startIndex
    while let (glyph, range) = iterator.nextWithRange(), used + glyph.width <= room {
        used += glyph.width
        end = range.upperBound
    }
    return String(source[..<end]) + ellipsis
}

/// Greedy wrapping of one paragraph (text without line breaks).
private func wrapParagraph(_ paragraph: Substring, width: Int) -> [Range<String.Index>] {
    paragraph.isNarrow ? wrapNarrow(paragraph, width: width) : wrapGlyphs(paragraph, width: width)
}

/// `wrapGlyphs` for a paragraph of narrow scalars (`isNarrow`: printable ASCII and the like), each a character one
/// column wide: the same breaks, found by counting scalars.
func wrapNarrow(_ paragraph: Substring, width: Int) -> [Range<String.Index>] {
    let scalars = paragraph.unicodeScalars
    var indices: [String.Index] = []
    var spaces: [Bool] = []
    indices.reserveCapacity(paragraph.utf8.count + 1)
    spaces.reserveCapacity(paragraph.utf8.count)
    for index in scalars.indices {
        indices.append(index)
        spaces.append(scalars[index] == " ")
    }
    indices.append(paragraph.endIndex)
    var breaks: [Range<Int>] = []
    var lineStart = 0
    var lineEnd = 0
    var lineWidth = 0
    var pendingSpace = 0
    var lineHasWord = false
    func startLine(at offset: Int) {
        breaks.append(lineStart..<lineEnd)
        (lineStart, lineEnd, lineWidth, pendingSpace, lineHasWord) = (offset, offset, 0, 0, false)
    }
    var start = 0
    while start < spaces.count {
        let isSpace = spaces[start]
        var end = start + 1
        while end < spaces.count, spaces[end] == isSpace { end += 1 }
        let tokenWidth = end - start
        if isSpace {
            if lineHasWord { pendingSpace += tokenWidth } else {
                lineWidth += tokenWidth
                lineEnd = end
            }
        } else {
            if lineWidth + pendingSpace + tokenWidth <= width {
                lineWidth += pendingSpace + tokenWidth
                lineEnd = end
            } else if tokenWidth <= width {
                if lineHasWord || lineWidth > 0 { startLine(at: start) }
                lineWidth = tokenWidth
                lineEnd = end
            } else {
                if lineHasWord || lineWidth > 0 { startLine(at: start) }
                for offset in start..<end {
                    if lineWidth > 0, lineWidth + 1 > width { startLine(at: offset) }
                    lineWidth += 1
                    lineEnd = offset + 1
                }
            }
            pendingSpace = 0
            lineHasWord = true
        }
        start = end
    }
    breaks.append(lineStart..<lineEnd)
    return breaks.map { indices[$0.lowerBound]..<indices[$0.upperBound] }
}

/// Greedy wrapping of one paragraph by its glyphs.
func wrapGlyphs(_ paragraph: Substring, width: Int) -> [Range<String.Index>] {
    var lines: [Range<String.Index>] = []
    var lineStart = paragraph.startIndex
    var lineEnd = paragraph.startIndex
    var lineWidth = 0
    var pendingSpace = 0
    var lineHasWord = false

    func startLine(at index: Substring.Index) {
        lines.append(lineStart..<lineEnd)
        lineStart = index
        lineEnd = index
        lineWidth = 0
        pendingSpace = 0
        lineHasWord = false
    }

    for token in WordTokens(paragraph) {
        if token.isSpace {
            if lineHasWord { pendingSpace += token.width } else {
                lineWidth += token.width
                lineEnd = token.range.upperBound
            }
            continue
        }
        if lineWidth + pendingSpace + token.width <= width {
            lineWidth += pendingSpace + token.width
            lineEnd = token.range.upperBound
        } else if token.width <= width {
            if lineHasWord || lineWidth > 0 { startLine(at: token.range.lowerBound) }
            lineWidth = token.width
            lineEnd = token.range.upperBound
        } else {
            if lineHasWord || lineWidth > 0 { startLine(at: token.range.lowerBound) }
            for (glyph, range) in token.glyphs {
                if lineWidth > 0, lineWidth + glyph.width > width { startLine(at: range.lowerBound) }
                lineWidth += glyph.width
                lineEnd = range.upperBound
            }
        }
        pendingSpace = 0
        lineHasWord = true
    }
    lines.append(lineStart..<lineEnd)
    return lines
}

/// A paragraph as alternating runs of spaces and words, each with its glyphs.
private struct WordTokens: Sequence, IteratorProtocol {
    struct Token {
        var isSpace: Bool
        var width = 0
        var range: Range<Substring.Index>
        var glyphs: [(Glyph, Range<Substring.Index>)] = []
    }

    private var glyphs: Glyphs.Iterator
    private var pending: (Glyph, Range<Substring.Index>)?

    init(_ paragraph: Substring) {
        glyphs = Glyphs(paragraph).makeIterator()
        pending = glyphs.nextWithRange()
    }

    mutating func next() -> Token? {
        guard let first = pending else { return nil }
        var token = Token(isSpace: first.0 == .space, range: first.1)
        while let (glyph, range) = pending, (glyph == .space) == token.isSpace {
            token.width += glyph.width
            token.range = token.range.lowerBound..<range.upperBound
            if !token.isSpace { token.glyphs.append((glyph, range)) }
            pending = glyphs.nextWithRange()
        }
        return token
    }
}
