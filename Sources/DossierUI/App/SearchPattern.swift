import DossierCore
import DossierText
import Foundation

/// What a search finds in the text on screen: the text typed at `/` anywhere in a line, or a collection search's
/// terms (words and phrases from a word's start, to its end unless typed as a prefix), ignoring case and accents.
public struct SearchPattern: Hashable, Sendable, ExpressibleByStringLiteral {
    /// A phrase to find, and whether it must start (and, unless a prefix, end) on a word boundary.
    struct Phrase: Hashable, Sendable {
        var text: String
        var wholeWords: Bool
        var isPrefix: Bool
    }

    /// The search as typed, for the status bar.
    public var text: String
    var phrases: [Phrase]

    /// The text typed at `/`, found anywhere.
    public init(typed text: String) {
        self.text = text
        phrases = text.isEmpty ? [] : [Phrase(text: text, wholeWords: false, isPrefix: true)]
    }

    public init(stringLiteral text: String) { self.init(typed: text) }

    /// The terms a collection search asked for (not those it excluded).
    public init(hitsOf query: SearchQuery, typed text: String) {
        self.text = text
        phrases = query.required.flatMap { $0 }.map { Phrase(text: $0.words.joined(separator: " "), wholeWords: true, isPrefix: $0.isPrefix) }
    }

    private static let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]

    /// The character ranges of every match in `line`, in order, not overlapping.
    func ranges(in line: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        for phrase in phrases {
            var from = line.startIndex
            while from < line.endIndex, let match = line.range(of: phrase.text, options: Self.options, range: from..<line.endIndex) {
                from = match.upperBound
                if phrase.wholeWords {
                    let before = match.lowerBound == line.startIndex ? nil : line[line.index(before: match.lowerBound)]
                    let after = match.upperBound == line.endIndex ? nil : line[match.upperBound]
                    if before.map(Self.isWordCharacter) == true { continue }
                    if !phrase.isPrefix, after.map(Self.isWordCharacter) == true { continue }
                }
                found.append(match)
            }
        }
        var merged: [Range<String.Index>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound < last.upperBound { continue }
            merged.append(range)
        }
        return merged
    }

    /// The display columns of every match in `line`.
    public func columns(in line: String) -> [Range<Int>] {
        ranges(in: line).map { range in
            let start = line[..<range.lowerBound].displayWidth
            return start..<start + max(1, line[range].displayWidth)
        }
    }

    /// Whether `text` has a match.
    public func matches(_ text: String) -> Bool { !ranges(in: text).isEmpty }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
