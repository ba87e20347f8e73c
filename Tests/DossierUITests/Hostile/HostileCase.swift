import DossierCore

/// One hostile input of the suite: how to make it in a scratch folder, and what loading it must give.
struct HostileCase: Sendable, CustomStringConvertible {
    /// The family the report counts it under, such as `invalid UTF-8`.
    let family: String
    let name: String
    /// Creates the input in the folder and returns the path to open.
    let make: @Sendable (ScratchFolder) throws -> String
    let expected: Expectation
    /// Meddling with the input on another thread while it loads, for files that vanish or change mid-read.
    var interference: (@Sendable (String) -> Void)?
    /// Load as an unprivileged user (a root process reads any file, so permission cases need it).
    var unprivileged = false

    var description: String { "\(family): \(name)" }
}

/// What loading a hostile input must give, besides surviving it within the time and memory bounds.
struct Expectation: Sendable {
    /// How many articles load; nil when a race decides.
    var articles: Int?
    /// The problems, in order; nil when a race decides.
    var problems: [LoadProblem.Reason]?
    /// Text that must appear on some rendered frame: the input's content made visible, placeholders included.
    var shows: [String] = []
    /// A check of each loaded article, returning what is wrong with it.
    var check: (@Sendable (Article) -> String?)?

    /// One article, showing `shows`, passing `check`.
    static func article(shows: [String] = [], check: (@Sendable (Article) -> String?)? = nil) -> Expectation {
        Expectation(articles: 1, problems: [], shows: shows, check: check)
    }

    /// No article, and this one problem.
    static func problem(_ reason: LoadProblem.Reason) -> Expectation {
        Expectation(articles: 0, problems: [reason])
    }

    /// Whatever a race gives: the checks on problems and rendering still apply.
    static let raced = Expectation(articles: nil, problems: nil)
}

/// Article checks shared by the families.
enum ArticleChecks {
    /// The article was decoded with `encoding`.
    static func encoding(_ encoding: TextEncoding) -> @Sendable (Article) -> String? {
        { $0.encoding == encoding ? nil : "decoded as \($0.encoding.rawValue), expected \(encoding.rawValue)" }
    }

    /// The article fell back to Windows-1252, and its note names the first bad byte's offset.
    static func fallback(at offset: Int) -> @Sendable (Article) -> String? {
        { article in
            guard article.encoding == .windows1252 else { return "decoded as \(article.encoding.rawValue), expected the Windows-1252 fallback" }
            let note = "not valid UTF-8 at byte \(offset);"
            return article.notes.contains { $0.contains(note) } ? nil : "notes \(article.notes) do not say “\(note)”"
        }
    }

    /// The article's line ending is `ending`.
    static func lineEnding(_ ending: LineEnding) -> @Sendable (Article) -> String? {
        { $0.lineEnding == ending ? nil : "line ending \($0.lineEnding.rawValue), expected \(ending.rawValue)" }
    }

    /// The article has `count` raw lines.
    static func lineCount(_ count: Int) -> @Sendable (Article) -> String? {
        { $0.lineCount == count ? nil : "\($0.lineCount) lines, expected \(count)" }
    }
}
