import Foundation
import Testing
@testable import DossierCore

/// JSON and JSON Lines, in the shapes news tools write, broken ones among them: each article keeps where its
/// fields came from, each bad record is a problem naming its file and number while the others load.
struct JSONFormatTests {
    static let newsPlease = #"{"authors": ["Ann Lee", "Bo Chan"], "date_publish": "2021-06-10 12:00:00", "description": "Council votes tonight.", "language": "en", "maintext": "The council met on Monday to discuss the bridge.\nIt will close for repairs in June, officials said.", "source_domain": "example.com", "title": "Bridge to close", "url": "https://example.com/bridge"}"#
    static let trafilatura = #"{"title": "Harbour reopens", "author": "Dee Ray", "hostname": "news.example.org", "date": "2022-03-01", "categories": "", "tags": "harbour, shipping", "source": "https://news.example.org/harbour", "source-hostname": "Example News", "text": "The harbour reopened on Tuesday after a week of storms.\n\nShips queued outside the breakwater.", "language": "de"}"#
    static let newspaper = #"{"title": "Mayor resigns", "authors": [], "publish_date": "2023-01-05T08:00:00+00:00", "text": "The mayor resigned on Thursday, citing health reasons.", "keywords": ["mayor", "city"], "meta_lang": "en", "url": "https://paper.example/mayor", "meta_site_name": "The Paper"}"#

