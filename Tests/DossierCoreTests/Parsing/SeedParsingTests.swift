import Foundation
import DossierCore
import Testing

/// The two sample articles parse to exactly the structure the product promises.
@Suite struct SeedParsingTests {
    @Test func firstSeed() throws {
        let article = try loadArticle(Repository.seed("000_60547e2e5f7a7922.txt"))
        #expect(article.title == "‘Israel’ Pushing Biden to Remove Pegasus Spyware from US Blacklist")
        #expect(article.date == "2022-06-10")
        #expect(article.byline == "Staff, Agencies")
        #expect(article.blocks(.paragraph).count == 11)
        #expect(article.blocks(.figure).isEmpty)
        #expect(article.blocks(.furniture).isEmpty)
        #expect(article.standfirst == nil)
        #expect(article.blocks(.paragraph).first?.text.hasPrefix("The Zionist occupation regime officials") == true)
        #expect(article.blocks(.paragraph).last?.text.hasSuffix("from the blacklist.") == true)
    }

    @Test func secondSeed() throws {
        let article = try loadArticle(Repository.seed("001_eb7e6b817fb86c01.txt"))
        #expect(article.title == "Israel said lobbying U.S. to reverse blacklisting of spyware firms")
        #expect(article.standfirst?.hasPrefix("Reports in U.S. media say") == true)
        #expect(article.credit == "i24NEWS")
        #expect(article.date == nil)
        #expect(article.publisher == "Ynetnews")

        let paragraphs = article.blocks(.paragraph)
        #expect(paragraphs.count == 7)
        #expect(paragraphs[1].text.hasPrefix("The two companies were sanctioned"))
        #expect(paragraphs.allSatisfy { !$0.text.hasPrefix("•") && !$0.text.hasPrefix(" ") })

        let figures = article.blocks(.figure)
        #expect(figures.count == 2)
        #expect(figures[0].text == "NSO Group's offices in Israel")
        #expect(figures[0].credit == "AFP")
        #expect(figures[0].alt?.count == 1)
        #expect(figures[0].alt?.first?.unicodeScalars.contains { (0x0590...0x05FF).contains($0.value) } == true)
        #expect(figures[1].text == "NSO CEO Shalev Hulio")
        #expect(figures[1].credit == "Avital Peleg")
        #expect(figures[1].alt == nil)
        #expect(figures[1].lines.count == 4, "three repeated caption lines and the credit collapse into one figure")

        let furniture = article.blocks(.furniture)
        #expect(furniture.map(\.reason) == ["social follow", "gallery", "gallery", "comments", "stray punctuation"])
        #expect(furniture[0].text.contains("Follow"))
        #expect(furniture[3].text.hasPrefix("Comments\n"))
        #expect(furniture[3].lines.count == 2)
        #expect(furniture[4].text == "\"\"")
    }

    @Test(arguments: ["000_60547e2e5f7a7922.txt", "001_eb7e6b817fb86c01.txt"])
    func seedsAccountForEveryLine(name: String) throws {
        let article = try loadArticle(Repository.seed(name))
        try LineAccounting.check(article, lines: TextDecoding.decode(Array(try Data(contentsOf: Repository.seeds.appendingPathComponent(name)))).lines)
    }
}
