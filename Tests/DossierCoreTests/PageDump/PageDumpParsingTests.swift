@testable import DossierCore
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

    @Test func aBylineThatDatesTheArticleGivesTheNameAndTheDate() throws {
        let (lines, _) = try PageDumpFixtures.page("comments")
        let article = ArticleParser().parse(lines: lines, path: "comments.txt")
        #expect(article.byline == "Tom Barrett")
        #expect(article.date == "2022-04-12")
    }

    @Test(arguments: [
        ("Ann Lee on June 10, 2022, 6:21 AM EST", "Ann Lee", "2022-06-10"),
        ("Moritz Keller publiziert am 30. Juli 2018", "Moritz Keller", nil),
        ("Ann Lee | 2022-06-10", "Ann Lee", "2022-06-10"),
        ("Ann Lee, Nov. 3 2021", "Ann Lee", "2021-11-03"),
        ("Ann Lee and Omar Haddad", "Ann Lee and Omar Haddad", nil),
    ] as [(String, String, String?)])
    func bylineNameAndDate(_ byline: String, _ name: String, _ date: String?) {
        let found = PageDumpReading.nameAndDate(byline)
        #expect(found.name == name)
        #expect(found.date == date)
    }

    @Test func aCaptionLineBecomesAFigureWithItsCredit() throws {
        let (lines, _) = try PageDumpFixtures.page("captions")
        let article = ArticleParser().parse(lines: lines, path: "captions.txt")
        let figure = try #require(article.blocks(.figure).first)
        #expect(figure.text == "Passengers waited on the pier at dawn to hear the decision")
        #expect(figure.credit == "GETTY")
        #expect(article.byline == "Ann Lee")
    }

    /// A saved page whose headline is not repeated above the article: its first line, the page's title, is it.
    @Test func thePagesFirstLineTitlesItWhenNothingElseDoes() throws {
        var (lines, _) = try PageDumpFixtures.page("menus")
        let headline = lines[0].components(separatedBy: " - ")[0]
        lines.removeAll { $0 == headline }
        let roles = try #require(PageDumpReading.detector.rolesIfPageDump(lines))
        #expect(!roles.contains(.title), "the classifier finds no title: the first-line rule gives it")
        let article = ArticleParser().parse(lines: lines, path: "menus.txt")
        #expect(article.title == headline)
        #expect(article.publisher == "Coastal Herald")
        try LineAccounting.check(article, lines: lines)
    }

    @Test(arguments: [
        ("Michael Webb: Dramatic video shows rescue of victim in hotel - CBS News", true),
        ("How to retire early, step by step: Earn, save, and invest more", true),
        ("Skip to main content", false),
        ("Home", false),
        ("The council voted on Tuesday to approve a new ferry timetable.", false),
    ])
    func aFirstLineReadsAsAHeadline(_ line: String, _ expected: Bool) {
        #expect(PageDumpReading.readsAsHeadline(line) == expected)
    }

    @Test func titleSuffixGivesThePublisher() throws {
        let (lines, _) = try PageDumpFixtures.page("comments")
        let article = ArticleParser().parse(lines: lines, path: "comments.txt")
        #expect(article.publisher == "Valley Times")
    }
}
