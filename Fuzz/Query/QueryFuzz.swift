import DossierCore

/// Three small articles to evaluate parsed filters on.
private let articles = [
    "Harbour contract awarded\n\nBy Jane Roe\n\nThe council awarded the harbour contract on Friday.\n",
    "Residents protest\n\nDozens of residents marched on Saturday against the plan.\n",
    "Budget passes\n\nThe budget passed after a long night, officials said.\n",
].enumerated().map { ArticleParser().parse(TextDecoding.decode(Array($0.element.utf8)), path: "article-\($0.offset).txt") }

private let search = ArticleTextScan(articles: articles)

/// The libFuzzer test for the filter language: any text either parses, and then evaluates over a few articles
/// to a subset of them, or fails with an error whose column lies within the text (or just after it).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let query = try Query(parsing: text)
        let marks = [articles[0].id: ArticleMarks(isRead: true, isStarred: true, tags: ["fuzz"])]
        let matched = QueryEvaluator(query: query, marks: marks, index: nil, search: search).filter(articles)
        precondition(matched.count <= articles.count && matched.allSatisfy { found in articles.contains { $0.id == found.id } },
                     "the filter admitted articles it was not given")
    } catch {
        precondition((1...text.count + 1).contains(error.column), "error column \(error.column) outside a text of \(text.count) characters")
        precondition(!error.message.isEmpty, "an error without a message")
    }
    return 0
}
