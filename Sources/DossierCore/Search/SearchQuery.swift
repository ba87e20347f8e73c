/// A search as a reader types it, checked and turned into an FTS5 expression: words (all must occur), `"exact
/// phrases"`, `prefix*`, `OR` between two terms, and `-word` to exclude. Every word reaches SQLite quoted, so
/// nothing typed can be read as FTS5 syntax.
public struct SearchQuery: Equatable, Sendable {
    /// The FTS5 `MATCH` expression.
    public let expression: String
    /// The terms that must all occur, each with its alternatives (`a OR b` is one entry of two terms).
    public let required: [[Term]]
    /// The terms that must not occur.
    public let excluded: [Term]

    /// One typed word, phrase or prefix: its words as the tokenizer sees them; with `isPrefix`, the last word
    /// need only begin a word of the text.
    public struct Term: Equatable, Sendable {
        public let words: [String]
        public let isPrefix: Bool
    }

    /// The longest search taken, in characters.
    public static let maximumLength = 1_000
    /// The most distinct terms (words, phrases and prefixes, wanted or excluded) a search may have.
    public static let maximumTerms = 32

    /// Parses `text`, or throws a `SearchQueryError` saying what is wrong with it. A term repeated counts once; a
    /// search longer than `maximumLength` or with more than `maximumTerms` distinct terms is refused, so that no
    /// query makes the work of a search grow without bound.
    public init(_ text: String) throws(SearchQueryError) {
        guard text.count <= Self.maximumLength else { throw .tooLong(Self.maximumLength) }
        var clauses: [String] = []
        var excluded: [String] = []
        var required: [[Term]] = []
        var excludedTerms: [Term] = []
        var pendingOr = false
        var rest = Substring(text)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            guard let first = rest.first else { break }
            var negated = false
            if first == "-" { negated = true; rest = rest.dropFirst() }
            var term: String
            if rest.first == "\"" {
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: "\"") else { throw .unclosedQuote }
                term = String(rest[..<close])
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                term = String(rest[..<end])
                rest = rest[end...]
                if !negated, term == "OR" {
                    guard !clauses.isEmpty, !pendingOr else { throw .misplacedOr }
                    pendingOr = true
                    continue
                }
            }
            let prefix = term.hasSuffix("*")
            if prefix { term.removeLast() }
            let words = Self.words(term)
            guard !words.isEmpty else { throw prefix ? .bareWildcard : .noWords(term) }
            let phrase = "\"" + words.joined(separator: " ") + "\"" + (prefix ? "*" : "")
            let parsed = Term(words: words, isPrefix: prefix)
            if negated {
                guard !pendingOr else { throw .misplacedOr }
                excluded.append(phrase)
                excludedTerms.append(parsed)
            } else if pendingOr {
                clauses[clauses.count - 1] = "(" + clauses[clauses.count - 1] + " OR " + phrase + ")"
                required[required.count - 1].append(parsed)
                pendingOr = false
            } else {
                clauses.append(phrase)
                required.append([parsed])
            }
        }
        guard !pendingOr else { throw .misplacedOr }
        guard !clauses.isEmpty else { throw excluded.isEmpty ? .empty : .onlyExclusions }
        // Each clause once: `a a a` asks what `a` does.
        var seen = Set<String>()
        let kept = clauses.indices.filter { seen.insert(clauses[$0]).inserted }
        var seenExcluded = Set<String>()
        let keptExcluded = excluded.indices.filter { seenExcluded.insert(excluded[$0]).inserted }
        let terms = kept.reduce(0) { $0 + required[$1].count } + keptExcluded.count
        guard terms <= Self.maximumTerms else { throw .tooManyTerms(Self.maximumTerms) }
        expression = kept.map { clauses[$0] }.joined(separator: " AND ") + keptExcluded.map { " NOT " + excluded[$0] }.joined()
        self.required = kept.map { required[$0] }
        self.excluded = keptExcluded.map { excludedTerms[$0] }
    }

    /// The words of a term as FTS5's tokenizer sees them: runs of letters, digits and marks.
    static func words(_ term: String) -> [String] {
        term.split { !($0.isLetter || $0.isNumber || $0.unicodeScalars.first?.properties.isGraphemeExtend == true) }.map(String.init)
    }
}

/// What is wrong with a search, in a reader's words.
public enum SearchQueryError: Error, CustomStringConvertible, Equatable {
    case empty
    case unclosedQuote
    case misplacedOr
    case bareWildcard
    case onlyExclusions
    case noWords(String)
    case tooLong(Int)
    case tooManyTerms(Int)

    public var description: String {
        switch self {
        case .empty: "the search is empty"
        case .unclosedQuote: "a quoted phrase is not closed: add the closing \""
        case .misplacedOr: "OR must stand between two search terms, as in: drone OR missile"
        case .bareWildcard: "* must end a word, as in: surveil*"
        case .onlyExclusions: "a search cannot only exclude words: add a word to look for"
        case .noWords(let term): "\"\(term)\" has no letters or digits to search for"
        case .tooLong(let limit): "the search is longer than \(limit) characters: shorten it"
        case .tooManyTerms(let limit): "the search has more than \(limit) different terms: use fewer"
        }
    }
}
