/// A publication date and time of a generated article, written in the forms news headers use.
struct CorpusDate {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int

    /// A date between 2019 and 2024.
    init(_ random: inout CorpusRandom) {
        year = random.int(in: 2019...2024)
        month = random.int(in: 1...12)
        day = random.int(in: 1...Self.days(inMonth: month, year: year))
        hour = random.int(in: 0...23)
        minute = random.int(in: 0...59)
    }

    /// `2022-06-10`.
    var iso: String { "\(year)-\(Self.pad(month))-\(Self.pad(day))" }

    /// The header line for `form`; nil for a date written in front of the title.
    func line(_ form: CorpusOutlet.DateForm, _ random: inout CorpusRandom) -> String? {
        let monthName = CorpusPhraseLists.months[month - 1]
        switch form {
        case .titlePrefix:
            return nil
        case .published:
            let clock = "\((hour + 11) % 12 + 1):\(Self.pad(minute)) \(hour < 12 ? "AM" : "PM")"
            return "\(random.chance(0.7) ? "Published" : "Updated"): \(monthName) \(day), \(year) \(clock) \(random.pick(["ET", "GMT", "CET"]))"
        case .dayFirst:
            return "\(random.chance(0.5) ? "Posted on " : "")\(day) \(monthName) \(year)"
        case .weekday:
            return "\(weekday), \(monthName) \(day), \(year)"
        case .iso:
            return iso
        case .dotted:
            return "\(Self.pad(day)).\(Self.pad(month)).\(year) \(Self.pad(hour)):\(Self.pad(minute))"
        }
    }

    /// The day of the week, by Zeller's congruence.
    var weekday: String {
        let m = month < 3 ? month + 12 : month
        let y = month < 3 ? year - 1 : year
        let h = (day + 13 * (m + 1) / 5 + y % 100 + y % 100 / 4 + y / 400 - 2 * (y / 100) + 700) % 7
        // Zeller counts from Saturday; the list starts on Monday.
        return CorpusPhraseLists.weekdays[(h + 5) % 7]
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
