import DossierCore
import Testing

@Suite("Query parser")
struct QueryParserTests {
    @Test func parsesEveryKindOfTerm() throws {
        let query = try Query(parsing: #"spyware "export licence" is:unread -is:archived has:note has:highlight tag:Lobbying entity:"NSO Group" source:reuters after:2022-01-01 before:2022-12-31 -"press release""#)
        #expect(query.terms == [
            QueryTerm(.text("spyware")), QueryTerm(.text("export licence")), QueryTerm(.state(.unread)),
            QueryTerm(.state(.archived), negated: true), QueryTerm(.has(.note)), QueryTerm(.has(.highlight)),
            QueryTerm(.tag("lobbying")), QueryTerm(.entity("NSO Group")), QueryTerm(.source("reuters")),
            QueryTerm(.after("2022-01-01")), QueryTerm(.before("2022-12-31")), QueryTerm(.text("press release"), negated: true),
        ])
        #expect(query.usesEntities)
    }

    @Test func anEmptyQueryHasNoTerms() throws {
        #expect(try Query(parsing: "   ").terms.isEmpty)
        #expect(try !Query(parsing: "is:read").usesEntities)
    }

    @Test func quotesInsideAQuotedValueAreDoubled() throws {
        #expect(try Query(parsing: #""the ""Pegasus"" file""#).terms == [QueryTerm(.text(#"the "Pegasus" file"#))])
    }

    @Test(arguments: [
        ("is:maybe", 4, "unknown state “maybe”; expected read, unread, starred, archived"),
        ("has:", 5, "expected a value after “has:” expected note, highlight"),
        ("tag: x", 5, "expected a value after “tag:”"),
        ("spyware colour:red", 9, "unknown field “colour:”"),
        (#"entity:"NSO Group"#, 8, "unterminated quoted value: expected a closing quote (\")"),
        (#"a "open phrase"#, 3, "unterminated quoted phrase"),
        ("a - b", 3, "expected a word, phrase or field:value after “-”"),
        ("after:2022-02-30", 7, "expected a date as YYYY-MM-DD after “after:”, found “2022-02-30”"),
        ("before:22-1-1", 8, "expected a date as YYYY-MM-DD"),
        (#"x """#, 3, "empty quoted phrase"),
    ])
    func badQueriesSayWhereAndWhatWasExpected(query: String, column: Int, message: String) {
        #expect {
            _ = try Query(parsing: query)
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.column == column && error.message.hasPrefix(message) && "\(error)".hasPrefix("column \(column): ")
        }
    }
}
