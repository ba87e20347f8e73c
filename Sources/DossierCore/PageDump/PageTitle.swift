/// Splits a page title such as `Markets Rally on Rate Hopes - WSJ` into the headline and the site that
/// published it.
enum PageTitle {
    /// Separators between a headline and a site name, with spaces around them.
    static let separators = [" - ", " | ", " – ", " — ", " :: ", " · ", " » ", " / "]

    /// The headline and, when the line ends in a short site name after a separator, that name.
    static func split(_ line: String) -> (title: String, publisher: String?) {
        let text = String(Substring(line).trimmingWhitespace())
        var best: Range<String.Index>?
        for separator in separators {
            if let found = text.range(of: separator, options: .backwards), found.lowerBound > (best?.lowerBound ?? text.startIndex) {
                best = found
            }
        }
        guard let cut = best else { return (text, nil) }
        let head = String(text[..<cut.lowerBound].trimmingWhitespace())
        let tail = String(text[cut.upperBound...].trimmingWhitespace())
        let tailWords = tail.split(whereSeparator: \.isWhitespace).count
        let headWords = head.split(whereSeparator: \.isWhitespace).count
        guard !tail.isEmpty, tailWords <= 5, tail.count <= 40, headWords >= tailWords, !LineShape.endsSentence(tail)
        else { return (text, nil) }
        return (head, tail)
    }
}
