import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads an RSS 2.0 (or RDF) or Atom feed with Foundation's `XMLParser`: each item or entry becomes an article
/// addressed `FILE#N`, its fields from the item's elements with their lines. External entities are never
/// resolved, and a feed that declares entities is refused (nothing in a feed is fetched or expanded).
struct FeedReader {
    /// One item's elements as read: name (with prefix) to text, in order, with the line each started on.
    struct Item {
        var number: Int
        var lines: LineRange
        var elements: [(name: String, text: String, line: Int, attributes: [String: String])] = []
    }

    /// The items of `text`, with a problem when the feed breaks off after some; or why the feed cannot be read.
    static func items(_ text: String, path: String) throws(LoadProblem) -> (items: [Item], problem: LoadProblem?) {
        if text.range(of: "<!ENTITY", options: .caseInsensitive) != nil {
            throw LoadProblem(path: path, reason: .badRecord("the feed declares XML entities, which are not expanded"))
        }
        let delegate = FeedDelegate()
        // Control characters XML does not allow (feeds carry them) become U+FFFD rather than end the parse.
        let allowed = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" ? "\u{FFFD}" : $0 }))
        let parser = XMLParser(data: Data(allowed.utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let wellFormed = parser.parse() && delegate.rootClosed
        let problem = wellFormed ? nil : LoadProblem(path: path, reason: .badRecord("not well-formed XML at line \(parser.lineNumber) (cut short?)"))
        if delegate.items.isEmpty { throw problem ?? LoadProblem(path: path, reason: .badRecord("the feed has no items")) }
        return (delegate.items, problem)
    }

    /// The draft of one item, or why it is not an article.
    static func draft(_ item: Item) -> Result<ArticleDraft, RecordError> {
        var draft = ArticleDraft()
        func lines(_ line: Int) -> LineRange { LineRange(line: max(1, line - item.lines.first + 1)) }
        var bodies: [(String, String, Int)] = []
        var summaries: [(String, String, Int)] = []
        var tags: [String] = []
        var tagLine = 0
        for element in item.elements {
            let name = element.name, value = element.text, at = lines(element.line)
            switch name {
            case "title": draft.offer(\.title, MarkupText.paragraphs(value).joined(separator: " "), lines: at, source: "feed <title>")
            case "link":
                let href = element.attributes["href"] ?? value
                if element.attributes["rel"].map({ $0 == "alternate" }) ?? true, JSONArticle.isURL(href) {
                    draft.offer(\.url, href, lines: at, source: "feed <link>")
                }
            case "guid" where JSONArticle.isURL(value): draft.offer(\.url, value, lines: at, source: "feed <guid>")
            case "pubDate", "published", "dc:date", "updated":
                if DateRecognizer.firstDate(in: value) != nil { draft.offer(\.date, value, lines: at, source: "feed <\(name)>") }
            case "dc:creator", "author", "name":
                draft.offer(\.byline, value, lines: at, source: "feed <\(name)>")
            case "category", "dc:subject":
                tags.append(element.attributes["term"] ?? value)
                if tagLine == 0 { tagLine = element.line }
            case "dc:language", "language": draft.offer(\.language, value, lines: at, source: "feed <\(name)>")
            case "source": draft.offer(\.publisher, value, lines: at, source: "feed <source>")
            case "content:encoded", "content": bodies.append((name, value, element.line))
            case "description", "summary": summaries.append((name, value, element.line))
            default: break
            }
        }
        if tagLine > 0 { draft.offer(tags: tags, lines: lines(tagLine), source: "feed <category>") }
        // The full text when the feed carries it; the summary then stands first, unless it repeats the text.
        if let body = bodies.first {
            if let summary = summaries.first {
                let text = MarkupText.paragraphs(summary.1).joined(separator: " ")
                if !MarkupText.paragraphs(body.1).joined(separator: " ").hasPrefix(text.prefix(80)) {
                    draft.offer(\.standfirst, text, lines: lines(summary.2), source: "feed <\(summary.0)>")
                }
            }
            add(body, to: &draft, lines: lines)
        } else if let summary = summaries.first {
            add(summary, to: &draft, lines: lines)
        }
        guard draft.hasBody else { return .failure(RecordError(reason: .badRecord("the item has no text"))) }
        return .success(draft)
    }

    private static func add(_ body: (String, String, Int), to draft: inout ArticleDraft, lines: (Int) -> LineRange) {
        for paragraph in MarkupText.paragraphs(body.1) {
            draft.addBody(paragraph, lines: lines(body.2), source: "feed <\(body.0)>")
        }
    }
}

/// Collects the items of a feed: the text of each element directly inside an `item` or `entry` (and of `author`'s
/// `name`), with CDATA taken as text.
private final class FeedDelegate: NSObject, XMLParserDelegate {
    var items: [FeedReader.Item] = []
    /// Whether the root element ended: XMLParser can report success on a document cut short.
    private(set) var rootClosed = false
    private var current: FeedReader.Item?
    private var depth = 0
    private var itemDepth = 0
    private var element: (name: String, line: Int, attributes: [String: String])?
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if current == nil, name == "item" || name == "entry" {
            current = FeedReader.Item(number: items.count + 1, lines: LineRange(line: parser.lineNumber))
            itemDepth = depth
        } else if current != nil, depth == itemDepth + 1 || (name == "name" && depth == itemDepth + 2) {
            element = (name, parser.lineNumber, attributes)
            text = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if element != nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if element != nil { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if let open = element, open.name == name, current != nil {
            current?.elements.append((name, text.trimmingCharacters(in: .whitespacesAndNewlines), open.line, open.attributes))
            element = nil
        }
        if depth == itemDepth, var item = current {
            item.lines = LineRange(item.lines.first, max(item.lines.first, parser.lineNumber))
            items.append(item)
            current = nil
        }
        depth -= 1
        if depth == 0 { rootClosed = true }
    }
}
