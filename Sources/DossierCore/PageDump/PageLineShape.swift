/// Measurements of one non-blank line of a saved web page that hold across sites and languages: length,
/// sentence punctuation, function-word density, capitalisation, digits, links and furniture vocabulary.
struct PageLineShape: Sendable {
    /// The line without surrounding white space.
    let text: String
    /// Words, counting two CJK characters as one word so that unspaced scripts are not all "short".
    let words: Int
    /// Whether the line ends like a sentence (`.`, `!`, `?`, `…`, `:`, `;`, CJK stops), quotes aside.
    let endsSentence: Bool
    /// Sentence ends inside or at the end of the line.
    let sentences: Int
    /// The share of tokens that are function words.
    let stopRatio: Double
    /// The share of words starting with a letter that start with a capital.
    let capitalRatio: Double
    /// The share of characters that are digits.
    let digitRatio: Double
    /// The share of characters that are letters.
    let letterRatio: Double
    /// Commas (Western or CJK).
    let commas: Int
    /// The furniture reason whose vocabulary the line uses, if any.
    let furnitureReason: String?
    /// Whether the line has a date or a time of day.
    let hasDate: Bool
    /// Whether the line has a web address, a domain or a handle.
    let hasLink: Bool
    /// Whether the line has separators typical of menus and bylines (`|`, `•`, `»`).
    let hasSeparator: Bool
    /// Whether the line starts with a list bullet.
    let isBulleted: Bool
    /// Whether the line opens with a quotation mark.
    let startsWithQuote: Bool
    /// Whether the first letter is lower-case.
    let startsLowercase: Bool
    /// Whether every letter is upper-case.
    let isAllCaps: Bool
    /// Whether the line ends in a count such as `(185)`.
    let endsWithCount: Bool
    /// Whether the line names an author the way bylines do (`By …`, `Posted by …`, `Von …`), briefly.
    let opensByline: Bool
    /// The lower-cased word tokens (letters, digits and marks).
    let tokens: [String]
    /// Whether the line states who holds the rights to the page (`NonBodyLine.isRightsNotice`).
    let isRightsNotice: Bool

    init(_ line: String) {
        let text = String(Substring(line).trimmingWhitespace())
        self.text = text
        let lower = text.lowercased()
        tokens = PageLineShape.tokens(lower)
        let spaced = text.split(whereSeparator: \.isWhitespace)
        words = PageLineShape.words(text)
        endsSentence = PageLineShape.endsSentence(text)
        sentences = PageLineShape.sentenceCount(text)
        stopRatio = tokens.isEmpty ? 0 : Double(tokens.count(where: PageWords.stopWords.contains)) / Double(tokens.count)
        let lettered = spaced.filter { $0.first?.isLetter == true }
        capitalRatio = lettered.isEmpty ? 0 : Double(lettered.count(where: { $0.first!.isUppercase })) / Double(lettered.count)
        let characters = max(text.count, 1)
        digitRatio = Double(text.count(where: \.isNumber)) / Double(characters)
        letterRatio = Double(text.count(where: \.isLetter)) / Double(characters)
        commas = text.count(where: { $0 == "," || $0 == "、" || $0 == "，" })
        furnitureReason = PageWords.furnitureReason(lower)
        hasDate = PageLineShape.hasDate(lower)
        hasLink = lower.contains("http://") || lower.contains("https://") || lower.contains("www.") || lower.contains(".com")
            || spaced.contains { $0.first == "@" && $0.count > 1 }
        hasSeparator = text.contains { PageLineShape.separators.contains($0) }
        isBulleted = text.count > 2 && LineShape.bullets.contains(text.first!) && text.dropFirst().first?.isWhitespace == true
        startsWithQuote = text.first.map(PageLineShape.openers.contains) ?? false
        startsLowercase = text.first?.isLowercase ?? false
        isAllCaps = text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
        endsWithCount = PageLineShape.endsWithCount(text)
        opensByline = words <= 14 && !endsSentence && PageWords.bylineOpeners.contains { lower.hasPrefix($0) }
        isRightsNotice = NonBodyLine.isRightsNotice(lower)
    }

