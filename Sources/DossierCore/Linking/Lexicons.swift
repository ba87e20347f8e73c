import Foundation

/// Word lists entity resolution reads, shipped in `Resources/Lexicons` (sources and licences in docs/entities.md):
/// words usually written in lower case, nationality adjectives, and the genders of common given names.
public struct Lexicons: Sendable {
    /// Which titles a given name can take.
    public enum Gender: Sendable { case female, male, either }

    /// Lower-case words usually written in lower case mid-sentence (`checks`, `patch`, `of`).
    public let commonWords: Set<String>
    /// Lower-case words a dictionary writes in lower case that are no given name, nor a surname or place it also
    /// writes capitalised (`spill`, `hire`; not `ford`, `paris`).
    public let lowerWords: Set<String>
    /// Lower-case nationality adjectives (`french`, `british`).
    public let demonyms: Set<String>
    /// Lower-case given names and the titles they take.
    public let givenNames: [String: Gender]

    public init(commonWords: Set<String>, lowerWords: Set<String> = [], demonyms: Set<String>, givenNames: [String: Gender]) {
        self.commonWords = commonWords
        self.lowerWords = lowerWords
        self.demonyms = demonyms
        self.givenNames = givenNames
    }

    /// The lines of a shipped list (none when the bundle lacks it).
    private static func lines(_ name: String, in folder: String = "Lexicons") -> [Substring] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources/" + folder)
            ?? Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: folder),
            let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n")
    }

    /// Lower-case place names of one word (`jackson`, `palmer`), from the tagger's place gazetteer; loaded on first
    /// use, apart from the other lists, as it is the largest.
    public static let placeWords: Set<String> = Set(lines("places", in: "Gazetteers").lazy.filter { !$0.contains(" ") }.map { $0.lowercased() })

    /// The shipped lists, loaded on first use.
    public static let shipped: Lexicons = {
        var genders: [String: Gender] = [:]
        for line in lines("given-names") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            genders[fields[0].lowercased()] = fields[1] == "f" ? .female : fields[1] == "m" ? .male : .either
        }
        return Lexicons(commonWords: Set(lines("common-words").map(String.init)), lowerWords: Set(lines("lower-words").map(String.init)), demonyms: Set(lines("demonyms").map { $0.lowercased() }),
                        givenNames: genders)
    }()

    /// Whether `word` (lower case) or its stem without an inflection (`dies` → `die`, `checked` → `check`) is a
    /// common word.
    public func isCommon(_ word: String) -> Bool {
        if commonWords.contains(word) { return true }
        for suffix in ["s", "es", "ed", "d", "ing"] where word.count > suffix.count + 2 && word.hasSuffix(suffix) {
            if commonWords.contains(String(word.dropLast(suffix.count))) { return true }
        }
        return false
    }
}
