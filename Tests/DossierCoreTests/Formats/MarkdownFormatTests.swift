import Foundation
import Testing
@testable import DossierCore

/// Markdown clippings: Obsidian Web Clipper's front matter and Jina Reader's header lines give the header, each field
/// with its key and lines; the body gives paragraphs, figures and links; broken front matter is folded with a note.
struct MarkdownFormatTests {
    func load(_ name: String) throws -> Article {
        try CollectionLoader().read(Repository.fixture("Markdown/" + name)).get()
    }

    @Test func obsidianFrontMatterGivesTheHeaderWithItsSources() throws {
        let article = try load("obsidian.md")
        #expect(article.format == .markdown)
        #expect(article.title == "Harbour quay to close for repairs")
        #expect(article.url == "https://www.example.com/news/harbour-quay")
        #expect(article.byline == "Ann Lee, B. Chen")
        #expect(article.date == "2021-06-11")
        #expect(article.standfirst == "Divers found cracks in the oldest pillars.")
        #expect(article.tags == ["clippings", "harbour"])
        let fields = Dictionary(uniqueKeysWithValues: article.header.map { ($0.kind, $0) })
        #expect(fields[.title]?.source == "front matter title")
        #expect(fields[.title]?.lines == LineRange(line: 2))
        #expect(fields[.url]?.source == "front matter source")
        #expect(fields[.byline]?.source == "front matter author")
        #expect(fields[.byline]?.lines == LineRange(5, 6))
        #expect(fields[.date]?.lines == LineRange(line: 7))
        #expect(fields[.tags]?.lines == LineRange(11, 12))
    }

    @Test func theBodyGivesParagraphsWithoutMarkupAFigureAndTheLinksItMayOpen() throws {
        let article = try load("obsidian.md")
        #expect(article.blocks(.paragraph).map(\.text) == [
            "The harbour authority said on Tuesday that the northern quay would close for repairs, after divers found cracks in its oldest pillars.",
            "Ferry operators, who carry about four thousand passengers a day, will move to the southern berths until the work is done, the authority said.",
            "What it costs",
            "Repairs will cost about twelve million euros, according to the council.",
            "The council approved the budget in a late session on Monday night.",
            "\"We could not wait another winter,\" the harbour master said.",
            "Read the statement or the full budget.",
        ])
        let headline = try #require(article.blocks.first { $0.reason == "headline" })
        #expect(headline.lines == LineRange(line: 14))
        let figure = try #require(article.blocks(.figure).first)
        #expect(figure.text == "The northern quay at dawn, seen from the ferry.")
        #expect(figure.lines == LineRange(18, 19))
        let ferry = article.blocks(.paragraph)[1]
        #expect(ferry.lines == LineRange(21, 22))
        #expect(ferry.source == "Markdown paragraph")
        #expect(ferry.links == [InlineLink(start: 82, length: 15, url: "https://www.example.com/maps/south")])
        // `javascript:` is no target: its words stay, its address goes.
        let last = article.blocks(.paragraph)[6]
        #expect(last.links == [InlineLink(start: 26, length: 11, url: "https://council.example.org/budget")])
        #expect(article.blocks(.paragraph)[2].source == "Markdown heading")
        #expect(article.blocks(.paragraph)[3].source == "Markdown list item")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Repository.fixture("Markdown/obsidian.md")))
        try LineAccounting.check(article, lines: TextDecoding.decode(Array(bytes)).lines)
    }

    @Test func jinaReaderLinesGiveTheHeader() throws {
        let article = try load("jina.md")
        #expect(article.format == .markdown)
        #expect(article.title == "Harbour quay to close for repairs")
        #expect(article.url == "https://www.example.com/news/harbour-quay")
        #expect(article.date == "2021-06-11")
        #expect(article.header.first { $0.kind == .url }?.source == "Jina URL Source")
        #expect(article.blocks(.paragraph).count == 2)
        #expect(article.blocks(.paragraph)[1].links?.first?.url == "https://www.example.com/statement")
    }

    @Test func brokenFrontMatterIsFoldedWithANoteAndTheBodyStillLoads() throws {
        let article = try load("broken-front-matter.md")
        #expect(article.notes.contains { $0.contains("is not valid YAML") })
        #expect(article.blocks.first { $0.reason == "front matter" }?.lines == LineRange(1, 5))
        #expect(article.title == "Harbour quay to close for repairs")
        #expect(article.blocks(.paragraph).count == 1)
    }

    @Test func unclosedFrontMatterIsReadAsMarkdownWithANote() throws {
        let article = try load("unclosed.md")
        #expect(article.notes.contains { $0.contains("never closed") })
        #expect(article.blocks(.paragraph).last?.text.hasPrefix("The harbour authority said") == true)
    }

    @Test(arguments: [
        ("**Bold** and _italic_ and `code` and ~~struck~~", "Bold and italic and code and struck"),
        ("snake_case_name stays and 5 * 3 = 15", "snake_case_name stays and 5 * 3 = 15"),
        ("A [[Wiki Page|wiki link]] and [[Other Page]]", "A wiki link and Other Page"),
        ("Escaped \\*stars\\* and a <span class=\"x\">tag</span><br>break", "Escaped *stars* and a tag break"),
        ("An ![inline](a.png) image", "An image"),
        ("See <https://example.com/a>", "See https://example.com/a"),
    ])
    func inlineMarkupIsStripped(_ source: String, _ expected: String) {
        #expect(MarkdownInline(source, base: nil).text == expected)
    }

    @Test func mojibakeInAClippingOrAJSONLinesRecordIsDecodedWithANote() throws {
        let folder = try TemporaryFolder()
        // "Café" and "naïve" in Windows-1252: not UTF-8.
        let clipping: [UInt8] = Array("---\ntitle: Caf".utf8) + [0xE9] + Array(" owner quits\n---\nThe na".utf8) + [0xEF]
            + Array("ve owner of the harbour cafe said on Tuesday that she would retire at the end of the season.\n".utf8)
        let article = try CollectionLoader().read(try folder.write("clip.md", clipping)).get()
        #expect(article.title == "Café owner quits")
        #expect(article.encoding == .windows1252)
        #expect(article.notes.contains { $0.contains("not valid UTF-8") })
        let record: [UInt8] = Array(#"{"title": "Caf"#.utf8) + [0xE9] + Array(#" owner quits", "text": "The owner said she would retire."}"#.utf8) + [0x0A]
        let records = CollectionLoader().load([try folder.write("news.jsonl", record + record)]).articles
        #expect(records.map(\.title) == ["Café owner quits", "Café owner quits"])
        #expect(records.allSatisfy { $0.encoding == .windows1252 })
    }

    @Test func detectedByFrontMatterOrJinaLinesWhateverTheExtension() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: Repository.fixture("Markdown/obsidian.md"), encoding: .utf8)
        let article = try CollectionLoader().read(try folder.write("clip.txt", text)).get()
        #expect(article.format == .markdown)
        #expect(article.title == "Harbour quay to close for repairs")
    }
}
