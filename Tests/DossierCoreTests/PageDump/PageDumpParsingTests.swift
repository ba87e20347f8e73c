import DossierCore
import Testing

/// Page dumps through the whole parser: the article's lines become paragraphs, the rest folds into furniture, and
/// every line is still accounted for.
@Suite struct PageDumpParsingTests {
    @Test(arguments: PageDumpFixtures.names)
    func bodyBecomesParagraphsAndEveryLineIsAccountedFor(name: String) throws {
        let (lines, body) = try PageDumpFixtures.page(name)
        let article = ArticleParser().parse(lines: lines, path: name + ".txt")
        #expect(article.blocks(.paragraph).map(\.text) == body)
        #expect(!article.blocks(.furniture).isEmpty)
        #expect(article.title != nil)
        try LineAccounting.check(article, lines: lines)
    }

    @Test func titleSuffixGivesThePublisher() throws {
        let (lines, _) = try PageDumpFixtures.page("comments")
        let article = ArticleParser().parse(lines: lines, path: "comments.txt")
        #expect(article.publisher == "Valley Times")
    }
}
