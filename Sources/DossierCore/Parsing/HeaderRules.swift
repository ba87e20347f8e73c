/// Recognises the lines an article opens with: title (with a date prefix or a site suffix), byline, date line,
/// credit, and the dateline at the start of the first paragraph.
enum HeaderRules {
    private static let datePrefix = Pattern(#"^(?:date|published|updated|posted)?\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s+(\S.*)$"#)
    private static let siteSuffix = Pattern(#"^(.+\S)\s+(?:[-|–—]|::)\s+([\p{Lu}\p{N}][^|–—]{0,40})$"#, caseSensitive: true)
    private static let byline = Pattern(#"^(?:by|written by|words by|author:|authors:|reporting by)\s+(\S.{0,100})$"#)
    private static let credit = Pattern(#"^([\p{L}\p{N}][\p{L}\p{N} .&'’-]{0,30}?)\s*\|$|^(?:source|credit|via):\s*(\S.{0,40})$"#,
                                         required: ["|", "source", "credit", "via"])
    private static let dateline = Pattern(#"^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?)\s*(?:,\s*\p{L}+\.?\s+\d{1,2}\s*)?(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s+\S"#, caseSensitive: true)

    /// A line short enough, and not ending like prose, to be a title.
    static func isTitle(_ text: String) -> Bool {
        let words = LineShape.wordCount(text, upTo: 30)
        guard words >= 1, words <= 30, text.count <= 250 else { return false }
        return !(text.hasSuffix(".") && words > 15)
    }

    /// The title line split into the date it opens with, the title, and a publisher given as a site suffix.
    static func title(from text: String) -> (title: String, date: String?, publisher: String?) {
        var title = text
        var date: String?
        if let c = datePrefix.captures(title), let iso = c[0], let rest = c[1], DateRecognizer.firstDate(in: iso) != nil {
            date = iso
            title = rest
        }
        var publisher: String?
        if let c = siteSuffix.captures(title), let head = c[0], let site = c[1],
           LineShape.wordCount(head, upTo: 3) >= 3, LineShape.wordCount(site, upTo: 5) <= 5, !site.contains(where: { ".!?".contains($0) }),
           !attributesQuote(head) || isOutletName(site) {
            title = head
            publisher = String(Substring(site).trimmingWhitespace())
        }
        return (title, date, publisher)
    }

    /// Verbs that attribute a quotation (`Hope will win, says leader - Moreno`).
    private static let speechVerbs: Set<String> = ["says", "said", "warns", "warned", "tells", "told", "insists", "claims", "vows", "admits", "urges", "asks"]

    /// Whether a title ends as a quotation and its attribution do (a closing quotation mark, or a speech verb among its
    /// last words): the name after its dash is then the speaker's, not a site's.
    private static func attributesQuote(_ head: String) -> Bool {
        let words = head.lowercased().split { !$0.isLetter }.suffix(4)
        return words.contains { speechVerbs.contains(String($0)) } || head.hasSuffix("’") || head.hasSuffix("”") || head.hasSuffix("\"")
    }

    /// Words that name outlets (`Hill Times`, `Radio Free Europe`).
    private static let outletWords: Set<String> = [
        "news", "times", "post", "herald", "journal", "tribune", "telegraph", "gazette", "daily", "weekly", "radio", "tv",
        "press", "agency", "media", "online", "magazine", "network", "channel", "chronicle", "observer", "review", "guardian",
        "independent", "express", "mail", "mirror", "standard", "today", "wire", "report", "insider", "reuters", "bloomberg",
        "record", "register", "courier", "dispatch", "globe", "examiner", "inquirer", "bulletin", "monitor", "sentinel",
    ]

    /// Whether `site` has the form of an outlet's name: a domain, `The` and a name (`The Civic Record`; no person is
    /// called so), an outlet word, capitals only (`BBC`), or letters and digits mixed (`Channel24`).
    private static func isOutletName(_ site: String) -> Bool {
        let words = site.split(whereSeparator: \.isWhitespace)
        return site.contains(".") || words.count >= 2 && words[0] == "The" || words.contains { outletWords.contains($0.lowercased()) }
            || words.count == 1 && site.count >= 2 && site.allSatisfy { $0.isUppercase || $0.isNumber }
            || site.contains(where: \.isNumber) && site.contains(where: \.isLetter)
    }

    /// The name a byline line gives, without the `By`; nil unless what follows starts with a name (`By late 2004 the
    /// firm had doubled its sales.` opens a paragraph).
    static func byline(_ text: String) -> String? {
        guard LineShape.wordCount(text, upTo: 14) <= 14, let name = byline.captures(text)?.first ?? nil, startsWithName(name) else { return nil }
        return String(Substring(name).trimmingWhitespace())
    }

    /// Small words a name may start with (`the Associated Press`, `de la Cruz`, `van der Berg`).
    private static let nameParticles: Set<String> = ["the", "de", "del", "della", "der", "di", "da", "du", "la", "le", "van", "von", "al", "el", "bin", "ibn"]

    /// Whether `text` starts with a capitalised word, or particles and then one, and is not a sentence (longer than
    /// six words and ending in a full stop).
    private static func startsWithName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard let first = words.firstIndex(where: { !nameParticles.contains($0.lowercased()) }),
              words[first].first.map({ $0.isUppercase || $0.isNumber && words[first].contains("@") }) == true else { return false }
        return !(words.count > 6 && text.hasSuffix("."))
    }

    /// The source a credit line gives (`Channel24|`, `Source: Reuters`).
    static func credit(_ text: String) -> String? {
        guard let c = credit.captures(text), let name = c[0] ?? c[1] else { return nil }
        return String(Substring(name).trimmingWhitespace())
    }

    /// The place and agency of a dateline opening a paragraph (`WASHINGTON (Reuters) - …`).
    static func dateline(_ text: String) -> (place: String, agency: String?)? {
        guard let c = dateline.captures(text), let place = c[0] else { return nil }
        let trimmed = String(Substring(place).trimmingWhitespace())
        // A dateline place is written in capitals; one capital letter is an initial, not a place.
        guard trimmed.filter(\.isLetter).count >= 3 else { return nil }
        return (trimmed, c[1].map { String(Substring($0).trimmingWhitespace()) })
    }
}
