import DossierCore
import Testing

/// `OR`, parentheses, `path:` and `folder:` in the filter language.
@Suite("Query groups and places")
struct QueryGroupTests {
    func article(_ path: String, _ title: String) -> Article {
        ArticleParser().parse(lines: [title, "", "The text of \(title.lowercased()) goes on here."], path: path)
    }

    var articles: [Article] {
        [article("world/europe/a.txt", "Bridge closes"), article("world/asia/b.txt", "Budget vote"), article("sport/c.txt", "Cup final")]
    }

    var marks: [ArticleID: ArticleMarks] {
        [articles[0].id: ArticleMarks(isStarred: true), articles[2].id: ArticleMarks(tags: ["cup"])]
    }

    func titles(_ text: String) throws -> [String] {
        let evaluator = QueryEvaluator(query: try Query(parsing: text), marks: marks, index: nil, search: ArticleTextScan(articles: articles))
        return evaluator.filter(articles).compactMap(\.title)
    }

    @Test func orAndParentheses() throws {
        #expect(try titles("is:starred OR tag:cup") == ["Bridge closes", "Cup final"])
        #expect(try titles("is:starred OR tag:cup final") == ["Cup final"], "OR binds the two terms around it")
        #expect(try titles("-(is:starred OR tag:cup)") == ["Budget vote"])
        #expect(try titles("(bridge OR budget) -is:starred") == ["Budget vote"], "text terms inside groups are looked up")
        #expect(try titles("or") == [], "or in lower case is a word")
        let query = try Query(parsing: "(a OR b) c")
        #expect(query.terms == [QueryTerm(.anyOf([QueryTerm(.text("a")), QueryTerm(.text("b"))])), QueryTerm(.text("c"))])
        #expect(query.needsLookups)
    }

    @Test func pathAndFolder() throws {
        #expect(try titles("folder:world") == ["Bridge closes", "Budget vote"])
        #expect(try titles("folder:EUROPE") == ["Bridge closes"])
        #expect(try titles("folder:world/") == ["Bridge closes", "Budget vote"])
        #expect(try titles("folder:a.txt") == [], "the file's own name is not a folder")
        #expect(try titles("path:asia/b") == ["Budget vote"])
        #expect(try titles("-folder:world") == ["Cup final"])
    }

    @Test(arguments: [
        ("(a b", 1, "“(” without “)”"), ("a)", 2, "“)” without “(”"), ("OR a", 1, "“OR” needs a term on each side"),
        ("a OR", 3, "“OR” needs a term on each side"), ("a OR OR b", 3, "“OR” needs a term on each side"), ("()", 1, "empty parentheses"),
    ])
    func badGroupsSayWhere(text: String, column: Int, message: String) {
        #expect(throws: QueryError(column: column, message)) { try Query(parsing: text) }
    }
}
