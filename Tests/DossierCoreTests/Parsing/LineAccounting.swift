import DossierCore
import Testing

/// The check behind the line-accounting property: header fields and blocks partition the non-blank lines.
enum LineAccounting {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func check(_ article: Article, lines: [String]) throws {
        guard article.lineCount == lines.count else { throw Failure(description: "line count \(article.lineCount) ≠ \(lines.count)") }
        var owner = [String?](repeating: nil, count: lines.count)
        let ranges = article.header.map { ("header \($0.kind)", $0.lines) } + article.blocks.enumerated().map { ("block \($0.offset)", $0.element.lines) }
        for (name, range) in ranges {
            guard range.first >= 1, range.last <= lines.count else { throw Failure(description: "\(name) \(range) is outside the file") }
            for line in range.first...range.last {
                if let other = owner[line - 1] { throw Failure(description: "line \(line) belongs to \(other) and \(name)") }
                if lines[line - 1].allSatisfy(\.isWhitespace) { throw Failure(description: "blank line \(line) is inside \(name)") }
                owner[line - 1] = name
            }
        }
        for (index, line) in lines.enumerated() where owner[index] == nil && !line.allSatisfy(\.isWhitespace) {
            throw Failure(description: "line \(index + 1) belongs to nothing: \(line)")
        }
        let starts = article.blocks.map(\.lines.first)
        guard starts == starts.sorted() else { throw Failure(description: "blocks are out of file order") }
        for (index, part) in article.lineParts.enumerated() {
            let blank = lines[index].allSatisfy(\.isWhitespace)
            guard blank == (part == .blank) else { throw Failure(description: "lineParts disagrees at line \(index + 1)") }
        }
    }
}

/// Every raw line of generated scraped-news texts belongs to exactly one part.
@Suite struct LineAccountingTests {
    static let pieces = [
        "", "   ", "By Jane Roe, Reuters", "Published: March 3, 2021", "June 10, 2022", "2 View gallery",
        "(Photo: AFP)", "Image: Getty Images", "  • Follow The Daily Planet on Facebook and Twitter",
        "Share this article", "Read more: Why markets fell", "Related articles", "Comments", "\"\"", "***",
        "The commenter agrees to the privacy policy of Example News and agrees not to submit comments that violate the terms of use.",
        "Officials said on Tuesday that the talks would resume next week after a pause of several months.",
        "the sentence carries on in lower case without a full stop",
        "A short caption line", "A short caption line", "WASHINGTON (Reuters) - Lawmakers met on Monday to discuss the bill.",
        "ministers met in", "Brussels to agree a new budget for the coming year, officials said.",
        "• A bullet point that reads as prose and ends properly.", "Advertisement", "© 2021 Example Media",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "עברית טקסט חלופי", "date 2021-01-05 Headline with a date prefix", "Story title - Example Times",
        "i24NEWS|", "Source: AP", "    indented paragraph text that goes on for a while and ends here.",
    ]

    @Test func generatedTextsArePartitioned() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<600 {
            let count = Int.random(in: 0...40, using: &random)
            let lines = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }
            let article = ArticleParser().parse(lines: lines)
            do {
                try LineAccounting.check(article, lines: lines)
            } catch {
                Issue.record("\(error) in generated text:\n\(lines.joined(separator: "\n"))")
                return
            }
        }
    }
}
