/// One grapheme cluster ready for a terminal: safe to emit, one or two cells wide.
/// Produced only by ``Glyphs``, which sanitises untrusted text.
public struct Glyph: Hashable, Sendable {
    /// The cluster to draw.
    public let character: Character
    /// Columns the cluster occupies: 1 or 2.
    public let width: Int
    /// Whether this glyph stands in for a control character, escape sequence or invisible
    /// formatting character of the source text (drawn dim).
    public let isPlaceholder: Bool

    init(_ character: Character, width: Int, isPlaceholder: Bool = false) {
        self.character = character
        self.width = width
        self.isPlaceholder = isPlaceholder
    }

    /// A one-column space.
    public static let space = Glyph(" ", width: 1)

    /// Most scalars kept in one cluster: enough for the longest emoji ZWJ and tag sequences,
    /// small enough that a letter carrying thousands of combining marks stays cheap to draw.
    static let maxScalarsPerCluster = 32

    /// The glyph for an ordinary (non-control) cluster: caps its length, drops invisible format
    /// characters outside emoji sequences, gives a lone combining mark a dotted-circle base, and
    /// measures it. Nil when nothing visible remains.
    static func visible(_ character: Character) -> Glyph? {
        // Printable ASCII, most of any text, is one column as it is.
        if let ascii = character.asciiValue, (0x20...0x7E).contains(ascii) { return Glyph(character, width: 1) }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return nil }
        if first.properties.isEmoji {
            let capped = scalars.count > maxScalarsPerCluster ? Array(scalars.prefix(maxScalarsPerCluster)) : Array(scalars)
            if presentsAsEmoji(capped) {
                return Glyph(capped.count == scalars.count ? character : cluster(capped), width: 2)
            }
        }
        var kept: [Unicode.Scalar] = []
        for scalar in scalars where scalar.properties.generalCategory != .format {
            kept.append(scalar)
            if kept.count == maxScalarsPerCluster { break }
        }
        guard let base = kept.first else { return nil }
        switch base.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark:
            kept.insert("\u{25CC}", at: 0)
            if kept.count > maxScalarsPerCluster { kept.removeLast() }
            return Glyph(cluster(kept), width: 1)
        case .unassigned:
            return Glyph("\u{FFFD}", width: 1, isPlaceholder: true)
        default:
            let wide = base.properties.isEmojiPresentation || EastAsianWidth.isWide(base)
            let sameCluster = kept.count == scalars.count
            return Glyph(sameCluster ? character : cluster(kept), width: wide ? 2 : 1)
        }
    }

    /// Whether an emoji cluster is presented as a (wide) emoji: by default, with U+FE0F, with a
    /// skin-tone modifier, or joined to another emoji by a ZWJ.
    private static func presentsAsEmoji(_ scalars: [Unicode.Scalar]) -> Bool {
        if scalars[0].properties.isEmojiPresentation { return true }
        var joined = false
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F, 0x1F3FB...0x1F3FF: return true
            case 0x200D: joined = true
            default: if joined && scalar.properties.isEmoji && scalar.value > 0x7F { return true }
            }
        }
        return false
    }

    /// The first grapheme cluster formed by `scalars` (a prefix of one cluster is one cluster).
    private static func cluster(_ scalars: [Unicode.Scalar]) -> Character {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).first ?? "\u{FFFD}"
    }
}
