import Foundation
import Testing
@testable import DossierCore

/// Saved web pages: metadata for the header, the body from the page's structure, every other text folded as
/// furniture, figures, broken markup, charsets, and nothing of scripts reaching the text.
struct HTMLFormatTests {
    static let paragraphs = [
        "The harbour authority said on Tuesday that the northern quay would close for repairs, after divers found cracks in its oldest pillars.",
        "Ferry operators, who carry about four thousand passengers a day, will move to the southern berths until the work is done, the authority said.",
        "Repairs will cost about twelve million euros, according to the council, which approved the budget in a late session on Monday night.",
    ]

    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Harbour quay to close for repairs | The Example Times</title>
    <meta property="og:title" content="Harbour quay to close">
    <meta property="og:site_name" content="The Example Times">
    <meta property="og:url" content="https://example.com/harbour">
    <meta property="article:published_time" content="2021-06-10T08:00:00Z">
    <meta name="author" content="Ann Lee">
    <link rel="canonical" href="https://example.com/news/harbour">
    <script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour quay to close for repairs",
     "datePublished": "2021-06-11", "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}],
     "publisher": {"@type": "Organization", "name": "Example Times"}}
    </script>
    <style>p { color: red }</style>
    </head>
    <body>
    <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    <article>
    <h1>Harbour quay to close for repairs</h1>
    <p>\(paragraphs[0])</p>
    <figure><img src="quay.jpg" alt="The quay"><figcaption>The northern quay at dawn. <span class="credit">Photo: AFP</span></figcaption></figure>
    <p>\(paragraphs[1])</p>
    <h2>What it costs</h2>
    <p>\(paragraphs[2])</p>
    <script>document.write("injected text")</script>
    <p>Read the <a href="javascript:alert(1)">council's statement</a>, and more.</p>
    </article>
    <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Bridge reopens after a year of delays</a></li><li><a href="/b">Port strike ends</a></li></ul></aside>
    <section id="comments"><h3>3 comments</h3><p>I have always said this quay was falling apart, and nobody listened to us at all.</p></section>
    <footer><p>© 2021 The Example Times. All rights reserved.</p></footer>
    </body>
    </html>
    """

    private func load(_ text: String, name: String = "page.html") throws -> Article {
        let folder = try TemporaryFolder()
        return try CollectionLoader().read(try folder.write(name, text)).get()
    }

    @Test func everyBodyNameHoldsABodyKey() {
        for name in ClassHints.bodyNames {
            #expect(ClassHints.bodyKeys.contains { key in name.indices.contains { name[$0...].starts(with: key) } }, "\(String(decoding: name, as: UTF8.self))")
        }
    }

    @Test func jsonLDComesFirstThenOpenGraphAndTheCanonicalLink() throws {
        let article = try load(Self.page)
        #expect(article.format == .html)
        #expect(article.title == "Harbour quay to close for repairs")
        #expect(article.header.first { $0.kind == .title }?.source == "JSON-LD headline")
        #expect(article.date == "2021-06-11")
        #expect(article.byline == "Ann Lee, Bo Chen")
        #expect(article.publisher == "Example Times")
        #expect(article.url == "https://example.com/news/harbour")
        #expect(article.language == "en")
    }

    @Test func openGraphAndTheTitleWithoutItsSiteSuffix() throws {
        let withoutJSON = try load(Self.page.replacingOccurrences(of: "\"@type\": \"NewsArticle\"", with: "\"@type\": \"WebSite\""))
        #expect(withoutJSON.title == "Harbour quay to close")
        #expect(withoutJSON.header.first { $0.kind == .title }?.source == "og:title")
        #expect(withoutJSON.date == "2021-06-10")
        #expect(withoutJSON.byline == "Ann Lee")
        #expect(withoutJSON.publisher == "The Example Times")
        let titleOnly = try load("""
        <html><head><title>Council closes bridge - The Example Times</title></head>
        <body><p>\(Self.paragraphs[0])</p></body></html>
        """)
        #expect(titleOnly.title == "Council closes bridge")
        #expect(titleOnly.publisher == "The Example Times")
        #expect(titleOnly.header.first { $0.kind == .publisher }?.source == "<title> suffix")
    }

    @Test func theBodyIsTheArticleAndEveryOtherTextIsFoldedNotDropped() throws {
        let article = try load(Self.page)
        #expect(article.blocks(.paragraph).map(\.text) == [Self.paragraphs[0], Self.paragraphs[1], "What it costs", Self.paragraphs[2],
                                                          "Read the council's statement, and more."])
        #expect(article.blocks(.paragraph).first?.source == "<p>")
        let furniture = article.blocks(.furniture)
        func reason(of text: String) -> String? { furniture.first { $0.text.contains(text) }?.reason }
        #expect(reason(of: "Home\nWorld\nSport") == "navigation")
        #expect(reason(of: "Share on Facebook") == "sharing")
        #expect(reason(of: "Bridge reopens after a year of delays") == "related")
        #expect(reason(of: "nobody listened to us") == "comments")
        #expect(reason(of: "All rights reserved") == "footer")
        #expect(furniture.first { $0.source == "<h1>" }?.reason == "headline")
        // Every non-blank line of the page belongs to a field or a block.
        let lines = Self.page.components(separatedBy: "\n")
        #expect(article.lineCount == lines.count)
        for (index, part) in article.lineParts.enumerated() where !lines[index].allSatisfy(\.isWhitespace) {
            #expect(part != .blank, "line \(index + 1) is lost")
        }
    }

    @Test func figuresKeepTheirCaptionAndCredit() throws {
        let figures = try load(Self.page).blocks(.figure)
        #expect(figures.count == 1)
        #expect(figures.first?.text == "The northern quay at dawn.")
        #expect(figures.first?.credit == "AFP")
    }

    @Test func scriptsStylesAndJavascriptLinksNeverReachTheText() throws {
        let article = try load(Self.page)
        for block in article.blocks where block.reason != "markup" {
            #expect(!block.text.contains("injected") && !block.text.contains("javascript") && !block.text.contains("color: red"))
        }
        for field in article.header { #expect(!field.value.contains("javascript")) }
    }

    @Test func linksKeepTheirWordsAndAddressesResolvedAgainstThePageButNeverJavascript() throws {
        let article = try load("""
        <html><head><link rel="canonical" href="https://example.com/news/harbour/quay"></head><body><article>
        <p>\(Self.paragraphs[0]) See the <a href="../plans/quay.pdf">repair plans</a> and the
        <a href="https://council.example.org/budget?year=2021">council's <b>budget</b></a>.</p>
        <p>\(Self.paragraphs[1]) Read the <a href="javascript:alert(1)">statement</a> or <a href="#top">go up</a>.</p>
        <p>\(Self.paragraphs[2])</p>
        </article></body></html>
        """)
        let paragraphs = article.blocks(.paragraph)
        let links = try #require(paragraphs.first?.links)
        let text = Array(paragraphs[0].text.unicodeScalars)
        let words = links.map { String(String.UnicodeScalarView(text[$0.start..<($0.start + $0.length)])) }
        #expect(words == ["repair plans", "council's budget"])
        #expect(links.map(\.url) == ["https://example.com/news/plans/quay.pdf", "https://council.example.org/budget?year=2021"])
        #expect(paragraphs[1].links == nil)
    }

    @Test func brokenMarkupIsRecovered() throws {
        let article = try load("""
        <html><body><div class="story">
        <p>\(Self.paragraphs[0])
        <p>\(Self.paragraphs[1]) <b>bold <i>and</b> italic</i>
        </span></div></div>
        <p>\(Self.paragraphs[2])
        """)
        #expect(article.blocks(.paragraph).map(\.text) == [Self.paragraphs[0], Self.paragraphs[1] + " bold and italic", Self.paragraphs[2]])
    }

    @Test func aPageWithoutArticleTextLoadsEmptyAndAPageWithoutTextIsAProblem() throws {
        let menu = try load("<html><head><title>Front page</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About</a></nav></body></html>")
        #expect(menu.title == "Front page")
        #expect(menu.blocks(.paragraph).isEmpty)
        #expect(menu.blocks(.furniture).contains { $0.text.contains("Home") })
        #expect(menu.notes.contains { $0.contains("no article text") })
        let folder = try TemporaryFolder()
        let path = try folder.write("blank.html", "<!DOCTYPE html><html><head><script>var a = 1;</script></head><body>  </body></html>")
        let result = CollectionLoader().load([path])
        #expect(result.articles.isEmpty)
        #expect(result.problems.map(\.description) == ["\(path): the page has no visible text"])
    }

    @Test func theDeclaredCharsetAndUTF8ThatDeclaresLatin1() throws {
        let folder = try TemporaryFolder()
        let body = "<p>Le caf\u{E9} du port rouvre ses portes apr\u{E8}s trois mois de travaux, a annonc\u{E9} la mairie.</p>"
        var latin: [UInt8] = Array("<html><head><meta charset=\"windows-1252\"></head><body>".utf8)
        latin += body.unicodeScalars.map { UInt8($0.value) }
        latin += Array("</body></html>".utf8)
        let windows = try CollectionLoader().read(try folder.write("latin.html", latin)).get()
        #expect(windows.encoding == .windows1252)
        #expect(windows.blocks(.paragraph).first?.text.hasPrefix("Le café du port") == true)
        let mislabelled = try load("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>\(body)</body></html>")
        #expect(mislabelled.encoding == .utf8)
        #expect(mislabelled.blocks(.paragraph).first?.text.hasPrefix("Le café du port") == true)
        #expect(mislabelled.notes.contains("the page declares iso-8859-1, but its bytes are UTF-8; read as UTF-8"))
    }

    @Test func aStatedArticleBodyGuidesTheBlocksAndStandsInForAPageThatDoesNotShowIt() throws {
        let stated = Self.paragraphs.joined(separator: "\\n\\n")
        let article = try load("""
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay", "articleBody": "\(stated)"}</script></head>
        <body><div id="app">Loading…</div></body></html>
        """)
        #expect(article.blocks(.paragraph).map(\.text) == Self.paragraphs)
        #expect(article.blocks(.paragraph).first?.source == "JSON-LD articleBody")
    }

    @Test func detectedByContentWhateverTheExtension() throws {
        let article = try load(Self.page, name: "saved-page")
        #expect(article.format == .html)
    }
}
