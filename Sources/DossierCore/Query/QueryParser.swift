import Foundation

/// Parses the filter language. Terms are separated by white space and must all hold:
/// a word or `"quoted phrase"` (full text), `field:value` or `field:"quoted value"` for the fields `is`, `has`,
/// `tag`, `entity`, `source`, `path`, `folder`, `after` and `before`, `-` before a term negates it, `OR` between
/// two terms has one of them hold (as in search: `a OR b c` is `(a OR b) c`), and parentheses group terms.
struct QueryParser {
    private let characters: [Character]
    private var index = 0

    static let fields = ["is", "has", "tag", "entity", "source", "path", "folder", "after", "before"]

    init(_ text: String) { characters = Array(text) }

    mutating func parse() throws(QueryError) -> Query {
        let terms = try conjunction()
        if index < characters.count { throw QueryError(column: index + 1, "“)” without “(”") }
        return Query(terms: terms)
    }

    /// Terms up to the end or a closing parenthesis, with `OR` joining the two around it.
    private mutating func conjunction() throws(QueryError) -> [QueryTerm] {
        var terms: [QueryTerm] = []
        while true {
            skipSpace()
            guard index < characters.count, characters[index] != ")" else { break }
            if atOr {
                throw QueryError(column: index + 1, "“OR” needs a term on each side")
            }
            var alternatives = [try term()]
            while true {
                let before = index
                skipSpace()
                guard atOr else { index = before; break }
                let or = index
                index += 2
                skipSpace()
                guard index < characters.count, characters[index] != ")", !atOr else {
                    throw QueryError(column: or + 1, "“OR” needs a term on each side")
                }
                alternatives.append(try term())
            }
            terms.append(alternatives.count == 1 ? alternatives[0] : QueryTerm(.anyOf(alternatives)))
        }
        return terms
    }

    /// Whether the next word is `OR` (in capitals, as in search; `or` is a word).
    private var atOr: Bool {
        index + 1 < characters.count && characters[index] == "O" && characters[index + 1] == "R"
            && (index + 2 == characters.count || characters[index + 2].isWhitespace || characters[index + 2] == "(" || characters[index + 2] == ")")
    }

    private mutating func term() throws(QueryError) -> QueryTerm {
        var negated = false
        if characters[index] == "-" {
            negated = true
            index += 1
            guard index < characters.count, !characters[index].isWhitespace else {
                throw QueryError(column: index, "expected a word, phrase or field:value after “-”")
            }
        }
        if characters[index] == "\"" { return QueryTerm(.text(try quoted(what: "phrase")), negated: negated) }
        if characters[index] == "(" {
            let open = index
            index += 1
            let terms = try conjunction()
            guard index < characters.count, characters[index] == ")" else { throw QueryError(column: open + 1, "“(” without “)”") }
            index += 1
            guard !terms.isEmpty else { throw QueryError(column: open + 1, "empty parentheses") }
            return QueryTerm(terms.count == 1 && !terms[0].isNegated ? terms[0].predicate : .all(terms), negated: negated)
        }
        if characters[index] == ")" { throw QueryError(column: index + 1, "“)” without “(”") }
        let start = index
        while index < characters.count, characters[index].isLetter { index += 1 }
        if index > start, index < characters.count, characters[index] == ":" {
            let name = String(characters[start ..< index]).lowercased()
            guard Self.fields.contains(name) else {
                throw QueryError(column: start + 1, "unknown field “\(name):”; expected one of "
                    + Self.fields.map { $0 + ":" }.joined(separator: " ") + " (quote the text to search for it)")
            }
            index += 1
            return QueryTerm(try predicate(field: name), negated: negated)
        }
        index = start
        return QueryTerm(.text(bare()), negated: negated)
    }

    private mutating func predicate(field: String) throws(QueryError) -> QueryPredicate {
        let column = index + 1
        guard index < characters.count, !characters[index].isWhitespace else {
            throw QueryError(column: column, "expected a value after “\(field):”" + Self.hint(field))
        }
        let value = characters[index] == "\"" ? try quoted(what: "value") : bare()
        switch field {
        case "is":
            guard let state = ArticleState(rawValue: value.lowercased()) else {
                throw QueryError(column: column, "unknown state “\(value)”;" + Self.hint(field))
            }
            return .state(state)
        case "has":
            guard let attachment = ArticleAttachment(rawValue: value.lowercased()) else {
                throw QueryError(column: column, "unknown attachment “\(value)”;" + Self.hint(field))
            }
            return .has(attachment)
        case "tag": return .tag(value.trimmingCharacters(in: .whitespaces).lowercased())
        case "entity": return .entity(value)
        case "source": return .source(value)
        case "path": return .path(value)
        case "folder": return .folder(value.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
        default:
            guard Self.isDate(value) else {
                throw QueryError(column: column, "expected a date as YYYY-MM-DD after “\(field):”, found “\(value)”")
            }
            return field == "after" ? .after(value) : .before(value)
        }
    }

    private static func hint(_ field: String) -> String {
        switch field {
        case "is": " expected " + ArticleState.allCases.map(\.rawValue).joined(separator: ", ")
        case "has": " expected " + ArticleAttachment.allCases.map(\.rawValue).joined(separator: ", ")
        case "after", "before": " (a date as YYYY-MM-DD)"
        default: ""
        }
    }

    /// Reads a `"…"` run (the index is on the opening quote); a quote is written inside as `""`.
    private mutating func quoted(what: String) throws(QueryError) -> String {
        let open = index
        index += 1
        var text = ""
        while index < characters.count {
            if characters[index] == "\"" {
                if index + 1 < characters.count, characters[index + 1] == "\"" {
                    text.append("\"")
                    index += 2
                    continue
                }
                index += 1
                guard !text.allSatisfy(\.isWhitespace) else { throw QueryError(column: open + 1, "empty quoted \(what)") }
                return text
            }
            text.append(characters[index])
            index += 1
        }
        throw QueryError(column: open + 1, "unterminated quoted \(what): expected a closing quote (\")")
    }

    /// A word, up to white space or a closing parenthesis.
    private mutating func bare() -> String {
        let start = index
        while index < characters.count, !characters[index].isWhitespace, characters[index] != ")" { index += 1 }
        return String(characters[start ..< index])
    }

    private mutating func skipSpace() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    /// Whether `text` is a real calendar day written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        let components = DateComponents(calendar: Calendar(identifier: .gregorian), year: year, month: month, day: day)
        return components.isValidDate
    }
}
