import Foundation

/// Finds calendar dates written the ways news pages write them, and gives them as ISO 8601 (`2022-06-10`).
enum DateRecognizer {
    private static let monthNames = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    private static let iso = Pattern(#"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"#)
    private static let slashed = Pattern(#"(?<!\d)(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)"#)
    private static let monthFirst = Pattern(#"\b("# + monthNames + #")\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#)
    private static let dayFirst = Pattern(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("# + monthNames + #")\.?,?\s+(\d{4})\b"#)
    private static let monthWord = Pattern("^(" + monthNames + ")\\.?$")
    private static let dotted = Pattern(#"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"#)

    /// The first date in `text`, as ISO 8601.
    static func firstDate(in text: String) -> String? {
        if let c = iso.captures(text), let date = make(c[0], c[1], c[2]) { return date }
        if let c = slashed.captures(text), let date = make(c[0], c[1], c[2]) { return date }
        if let c = monthFirst.captures(text), let month = month(c[0]), let date = make(c[2], month, c[1]) { return date }
        if let c = dayFirst.captures(text), let month = month(c[1]), let date = make(c[2], month, c[0]) { return date }
        if let c = dotted.captures(text), let date = make(c[2], c[1], c[0]) { return date }
        return nil
    }

    /// Words that may stand beside a date on a line that is only a date line.
    private static let dateLineWords: Set<String> = [
        "published", "updated", "posted", "last", "modified", "first", "date", "on", "at", "am", "pm", "a.m.", "p.m.",
        "et", "est", "edt", "gmt", "utc", "bst", "cet", "cest", "pt", "pst", "pdt", "ist", "the", "of", "and",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun", "t", "z",
    ]

    /// The date of a line that gives a date and little else (`Published: June 10, 2022 10:30 AM ET`).
    static func dateLine(_ text: String) -> String? {
        guard LineShape.wordCount(text, upTo: 12) <= 12, let date = firstDate(in: text) else { return nil }
        let words = text.lowercased().split { !($0.isLetter || $0 == ".") }.map(String.init)
        let others = words.filter { !dateLineWords.contains($0) && !monthWord.matches($0) && $0 != "." }
        return others.isEmpty ? date : nil
    }

    /// Whether `word` is an English month name or its abbreviation (`Nov`, `Nov.`, `November`).
    static func isMonthName(_ word: String) -> Bool {
        monthWord.matches(word.lowercased())
    }

    private static func month(_ name: String?) -> String? {
        guard let prefix = name?.lowercased().prefix(3) else { return nil }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex(of: String(prefix)).map { String($0 + 1) }
    }

    private static func make(_ year: String?, _ month: String?, _ day: String?) -> String? {
        guard let y = year.flatMap({ Int($0) }), let m = month.flatMap({ Int($0) }), let d = day.flatMap({ Int($0) }),
              (1000...2999).contains(y), (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
