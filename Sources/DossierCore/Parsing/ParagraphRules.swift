/// Decides how consecutive text lines make paragraphs.
enum ParagraphRules {
    /// Whether the text is hard-wrapped (as `lynx -dump` writes it): most lines followed by another text line stop
    /// mid-sentence. Then every run of text lines is one paragraph; otherwise each line is its own.
    static func isHardWrapped(text: [String], isText: [Bool]) -> Bool {
        var followed = 0, open = 0
        for index in text.indices.dropLast() where isText[index] && isText[index + 1] {
            followed += 1
            if !LineShape.endsSentence(text[index]) { open += 1 }
        }
        return followed >= 3 && open * 10 >= followed * 6
    }

    /// Whether `next` carries on the sentence of `line` in text that is not hard-wrapped.
    static func continues(_ line: String, with next: String) -> Bool {
        !LineShape.endsSentence(line) && !line.hasSuffix(":") && LineShape.startsLowercase(next)
    }

    /// The lines joined into one paragraph; a line ending in a hyphen joins the next without a space.
    static func join(_ lines: ArraySlice<String>) -> String {
        var result = ""
        for line in lines {
            if result.isEmpty {
                result = line
            } else if result.hasSuffix("-"), let first = line.first, first.isLetter {
                result += line
            } else {
                result += " " + line
            }
        }
        return result
    }

    /// Whether a line reads as article prose: a full sentence of some length.
    static func isProse(_ line: String) -> Bool {
        LineShape.wordCount(line, upTo: 20) >= 20 && LineShape.endsSentence(line)
    }
}
