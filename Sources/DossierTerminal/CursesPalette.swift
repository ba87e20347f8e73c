import CNcursesw
import DossierUI

/// Maps ``Style``s to ncurses attributes and colour pairs, allocating pairs as styles appear.
/// When pairs run out, further colour combinations fall back to the default pair.
struct CursesPalette {
    let support: ColorSupport
    private let hasDefaultColors: Bool
    private let maxPairs: Int
    private var pairs: [ColorPair: Int16] = [:]

    private struct ColorPair: Hashable {
        let foreground: Int16
        let background: Int16
    }

    /// Starts colour if the terminal has it and `NO_COLOR` is unset; call after `newterm`.
    init(noColor: Bool) {
        guard !noColor, has_colors() else {
            (support, hasDefaultColors, maxPairs) = (.monochrome, false, 0)
            return
        }
        start_color()
        hasDefaultColors = use_default_colors() == OK
        let colors = dossier_colors()
        support = colors >= 256 ? .palette256 : colors >= 16 ? .basic16 : .basic8
        maxPairs = min(Int(dossier_color_pairs()), Int(Int16.max))
    }

    /// The attributes and pair number that draw `style` (already adapted to ``support``).
    mutating func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes: attr_t = 0
        let mapping: [(Attributes, attr_t)] = [
            (.bold, dossier_a_bold()), (.dim, dossier_a_dim()), (.underline, dossier_a_underline()),
            (.reverse, dossier_a_reverse()), (.italic, dossier_a_italic()),
        ]
        for (attribute, bits) in mapping where style.attributes.contains(attribute) { attributes |= bits }
        guard support != .monochrome else { return (attributes, 0) }
        let key = ColorPair(foreground: number(style.foreground, isBackground: false), background: number(style.background, isBackground: true))
        if key == ColorPair(foreground: -1, background: -1) { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        guard pairs.count + 1 < maxPairs else { return (attributes, 0) }
        let pair = Int16(pairs.count + 1)
        init_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return (attributes, pair)
    }

    private func number(_ color: Color, isBackground: Bool) -> Int16 {
        switch color {
        case .default:
            if hasDefaultColors { return -1 }
            return isBackground ? Int16(COLOR_BLACK) : Int16(COLOR_WHITE)
        case .basic(let basic, let bright): return Int16(basic.rawValue) + (bright ? 8 : 0)
        case .palette(let index): return Int16(index)
        }
    }
}
