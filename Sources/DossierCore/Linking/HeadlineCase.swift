/// A headline written in title case (`Mayor Announces New Budget`) or in capitals capitalises words that are not
/// names, and the tagger reads capitals as names. Before tagging, such a headline is recased as a sentence would be
/// written: a word goes to lower case when the article's other texts write it so, or, when they do not use it, when
/// it is a common word or a dictionary's lower-case word that names nothing; a word in capitals becomes title case
/// when the article writes it so. Only letters change case, one for one, so offsets in the recased text are offsets
/// in the headline.
public enum HeadlineCase {
    /// The headline recased, or nil when it is not in title case or capitals.
    public static func recased(_ headline: String, body: [String], lexicons: Lexicons) -> String? {
        let words = Self.words(headline)
        let capitals = words.filter { word in word.text.contains(where: \.isLetter) && word.text.allSatisfy { !$0.isLowercase } }
        let isCapitals = capitals.count >= 2 && capitals.count * 10 >= words.count * 6
        guard isCapitals || MentionExtractor.isTitleCase(headline, minimumWords: 3) else { return nil }
        let usage = CaseUsage(body)
        var characters = Array(headline)
        for (position, word) in words.enumerated() {
            let lower = word.text.lowercased()
            let isAllCapitals = word.text.count > 1 && word.text.allSatisfy { !$0.isLowercase }
            guard word.text.first?.isUppercase == true else { continue }
            let written = usage.written[lower]
            let replacement: String?
            if let written, written.capitalised > 0, written.capitalised >= written.lower {
                replacement = isAllCapitals ? written.form : nil
            } else if written != nil || lexicons.isCommon(lower) || lexicons.lowerWords.contains(lower) {
                // The first word keeps its capital, as a sentence's does.
                replacement = position == 0 ? lower.prefix(1).uppercased() + lower.dropFirst() : lower
            } else {
                replacement = nil
            }
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
            if character.isLetter || (!current.isEmpty && (character == "'" || character == "’")) {
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

    /// How an article's texts write each word away from the start of a sentence: how often in lower case, how often
    /// capitalised, and the capitalised form.
    private struct CaseUsage {
        var written: [String: (lower: Int, capitalised: Int, form: String)] = [:]

        init(_ texts: [String]) {
            for text in texts {
                var sentenceStart = true
                var current = ""
                var currentStartsSentence = true
                func finish() {
                    defer { current = "" }
                    guard !current.isEmpty, !currentStartsSentence, let first = current.first else { return }
                    var entry = written[current.lowercased()] ?? (0, 0, current)
                    if first.isLowercase {
                        entry.lower += 1
                    } else {
                        entry.capitalised += 1
                        entry.form = current
                    }
                    written[current.lowercased()] = entry
                }
                for character in text {
                    if character.isLetter || (!current.isEmpty && (character == "'" || character == "’")) {
                        if current.isEmpty { currentStartsSentence = sentenceStart }
                        current.append(character)
                        sentenceStart = false
                    } else {
                        finish()
                        if ".!?:;".contains(character) { sentenceStart = true }
                    }
                }
                finish()
            }
        }
    }
}
