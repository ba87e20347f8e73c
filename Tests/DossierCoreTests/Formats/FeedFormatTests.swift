import Foundation
import Testing
@testable import DossierCore

/// RSS 2.0 and Atom feeds with full text: one article an item, each addressed `FILE#N`, broken items named.
struct FeedFormatTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel>
      <title>Example Times</title>
      <item>
        <title>Bridge to close &amp; reopen</title>
        <link>https://example.com/bridge</link>
        <dc:creator>Ann Lee</dc:creator>
        <pubDate>Thu, 10 Jun 2021 12:00:00 GMT</pubDate>
        <category>Transport</category>
        <category>City</category>
        <description>Council votes tonight.</description>
        <content:encoded><![CDATA[<p>The council met on Monday.</p><script>alert(1)</script><p>It will <a href="javascript:alert(2)">close</a> in June.</p>]]></content:encoded>
      </item>
      <item>
        <description>An item with no title still has its text.</description>
      </item>
      <item>
        <title>Empty</title>
      </item>
    </channel>
    </rss>
    """

    @Test func rssItemsAreArticlesWithTheirFields() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("news.rss", Self.rss)
        let result = CollectionLoader().load([path])
        #expect(result.articles.map(\.path) == [path + "#1", path + "#2"])
        #expect(result.problems.map(\.description) == ["\(path)#3: the item has no text"])
        let first = result.articles[0]
        #expect(first.format == .rss)
        #expect(first.title == "Bridge to close & reopen")
        #expect(first.url == "https://example.com/bridge")
        #expect(first.byline == "Ann Lee")
        #expect(first.date == "2021-06-10")
        #expect(first.tags == ["Transport", "City"])
        #expect(first.standfirst == "Council votes tonight.")
        #expect(first.blocks(.paragraph).map(\.text) == ["The council met on Monday.", "It will close in June."])
        #expect(first.record == LineRange(5, 14))
        #expect(first.header.first { $0.kind == .title }?.lines == LineRange(line: 2))
        #expect(first.header.first { $0.kind == .title }?.source == "feed <title>")
        #expect(result.articles[1].title == nil)
        let raw = String(decoding: try CollectionLoader().rawBytes(path + "#2").get(), as: UTF8.self)
        #expect(raw.contains("An item with no title") && raw.hasPrefix("  <item>"))
    }

    @Test func atomEntries() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("feed.xml", """
        <?xml version="1.0"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour News</title>
          <entry>
            <title>Harbour reopens</title>
            <link rel="alternate" href="https://news.example.org/harbour"/>
            <author><name>Dee Ray</name></author>
            <published>2022-03-01T09:00:00Z</published>
            <category term="shipping"/>
            <summary>Storms are over.</summary>
            <content type="html">&lt;p&gt;The harbour reopened on Tuesday.&lt;/p&gt;&lt;p&gt;Ships queued.&lt;/p&gt;</content>
          </entry>
        </feed>
        """)
        let article = try CollectionLoader().read(path + "#1").get()
        #expect(article.format == .atom)
        #expect(article.title == "Harbour reopens")
        #expect(article.url == "https://news.example.org/harbour")
        #expect(article.byline == "Dee Ray")
        #expect(article.date == "2022-03-01")
        #expect(article.tags == ["shipping"])
        #expect(article.blocks(.paragraph).map(\.text) == ["The harbour reopened on Tuesday.", "Ships queued."])
    }

    @Test func entityDeclarationsAndBrokenFeedsAreRefused() throws {
        let folder = try TemporaryFolder()
        let laughs = try folder.write("laughs.rss", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
        <rss><channel><item><title>&b;</title><description>x</description></item></channel></rss>
        """)
        #expect(CollectionLoader().load([laughs]).problems.map(\.reason) == [.badRecord("the feed declares XML entities, which are not expanded")])
        let cut = try folder.write("cut.rss", "<rss><channel><item><title>A</title><description>Text")
        #expect(CollectionLoader().load([cut]).problems.first?.description.contains("not well-formed XML") == true)
    }
}
