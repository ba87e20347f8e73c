/// An invented news site, with the house style its scraped pages keep: how the scraper laid out the text, how
/// names and quotations are written, and the date and byline forms of its header.
struct CorpusOutlet: Sendable {
    /// How the scraper wrote a page's text.
    enum Layout: Sendable {
        /// Title, header lines and paragraphs separated by blank lines.
        case spaced
        /// Indented lines one per paragraph, no blank lines, bullets and gallery leftovers between them.
        case indented
        /// Paragraphs hard-wrapped at 72 columns, as `lynx -dump` writes them.
        case wrapped
        /// A wire story: a `PLACE (Agency) -` dateline opens the text, a `Reporting by` line closes it.
        case wire
    }

    /// How a header gives the publication date.
    enum DateForm: Sendable {
        /// `date 2022-06-10` in front of the title.
        case titlePrefix
        /// `Published: June 10, 2022 10:30 AM ET`.
        case published
        /// `Posted on 14 March 2021`.
        case dayFirst
        /// `Monday, June 10, 2022`.
        case weekday
        /// `2022-06-10`.
        case iso
        /// `10.06.2022 09:14`.
        case dotted
    }

    /// How a header names the writer.
    enum BylineForm: Sendable { case by, byPair, writtenBy, author, staff }

    let name: String
    let layout: Layout
    /// Whether later mentions of a person read `Ms Marchetti` rather than `Marchetti`.
    let honorifics: Bool
    /// Whether quotations use “curly” rather than "straight" marks.
    let curlyQuotes: Bool
    /// The separator of a `Title - Outlet` page title, when the scraper keeps the site name.
    let titleSeparator: String?
    /// Date forms of the header; empty for a site whose pages give none.
    let dateForms: [DateForm]
    /// The share of articles that carry a date.
    let datedShare: Double
    let bylineForms: [BylineForm]
    /// What follows a number to make a percentage: `%`, ` per cent` or ` percent`.
    let percent: String

    /// The sites of every corpus, most prolific first.
    static let all: [CorpusOutlet] = [
        CorpusOutlet(name: "Daily Meridian", layout: .spaced, honorifics: false, curlyQuotes: true, titleSeparator: " - ",
                     dateForms: [.published, .weekday], datedShare: 0.8, bylineForms: [.by, .byPair], percent: "%"),
        CorpusOutlet(name: "The Harbour Ledger", layout: .indented, honorifics: false, curlyQuotes: true, titleSeparator: nil,
                     dateForms: [.iso], datedShare: 0.5, bylineForms: [.by], percent: " percent"),
        CorpusOutlet(name: "Northgate Times", layout: .wrapped, honorifics: true, curlyQuotes: false, titleSeparator: " | ",
                     dateForms: [.dayFirst], datedShare: 0.9, bylineForms: [.by, .writtenBy], percent: " per cent"),
        CorpusOutlet(name: "Norden Press", layout: .wire, honorifics: false, curlyQuotes: false, titleSeparator: nil,
                     dateForms: [.published], datedShare: 0.9, bylineForms: [.by], percent: "%"),
        CorpusOutlet(name: "Coastline Post", layout: .spaced, honorifics: true, curlyQuotes: true, titleSeparator: " - ",
                     dateForms: [.titlePrefix], datedShare: 0.7, bylineForms: [.by, .staff], percent: " per cent"),
        CorpusOutlet(name: "Evening Courier", layout: .spaced, honorifics: true, curlyQuotes: false, titleSeparator: nil,
                     dateForms: [.dotted, .dayFirst], datedShare: 0.6, bylineForms: [.author], percent: " per cent"),
        CorpusOutlet(name: "The Civic Record", layout: .indented, honorifics: false, curlyQuotes: true, titleSeparator: " - ",
                     dateForms: [.weekday], datedShare: 0.7, bylineForms: [.by], percent: "%"),
        CorpusOutlet(name: "Valley Herald", layout: .spaced, honorifics: false, curlyQuotes: false, titleSeparator: " | ",
                     dateForms: [.iso, .published], datedShare: 0.8, bylineForms: [.by, .writtenBy], percent: " percent"),
        CorpusOutlet(name: "Capital Wire", layout: .wire, honorifics: false, curlyQuotes: true, titleSeparator: " - ",
                     dateForms: [.published], datedShare: 0.9, bylineForms: [.by, .byPair], percent: "%"),
        CorpusOutlet(name: "The Morning Lantern", layout: .wrapped, honorifics: true, curlyQuotes: true, titleSeparator: nil,
                     dateForms: [.weekday], datedShare: 0.6, bylineForms: [.by], percent: " per cent"),
        CorpusOutlet(name: "Continental Review", layout: .spaced, honorifics: true, curlyQuotes: true, titleSeparator: " - ",
                     dateForms: [.dayFirst], datedShare: 0.7, bylineForms: [.writtenBy, .by], percent: " per cent"),
        CorpusOutlet(name: "Metro Dispatch", layout: .indented, honorifics: false, curlyQuotes: false, titleSeparator: " | ",
                     dateForms: [.published], datedShare: 0.5, bylineForms: [.by, .staff], percent: "%"),
        CorpusOutlet(name: "Riverside Gazette", layout: .spaced, honorifics: false, curlyQuotes: true, titleSeparator: nil,
                     dateForms: [.titlePrefix, .iso], datedShare: 0.6, bylineForms: [.by], percent: " percent"),
        CorpusOutlet(name: "Signal News", layout: .spaced, honorifics: false, curlyQuotes: false, titleSeparator: " - ",
                     dateForms: [], datedShare: 0, bylineForms: [.author, .by], percent: "%"),
        CorpusOutlet(name: "Kingsmoor Observer", layout: .wrapped, honorifics: true, curlyQuotes: false, titleSeparator: " - ",
                     dateForms: [.dayFirst], datedShare: 0.8, bylineForms: [.by], percent: " per cent"),
        CorpusOutlet(name: "Open Press Online", layout: .indented, honorifics: false, curlyQuotes: true, titleSeparator: nil,
                     dateForms: [.dotted], datedShare: 0.5, bylineForms: [.by, .author], percent: "%"),
    ]

    /// Outlets by how many articles they publish.
    static let ranks = CorpusZipf(count: all.count, exponent: 0.7, shift: 1)

    /// News agencies whose name a page credits in a `Name|` line under the title.
    static let wireAgencies = ["Norden Press", "Lantern Wire", "Eastgate News Service"]

    /// Photo agencies and credit names of captions.
    static let photoAgencies = [
        "Norden Press", "Meridian Images", "Lantern Wire", "Halcyon Photo", "Eastgate News Service", "Pool", "Handout",
    ]
}
