import Foundation

/// Parses the filter language. Terms are separated by white space and must all hold:
/// a word or `"quoted phrase"` (full text), `field:value` or `field:"quoted value"` for the fields `is`, `has`,
/// `tag`, `entity`, `source`, `after` and `before`, and `-` before a term negates it.
struct QueryParser {
    private let characters: [Character]
    private var index = 0

    static let fields = ["is", "has", "tag", "entity", "source", "after", "before"]

    init(_ text: String) { characters = Array(text) }

    mutating func parse() throws(QueryError) -> Query {
        var terms: [QueryTerm] = []
        while true {
            skipSpace()
            guard index < characters.count else { break }
            terms.append(try term())
        }
        return Query(terms: terms)
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

    private mutating func bare() -> String {
        let start = index
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
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