    @Test func newsPleaseRecordMapsEveryField() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("one.json", Self.newsPlease)
        let article = try CollectionLoader().read(path).get()
        #expect(article.format == .json)
        #expect(article.path == path)
        #expect(article.title == "Bridge to close")
        #expect(article.standfirst == "Council votes tonight.")
        #expect(article.byline == "Ann Lee, Bo Chan")
        #expect(article.date == "2021-06-10")
        #expect(article.publisher == "example.com")
        #expect(article.url == "https://example.com/bridge")
        #expect(article.language == "en")
        #expect(article.blocks(.paragraph).map(\.text) == [
            "The council met on Monday to discuss the bridge.", "It will close for repairs in June, officials said.",
        ])
        #expect(article.header.first { $0.kind == .title }?.source == "JSON title")
        #expect(article.header.first { $0.kind == .byline }?.source == "JSON authors")
        #expect(article.blocks.allSatisfy { $0.source == "JSON maintext" })
    }

    @Test func trafilaturaAndNewspaperShapes() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.jsonl", Self.trafilatura + "\n" + Self.newspaper + "\n")
        let result = CollectionLoader().load([path])
        #expect(result.problems.isEmpty)
        let (harbour, mayor) = (result.articles[0], result.articles[1])
        #expect(harbour.path == path + "#1" && mayor.path == path + "#2")
        #expect(harbour.format == .jsonLines)
        #expect(harbour.url == "https://news.example.org/harbour")
        #expect(harbour.publisher == "Example News")
        #expect(harbour.tags == ["harbour", "shipping"])
        #expect(harbour.blocks(.paragraph).count == 2)
        #expect(harbour.record == LineRange(line: 1))
        #expect(mayor.date == "2023-01-05")
        #expect(mayor.byline == nil)
        #expect(mayor.tags == ["mayor", "city"])
        #expect(mayor.publisher == "The Paper")
        #expect(mayor.record == LineRange(line: 2))
    }

    @Test func badRecordsAreProblemsWhileTheOthersLoad() throws {
        let folder = try TemporaryFolder()
        let lines = [Self.newsPlease, "this line is not JSON", "", #"{"title": "No body here"}"#, #"{"title": "Cut"#, Self.newspaper]
        let path = try folder.write("feed.jsonl", lines.joined(separator: "\n"))
        let result = CollectionLoader().load([path])
        #expect(result.articles.map(\.path) == [path + "#1", path + "#5"])
        #expect(result.problems.map(\.path) == [path + "#2", path + "#3", path + "#4"])
        #expect(result.problems[0].description.contains("not valid JSON: unexpected character 't' at line 1, column 1"))
        #expect(result.problems[1].description.hasSuffix("no text field (name one with --map text=KEY)"))
        #expect(result.problems[2].description.contains("truncated"))
    }

    /// A JSON Lines file's records are parsed on several threads a chunk at a time: the same articles and problems,
    /// in the same order, as one thread reads.
    @Test func recordsParsedOnSeveralThreadsComeOutAsOneThreadReadsThem() throws {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for number in 0..<2_500 {
            lines.append(number % 97 == 5 ? "not JSON \(number)" : #"{"title": "Story \#(number)", "text": "Body of story \#(number), long enough to be a paragraph of its own."}"#)
        }
        let path = try folder.write("big.jsonl", lines.joined(separator: "\n"))
        let one = try CollectionLoader().readFile(path, workers: 1).get()
        let four = try CollectionLoader().readFile(path, workers: 4).get()
        #expect(one.articles.count == 2_474 && one.problems.count == 26)
        #expect(four.articles == one.articles)
        #expect(four.problems == one.problems)
        #expect(four.digest == one.digest)
    }

    @Test func aJSONArrayStreamsItsElementsWithTheirLines() throws {
        let folder = try TemporaryFolder()
        let text = "[\n  " + Self.newsPlease + ",\n  {\n    \"headline\": \"Second\",\n    \"body\": \"Pretty printed body text.\"\n  },\n  42\n]\n"
        let path = try folder.write("export.json", text)
        let result = CollectionLoader().load([path])
        #expect(result.articles.count == 2)
        let second = result.articles[1]
        #expect(second.path == path + "#2")
        #expect(second.record == LineRange(3, 6))
        #expect(second.title == "Second")
        #expect(second.header.first { $0.kind == .title }?.lines == LineRange(line: 2))
        #expect(second.blocks(.paragraph).first?.lines == LineRange(line: 3))
        #expect(second.blocks.first?.reason == "markup")
        #expect(result.problems.map(\.description) == ["\(path)#3: not a JSON object"])
        #expect(try CollectionLoader().read(path + "#2").get() == second)
        let raw = try CollectionLoader().rawBytes(path + "#2").get()
        #expect(String(decoding: raw, as: UTF8.self) == "  {\n    \"headline\": \"Second\",\n    \"body\": \"Pretty printed body text.\"\n  },")
    }

    @Test func aTruncatedArrayKeepsItsWholeRecords() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("cut.json", "[" + Self.newsPlease + ", {\"title\": \"half")
        let result = CollectionLoader().load([path])
        #expect(result.articles.count == 1)
        #expect(result.problems.map(\.description) == ["\(path)#2: the file ends inside this record (truncated?)"])
    }

    @Test func anExportWrappingItsArticles() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("api.json", #"{"status": "ok", "articles": [{"title": "A", "content": "Alpha text."}, {"title": "B", "content": "Beta text."}]}"#)
        let result = CollectionLoader().load([path])
        #expect(result.articles.map(\.title) == ["A", "B"])
        #expect(result.articles.map(\.path) == [path + "#1", path + "#2"])
    }

    @Test func unknownShapeReadsItsLongestTextAndMapNamesFields() throws {
        let folder = try TemporaryFolder()
        let long = Array(repeating: "The ferry service resumed after the strike ended.", count: 3).joined(separator: " ")
        let path = try folder.write("odd.json", #"{"id": 7, "headline_text": "Ferries return", "payload": {"story_html_free": "\#(long)"}}"#)
        let plain = try CollectionLoader().read(path).get()
        #expect(plain.title == nil)
        #expect(plain.blocks(.paragraph).first?.source == "JSON payload.story_html_free")
        let mapped = try CollectionLoader(fieldMap: FieldMap(parsing: "title=headline_text,text=payload.story_html_free")).read(path).get()
        #expect(mapped.title == "Ferries return")
        #expect(mapped.header.first?.source == "JSON headline_text")
        #expect(throws: FieldMapError.unknownField("colour")) { try FieldMap(parsing: "colour=x") }
    }

    @Test func escapesInsideStringsAreDecodedNotInterpreted() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("esc.jsonl", #"{"title": "Red \u001b[31malert\u0007 \ud83d\ude00 \ud800", "text": "Line\u2028two \"quoted\" \\ done."}"#)
        let article = try CollectionLoader().read(path + "#1").get()
        #expect(article.title == "Red \u{1B}[31malert\u{07} 😀 \u{FFFD}")
        #expect(article.blocks(.paragraph).first?.text == "Line\u{2028}two \"quoted\" \\ done.")
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let folder = try TemporaryFolder()
        let deep = "{\"text\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let path = try folder.write("deep.jsonl", deep + "\n" + deep)
        let result = CollectionLoader().load([path])
        #expect(result.articles.isEmpty)
        #expect(result.problems.first?.description.contains("nested deeper than") == true)
    }

    @Test func idsAreHashesOfTheRecordText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("ids.jsonl", Self.newsPlease + "\n" + Self.newsPlease + "\r\n")
        let articles = CollectionLoader().load([path]).articles
        #expect(articles[0].id == ArticleID(normalising: [Self.newsPlease]))
        #expect(articles[0].id == articles[1].id)
    }
}

/// Telling the formats apart by content, the extension breaking ties.
struct FormatDetectionTests {
    @Test(arguments: [
        ("[The Palace] Reviews - Theater\n\nBody.", "txt", DocumentFormat.text),
        ("{Sponsored} Story\n", "txt", .text),
        ("[\n  {\"a\": 1}\n]", "txt", .json),
        ("{\"a\": 1}\n{\"a\": 2}\n", "", .jsonLines),
        ("{\"a\": 1}\n{\"a\": 2}\n", "json", .json),
        ("{\n  \"a\": 1\n}\n", "", .json),
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss>\n<rss version=\"2.0\">", "xml", .rss),
        ("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "xml", .atom),
        ("<!DOCTYPE html><html><head>", "txt", .html),
        ("<3 this story\n", "txt", .text),
    ])
    func detect(_ text: String, _ ext: String, _ format: DocumentFormat) {
        #expect(DocumentFormat.detect(prefix: Array(text.utf8), fileExtension: ext) == format)
    }
}
