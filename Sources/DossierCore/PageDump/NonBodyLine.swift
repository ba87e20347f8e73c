/// Lines of a saved page that are never article body, whatever the classifier makes of their words: a picture's
/// caption ending in its credit, a byline, a publication date, a copyright line, a teaser that points elsewhere
/// (`Related: …`, `… [VIDEO]`, `click here`). Each says what it is, as a furniture reason.
enum NonBodyLine {
    /// The reason given to a caption line, which the parser makes a figure.
    static let captionReason = "caption"

    /// Why `shape`'s line is not body, or nil when it may be.
    static func reason(_ shape: PageLineShape) -> String? {
        let text = shape.text
        let lower = text.lowercased()
        if shape.words <= 60, caption(text) != nil { return captionReason }
        if isByline(text, lower: lower, shape: shape) { return "byline" }
        if shape.words <= 14, shape.hasDate, datedPrefixes.contains(where: lower.hasPrefix) { return "date" }
        if shape.words <= 10, shape.hasDate, !shape.endsSentence, shape.letterRatio < 0.6 { return "date" }
        if shape.words <= 20, copyrightPrefixes.contains(where: lower.hasPrefix) { return "legal" }
        if shape.isRightsNotice { return "legal" }
        if shape.words <= 25, isTeaser(text, lower: lower) { return "related" }
        return nil
    }

    /// The caption and credit of a picture's caption line: one ending in its credit (`… protests (Image: GETTY)`,
    /// `… module. Credit: ESA`), a labelled caption (`Image caption …`) or a credit alone (`Photo by Jane
    /// Doe/Getty Images`, `Jane Doe | Bloomberg | Getty Images`); nil for other lines.
    static func caption(_ text: String) -> (caption: String, credit: String?)? {
        let lower = text.lowercased()
        if let open = text.lastIndex(of: "("), text.last == ")" {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
            let insideLower = inside.lowercased()
            let before = String(text[..<open].trimmingWhitespace())
            let words = inside.split(whereSeparator: \.isWhitespace).count
            if words <= 8, creditLabels.contains(where: { insideLower.hasPrefix($0) }),
               let colon = inside.firstIndex(where: { $0 == ":" || $0 == "/" }) {
                let name = inside[inside.index(after: colon)...].trimmingWhitespace()
                if !name.isEmpty { return (before, String(name)) }
            }
            // Agencies by their own spelling, so that `(ePA)` or `(PACS)` in a sentence is no credit.
            if words <= 8, agencies.contains(where: { inside == $0 || inside.hasPrefix($0 + " Photo") || inside.hasPrefix($0 + "/") }) {
                return (before, String(inside))
            }
        }
        let words = text.split(whereSeparator: \.isWhitespace)
        if let label = words.lastIndex(where: { $0.lowercased().hasSuffix("credit:") }), (1...6).contains(words.count - label - 1) {
            let name = words[(label + 1)...].joined(separator: " ")
            let labelWord = words[label]
            let before = (words[..<label] + [labelWord.dropLast("credit:".count)]).joined(separator: " ")
            if !PageLineShape.endsSentence(name) { return (String(Substring(before).trimmingWhitespace()), name) }
        }
        if let opener = captionOpeners.first(where: { lower.hasPrefix($0) }) {
            let rest = String(text.dropFirst(opener.count).trimmingWhitespace())
            guard !rest.isEmpty else { return nil }
            return opener == "image caption " ? (rest, nil) : ("", rest)
        }
        let parts = text.split(whereSeparator: { $0 == "|" || $0 == "/" }).map { $0.trimmingWhitespace() }
        if parts.count >= 2, LineShape.wordCount(text, upTo: 12) <= 10, let last = parts.last,
           pictureAgencies.contains(last.lowercased()) {
            return ("", text)
        }
        return nil
    }

    /// A byline: an opener followed by a capitalised name, briefly, dated or not ending a sentence (`By Ann Lee
    /// on Monday, June 10th, 2019 at 11:08 a.m.`, `Edited by: Ann Lee`), but not `By March 2020, prices rose.`
    private static func isByline(_ text: String, lower: String, shape: PageLineShape) -> Bool {
        guard shape.words <= 16, !shape.endsSentence || shape.hasDate,
              let opener = (PageWords.bylineOpeners + creditOpeners).first(where: { lower.hasPrefix($0) }) else { return false }
        let name = text.dropFirst(opener.count).drop { $0 == ":" || $0.isWhitespace }
            .split(whereSeparator: \.isWhitespace).prefix(2)
        return name.count == 2 && name.allSatisfy { $0.first?.isUppercase == true && $0.contains(where: \.isLetter) }
    }

    /// A teaser for another page: a read-more label, a bracketed section tag at the end, a click-here link.
    private static func isTeaser(_ text: String, lower: String) -> Bool {
        if let colon = lower.firstIndex(of: ":"), teaserLabels.contains(String(lower[..<colon].trimmingWhitespace())) {
            return true
        }
        var tail = Substring(text)
        while let last = tail.last, last == "|" || last.isWhitespace { tail = tail.dropLast() }
        if tail.last == "]", let open = tail.lastIndex(of: "[") {
            let tag = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)].trimmingWhitespace()
            if (3...20).contains(tag.count), tag.allSatisfy({ $0.isUppercase || $0 == " " }) { return true }
        }
        return lower.contains("click here") || lower.contains("clicking here") || lower.contains("tap here")
    }

    private static let creditLabels = ["image", "photo", "picture", "pic", "foto", "illustration", "credit", "graphic"]
    private static let agencies = ["AP", "AFP", "Reuters", "Getty Images", "Getty", "EPA", "PA", "Shutterstock", "Alamy"]
    private static let pictureAgencies: Set<String> = ["getty images", "getty", "shutterstock", "alamy", "reuters", "afp",
                                                       "ap", "epa", "ap photo", "afp via getty images"]
    private static let captionOpeners = ["image copyright ", "image caption ", "photo by ", "photograph by ", "picture by ",
                                         "photo credit:", "image credit:", "image source:"]
    private static let creditOpeners = ["researched by", "edited by", "reported by", "compiled by", "produced by"]
    private static let datedPrefixes = ["published", "first published", "updated", "last updated", "posted on", "posted:",
                                        "originally published", "veröffentlicht", "publié", "publicado", "pubblicato"]
    private static let copyrightPrefixes = ["©", "(c) ", "copyright "]

    private static let rightsPhrases = ["all rights reserved", "is subject to copyright", "may not be reproduced"]

    /// Whether a lower-cased line states who holds the rights to the page (`© 2019 Example, LLC.`, `Copyright
    /// 2019`, `All rights reserved`, `This document is subject to copyright`): a site's footer, which no article's
    /// text says. A `©` without a year credits a picture.
    static func isRightsNotice(_ lower: String) -> Bool {
        if rightsPhrases.contains(where: lower.contains) { return true }
        for mark in ["©", "copyright"] {
            var rest = lower[...]
            while let found = rest.range(of: mark) {
                let after = rest[found.upperBound...].drop { $0 == " " || $0 == "©" }
                if after.prefix(4).count == 4, after.prefix(4).allSatisfy(\.isASCII), after.prefix(4).allSatisfy(\.isNumber) { return true }
                rest = rest[found.upperBound...]
            }
        }
        return false
    }
    private static let teaserLabels: Set<String> = ["related", "see more", "see also", "read more", "read also", "also read",
                                                    "also", "more", "watch", "listen", "recommended", "trending", "read next",
                                                    "lesen sie auch", "lire aussi", "leia também", "baca juga", "lee también"]
}
