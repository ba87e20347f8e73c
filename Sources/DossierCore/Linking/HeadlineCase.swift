/// A headline written in title case (`Mayor Announces New Budget`) or in capitals capitalises words that are not
/// names, and the tagger reads capitals as names. Before tagging, such a headline is recased as a sentence would be
/// written: a word goes to lower case when the article's other texts write it so, or, when they do not use it, when
/// it is a common word or a dictionary's lower-case word that names nothing and does not follow a given name; a word
/// in capitals becomes title case when the article writes it so. Only letters change case, one for one, so offsets
/// in the recased text are offsets in the headline.
public enum HeadlineCase {
    /// The headline recased, or nil when it is not in title case or capitals.
    public static func recased(_ headline: String, body: [String], lexicons: @autoclosure () -> Lexicons = .shipped) -> String? {
        let words = Self.words(headline)
        let capitals = words.filter { word in word.text.contains(where: \.isLetter) && word.text.allSatisfy { !$0.isLowercase } }
        let isCapitals = capitals.count >= 2 && capitals.count * 10 >= words.count * 6
        guard isCapitals || MentionExtractor.isTitleCase(headline, minimumWords: 3) else { return nil }
        let lexicons = lexicons()
        let usage = CaseUsage(body, words: Set(words.map { Array($0.text.lowercased().utf8) }))
        var characters = Array(headline)
        var afterGivenName = false
        for (position, word) in words.enumerated() {
            let lower = word.text.lowercased()
            let isAllCapitals = word.text.count > 1 && word.text.allSatisfy { !$0.isLowercase }
            let follows = afterGivenName && word.offset == words[position - 1].offset + words[position - 1].text.count + 1
            afterGivenName = false
            guard word.text.first?.isUppercase == true else { continue }
            let written = usage.written[lower]
            let replacement: String?
            if let written, written.capitalised > 0, written.capitalised >= written.lower {
                replacement = isAllCapitals ? written.form : nil
            } else if written != nil || (!follows && (lexicons.isCommon(lower) || lexicons.lowerWords.contains(lower))) {
                // The first word keeps its capital, as a sentence's does.
                replacement = position == 0 ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
            } else {
                replacement = nil
            }
            // The word after a given name is read as a surname (`Maurice Cheeks`) unless the article lowers it; the
            // word after that surname is not (`Esther Williams Dies`).
            afterGivenName = !follows && replacement?.first?.isLowercase != true && lexicons.givenNames[lower] != nil
            guard let replacement, replacement.count == word.text.count else { continue }
            characters.replaceSubrange(word.offset..<word.offset + word.text.count, with: replacement)
        }
        return String(characters)
    }

    /// The words of `text` (runs of letters, apostrophes inside them included) with their character offsets.
    private static func words(_ text: String) -> [(text: String, offset: Int)] {
        var words: [(text: String, offset: Int)] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character.isLetterASCIIFirst || (!current.isEmpty && (character == "'" || character == "’")) {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                words.append((current, start))
                current = ""
            }
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }

    /// How an article's texts write the headline's words away from the start of a sentence: how often in lower case,
    /// how often capitalised, and the capitalised form. The texts are read as bytes, and only words as long as a
    /// headline word are compared: an article is read once for each headline recased, on the indexing path.
    private struct CaseUsage {
        var written: [String: (lower: Int, capitalised: Int, form: String)] = [:]

        init(_ texts: [String], words: Set<[UInt8]>) {
            let lengths = Set(words.map(\.count))
            for text in texts {
                var utf8 = Array(text.utf8)
                let count = utf8.count
                utf8.append(0x20)
                var sentenceStart = true
                var index = 0
                while index < count {
                    let byte = utf8[index]
                    guard Self.isLetter(byte) else {
                        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ":")
                            || byte == UInt8(ascii: ";") { sentenceStart = true }
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while Self.isLetter(utf8[end]) || (utf8[end] == UInt8(ascii: "'") && Self.isLetter(utf8[end + 1])) { end += 1 }
                    defer {
                        sentenceStart = false
                        index = end
                    }
                    guard !sentenceStart, lengths.contains(end - index) else { continue }
                    let lowered = utf8[index..<end].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
                    guard words.contains(lowered) else { continue }
                    let key = String(decoding: lowered, as: UTF8.self)
                    var entry = written[key] ?? (0, 0, "")
                    if (0x61...0x7A).contains(byte) {
                        entry.lower += 1
                    } else {
                        entry.capitalised += 1
                        entry.form = String(decoding: utf8[index..<end], as: UTF8.self)
                    }
                    written[key] = entry
                }
            }
        }

        /// An ASCII letter, or a byte of a non-ASCII character (most of which, in names, are letters).
        private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0x80 }
    }
}
