/// The glyphs of untrusted text, in logical order: the only way text reaches a ``Grid``.
///
/// Nothing that could drive a terminal survives. Each escape sequence (ESC or a C1 introducer
/// with its CSI parameters, or its whole OSC/DCS/SOS/PM/APC string up to BEL or ST) becomes one
/// `␛`; other C0 controls and DEL become their Control Pictures symbol (`␇`, `␈`, `␡`; any line
/// break `␤`); C1 controls and unassigned code points become `�`; bidirectional overrides,
/// embeddings, isolates and marks become `⇄`. All of these are ``Glyph/isPlaceholder``.
/// A tab becomes one space. Invisible format characters (ZWSP, ZWNJ, word joiner, BOM, soft
/// hyphen, a ZWJ outside an emoji sequence) are dropped, and a combining mark with no base
/// is drawn on a dotted circle (`◌́`), so every glyph is 1 or 2 columns. A cluster keeps at most
/// 32 scalars, however many combining marks the text piles on one letter.
public struct Glyphs: Sequence {
    private let text: Substring

    /// The glyphs of `text`.
    public init(_ text: some StringProtocol) {
        self.text = Substring(text)
    }

    public func makeIterator() -> Iterator {
        Iterator(text: text)
    }

    /// Walks the characters, folding escape sequences into single placeholders.
    public struct Iterator: IteratorProtocol {
        private let text: Substring
        private var position: Substring.Index

        /// Longest OSC/DCS-style string folded into one placeholder; the rest shows as text.
        static let maxControlStringLength = 2048

        init(text: Substring) {
            self.text = text
            self.position = text.startIndex
        }

        public mutating func next() -> Glyph? {
            nextWithRange()?.glyph
        }

        /// The next glyph and the range of the source text it stands for (for an escape
        /// sequence, the whole sequence; dropped invisible characters join the following glyph).
        mutating func nextWithRange() -> (glyph: Glyph, range: Range<Substring.Index>)? {
            let start = position
            while let character = take() {
                if let glyph = glyph(for: character) { return (glyph, start..<position) }
            }
            return nil
        }

        private mutating func glyph(for character: Character) -> Glyph? {
            let first = character.unicodeScalars.first!
            switch first.value {
            case 0x1B:
                skipEscapeSequence()
                return Self.escape
            case 0x9B:
                skipControlSequence()
                return Self.escape
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipControlString()
                return Self.escape
            case 0x09:
                return .space
            case _ where character.isNewline:
                return Glyph("\u{2424}", width: 1, isPlaceholder: true)
            case 0x00...0x1F:
                return Glyph(Character(Unicode.Scalar(0x2400 + first.value)!), width: 1, isPlaceholder: true)
            case 0x7F:
                return Glyph("\u{2421}", width: 1, isPlaceholder: true)
            case 0x80...0x9F:
                return Glyph("\u{FFFD}", width: 1, isPlaceholder: true)
            case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                return Glyph("\u{21C4}", width: 1, isPlaceholder: true)
            default:
                return Glyph.visible(character)
            }
        }

        private static let escape = Glyph("\u{241B}", width: 1, isPlaceholder: true)

        /// After ESC: a CSI, a control string, or an nF/Fp/Fe/Fs sequence (intermediates 0x20–0x2F
        /// then a final 0x30–0x7E). An ESC followed by anything else stands alone.
        private mutating func skipEscapeSequence() {
            guard let next = peekASCII() else { return }
            switch next {
            case 0x5B:
                _ = take()
                skipControlSequence()
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F:
                _ = take()
                skipControlString()
            case 0x20...0x2F:
                while let byte = peekASCII(), (0x20...0x2F).contains(byte) { _ = take() }
                if let byte = peekASCII(), (0x30...0x7E).contains(byte) { _ = take() }
            case 0x30...0x7E:
                _ = take()
            default:
                return
            }
        }

        /// CSI body: parameters 0x30–0x3F, intermediates 0x20–0x2F, one final 0x40–0x7E.
        /// Stops early, consuming nothing more, at anything else.
        private mutating func skipControlSequence() {
            while let byte = peekASCII(), (0x30...0x3F).contains(byte) { _ = take() }
            while let byte = peekASCII(), (0x20...0x2F).contains(byte) { _ = take() }
            if let byte = peekASCII(), (0x40...0x7E).contains(byte) { _ = take() }
        }

        /// Control string body up to and including BEL, ST (ESC \ or U+009C), CAN or SUB; an ESC
        /// starting another sequence, a line break, or the length cap ends it without consuming.
        private mutating func skipControlString() {
            var length = 0
            while let character = peek(0), length < Self.maxControlStringLength {
                let value = character.unicodeScalars.first!.value
                switch value {
                case 0x07, 0x9C, 0x18, 0x1A:
                    _ = take()
                    return
                case 0x1B:
                    if peek(1) == "\\" {
                        _ = take()
                        _ = take()
                    }
                    return
                case _ where character.isNewline:
                    return
                default:
                    _ = take()
                    length += 1
                }
            }
        }

        private mutating func take() -> Character? {
            guard position < text.endIndex else { return nil }
            defer { position = text.index(after: position) }
            return text[position]
        }

        private func peek(_ offset: Int) -> Character? {
            var index = position
            for _ in 0..<offset {
                guard index < text.endIndex else { return nil }
                index = text.index(after: index)
            }
            return index < text.endIndex ? text[index] : nil
        }

        /// The next character's value when it is a single ASCII scalar.
        private func peekASCII() -> UInt32? {
            guard let next = peek(0), next.unicodeScalars.count == 1 else { return nil }
            let value = next.unicodeScalars.first!.value
            return value < 0x80 ? value : nil
        }
    }
}

extension StringProtocol {
    /// Columns the text occupies once sanitised for display (see ``Glyphs``).
    public var displayWidth: Int {
        if isPrintableASCII { return utf8.count }
        if isNarrow { return unicodeScalars.count }
        return Glyphs(self).reduce(0) { $0 + $1.width }
    }

    /// Whether every character is printable ASCII (space to tilde): each one byte, one character and one column,
    /// which spares measuring and wrapping the work of walking grapheme clusters.
    var isPrintableASCII: Bool { utf8.allSatisfy { (0x20...0x7E).contains($0) } }

    /// Whether every scalar is one of `narrowScalars`: each then one character and one column, as in printable
    /// ASCII, for the accented letters of Western names and the punctuation of titles and the reader's own lines.
    var isNarrow: Bool { unicodeScalars.allSatisfy { Self.isNarrow($0) } }

    /// Printable ASCII; Latin-1's printable characters but the soft hyphen and the no-break space (which glyphs
    /// treat apart); dashes, quotes, bullets and ellipses (U+2010 to U+2027); and the marks the reader draws (`▸`,
    /// `●`, `★`). None joins a neighbour into one character, and each is one column wide.
    static func isNarrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA1...0xAC, 0xAE...0xFF, 0x2010...0x2027, 0x25B8, 0x25CF, 0x2605: true
        default: false
        }
    }
}