    /// Prose by the rules alone: a line of ten or more words that ends a sentence and reads like running text.
    var isProse: Bool { words >= 10 && endsSentence && (stopRatio >= 0.12 || tokens.count < words) }

    /// A short heading over links to other stories (`Most read in world news`, `You may also like…`).
    var isRelatedHeading: Bool {
        words <= 6 && furnitureReason == "related"
    }

    /// A short line of furniture words, a byline or a date: what surrounds a comment or a sign-up pitch.
    var isFurnitureLike: Bool {
        words <= 8 && (furnitureReason != nil || opensByline || hasDate)
    }

    /// A sentence too short to be prose by `isProse`: five to nine words of running text, no furniture words.
    var isShortSentence: Bool {
        (5..<10).contains(words) && endsSentence && stopRatio >= 0.12 && furnitureReason == nil && !hasDate && !opensByline
    }

    /// Words of a trimmed line, counting two CJK characters as one word.
    static func words(_ text: String) -> Int {
        LineShape.wordCount(text) + text.unicodeScalars.count(where: isCJK) / 2
    }

    /// Whether a trimmed line ends like a sentence, closing quotes and brackets aside.
    static func endsSentence(_ text: String) -> Bool {
        var tail = Substring(text)
        while let last = tail.last, closers.contains(last) { tail = tail.dropLast() }
        return tail.last.map(terminals.contains) ?? false
    }

    /// Lower-cased runs of letters, digits, marks and underscores, as `\w+` splits them.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" || character.unicodeScalars.first?.properties.isGraphemeExtend == true {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private static let terminals: Set<Character> = [".", "!", "?", "…", ":", ";", "。", "！", "？"]
    private static let closers: Set<Character> = ["\"", "”", "’", "'", ")", "]", "»", "」", "』"]
    private static let openers: Set<Character> = ["\"", "“", "„", "«", "‘", "'", "「"]
    private static let separators: Set<Character> = ["|", "•", "·", "»", "›", "/"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                                 "januar", "februar", "märz", "mai", "juni", "juli", "okt", "dez", "janv", "févr", "mars", "avr",
                                 "juin", "juil", "août", "sept", "déc", "ene", "abr", "ago", "dic", "gen", "mag", "giu", "lug", "ott",
                                 "fev", "mai", "out", "dez"]

    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
    }

    private static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var previous: Character?
        for character in text {
            if character.isWhitespace, let previous, terminals.contains(previous), previous != ":", previous != ";" { count += 1 }
            if character == "。" || character == "！" || character == "？" { count += 1 }
            previous = character
        }
        if let last = text.last, last == "." || last == "!" || last == "?" { count += 1 }
        return count
    }

    /// A year from 1900 to 2099, a time such as `6:21`, or a month name followed by a number.
    private static func hasDate(_ lower: String) -> Bool {
        let tokens = Self.tokens(lower)
        for (index, token) in tokens.enumerated() {
            if token.count == 4, let year = Int(token), (1900...2099).contains(year) { return true }
            if months.contains(where: { token.hasPrefix($0) && token.count <= $0.count + 6 }),
               index + 1 < tokens.count, Int(tokens[index + 1]) != nil { return true }
            if index > 0, token.count == 2, Int(token) != nil, Int(tokens[index - 1]).map({ $0 < 24 }) == true,
               lower.contains(tokens[index - 1] + ":" + token) { return true }
        }
        return false
    }

    private static func endsWithCount(_ text: String) -> Bool {
        guard text.last == ")", let open = text.lastIndex(of: "(") else { return false }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        return !inside.isEmpty && inside.allSatisfy(\.isNumber)
    }
}
