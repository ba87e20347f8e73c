import DossierHTML

/// Reads an article's header fields from a page's metadata, most telling first: JSON-LD (`NewsArticle`, `Article`
/// and their kin), OpenGraph and `article:` properties, `<meta name=…>`, the canonical link, and `<title>` without
/// its site suffix. Each field keeps the lines it was read from and its source (`JSON-LD headline`, `og:title`).
struct PageMetadata {
    /// The article body JSON-LD gives, with its lines, when it gives one.
    var jsonBody: (text: String, lines: LineRange)?

    /// The schema.org types that are articles.
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
        "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report",
        "socialmediaposting", "posting",
    ]

    /// Offers the page's metadata to `draft`.
    mutating func read(_ page: HTMLPage, into draft: inout ArticleDraft) {
        let nodes = page.nodes
        var metas: [(key: String, value: String, lines: LineRange)] = []
        var title: (String, LineRange)?
        var canonical: (String, LineRange)?
        for (index, node) in nodes.enumerated() where !node.isText {
            let lines = LineRange(node.line, node.line)
            switch node.name {
            case "html":
                draft.offer(\.language, node.attribute("lang"), lines: lines, source: "<html lang>")
            case "meta":
                guard let content = node.attribute("content") else { continue }
                if let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") {
                    metas.append((key.lowercased(), content, lines))
                }
            case "link":
                if canonical == nil, node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") {
                    canonical = (href, lines)
                }
            case "title" where title == nil:
                let text = Self.text(of: index, in: nodes)
                if !text.isEmpty { title = (text, Self.lines(of: index, in: nodes)) }
            case "script":
                guard node.attribute("type")?.lowercased().contains("ld+json") == true else { continue }
                readJSONLD(index, in: nodes, into: &draft)
            default:
                continue
            }
        }
        func meta(_ keys: String...) -> (key: String, value: String, lines: LineRange)? {
            for key in keys { if let found = metas.first(where: { $0.key == key && !$0.value.allSatisfy(\.isWhitespace) }) { return found } }
            return nil
        }
        func offer(_ field: WritableKeyPath<ArticleDraft, ArticleDraft.Field?>, _ keys: String..., accept: (String) -> Bool = { _ in true }) {
            for key in keys {
                guard let found = meta(key), accept(found.value) else { continue }
                draft.offer(field, found.value, lines: found.lines, source: found.key)
            }
        }
        offer(\.title, "og:title", "twitter:title")
        offer(\.date, "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
              "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
              accept: { DateRecognizer.firstDate(in: $0) != nil })
        offer(\.byline, "author", "article:author", "parsely-author", "dc.creator", "byl", accept: { !JSONArticle.isURL($0) })
        offer(\.publisher, "og:site_name", "application-name", "publisher")
        offer(\.standfirst, "og:description", "description", "twitter:description")
        if let canonical, JSONArticle.isURL(canonical.0) { draft.offer(\.url, canonical.0, lines: canonical.1, source: "canonical link") }
        offer(\.url, "og:url", accept: JSONArticle.isURL)
        offer(\.language, "og:locale", "language", "content-language")
        if let keywords = meta("keywords", "news_keywords") {
            draft.offer(tags: keywords.value.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init), lines: keywords.lines, source: keywords.key)
        } else {
            let tags = metas.filter { $0.key == "article:tag" || $0.key == "article:section" }
            if let first = tags.first { draft.offer(tags: tags.map(\.value), lines: LineRange(first.lines.first, tags.last!.lines.last), source: "article:tag") }
        }
        if let (text, lines) = title {
            let read = HeaderRules.title(from: ArticleDraft.oneLine(text))
            var headline = read.title
            var site = read.publisher
            // A suffix that names the site, however long, goes: `Headline | The Example Times`.
            if let name = draft.publisher?.value, let cut = Self.removingSuffix(name, from: ArticleDraft.oneLine(text)) {
                headline = cut
                site = name
            }
            draft.offer(\.title, headline, lines: lines, source: "<title>")
            draft.offer(\.publisher, site, lines: lines, source: "<title> suffix")
        }
    }

    /// The JSON-LD of one script: the first article object offers its fields (lines counted in the page).
    private mutating func readJSONLD(_ index: Int, in nodes: [HTMLPage.Node], into draft: inout ArticleDraft) {
        let text = Self.text(of: index, in: nodes, collapsing: false)
        guard let start = nodes[index..<nodes[index].end].first(where: \.isText)?.line,
              let root = try? JSONParser.parse(text), let article = Self.articleObject(in: root) else { return }
        let offset = start - 1
        func lines(_ node: JSONNode) -> LineRange { LineRange(node.lines.first + offset, node.lines.last + offset) }
        func value(_ key: String) -> (String, JSONNode)? {
            guard let node = article[key] else { return nil }
            if let text = JSONArticle.text(node) { return (text, node) }
            if case .array(let items) = node.value, let first = items.lazy.compactMap(JSONArticle.text).first { return (first, node) }
            return nil
        }
        if let (text, node) = value("headline") ?? value("name") { draft.offer(\.title, text, lines: lines(node), source: "JSON-LD headline") }
        if let (text, node) = value("datePublished") ?? value("dateCreated"), DateRecognizer.firstDate(in: text) != nil {
            draft.offer(\.date, text, lines: lines(node), source: "JSON-LD datePublished")
        }
        if let node = article["author"] ?? article["creator"] {
            let names = JSONArticle.texts(node).filter { !JSONArticle.isURL($0) }
            draft.offer(\.byline, names.isEmpty ? nil : names.joined(separator: ", "), lines: lines(node), source: "JSON-LD author")
        }
        if let node = article["publisher"], let name = JSONArticle.text(node) ?? node["name"]?.text, !JSONArticle.isURL(name) {
            draft.offer(\.publisher, name, lines: lines(node), source: "JSON-LD publisher")
        }
        if let (text, node) = value("description") { draft.offer(\.standfirst, text, lines: lines(node), source: "JSON-LD description") }
        if let (text, node) = value("url"), JSONArticle.isURL(text) { draft.offer(\.url, text, lines: lines(node), source: "JSON-LD url") }
        if let (text, node) = value("inLanguage") { draft.offer(\.language, text, lines: lines(node), source: "JSON-LD inLanguage") }
        if let node = article["keywords"] {
            let tags = JSONArticle.texts(node).flatMap { $0.split(separator: ",").map(String.init) }
            draft.offer(tags: tags, lines: lines(node), source: "JSON-LD keywords")
        }
        if jsonBody == nil, let node = article["articleBody"], let text = node.text, LineShape.wordCount(text, upTo: 20) >= 20 {
            jsonBody = (text, lines(node))
        }
    }

    /// The first object whose `@type` is an article: the root, an item of a list, or a member of `@graph`.
    private static func articleObject(in node: JSONNode) -> JSONNode? {
        switch node.value {
        case .array(let items):
            return items.lazy.compactMap(articleObject).first
        case .object:
            let types = node["@type"].map(JSONArticle.texts) ?? []
            if types.contains(where: { articleTypes.contains($0.lowercased()) }) { return node }
            if let graph = node["@graph"] { return articleObject(in: graph) }
            if let main = node["mainEntity"], case .object = main.value { return articleObject(in: main) }
            return nil
        default:
            return nil
        }
    }

    /// The text under the node at `index`.
    static func text(of index: Int, in nodes: [HTMLPage.Node], collapsing: Bool = true) -> String {
        let text = nodes[index..<nodes[index].end].filter(\.isText).map(\.text).joined()
        return collapsing ? ArticleDraft.oneLine(text) : text
    }

    private static func lines(of index: Int, in nodes: [HTMLPage.Node]) -> LineRange {
        let last = nodes[index..<nodes[index].end].map(\.lastLine).max() ?? nodes[index].line
        return LineRange(nodes[index].line, max(nodes[index].line, last))
    }

    /// `title` without a suffix naming `site` after a separator (` - `, ` | `, ` – `, ` — `, ` :: `, ` · `).
    static func removingSuffix(_ site: String, from title: String) -> String? {
        let lowerTitle = title.lowercased(), lowerSite = site.lowercased()
        guard lowerTitle.hasSuffix(lowerSite), title.count > site.count + 3 else { return nil }
        var head = title.dropLast(site.count)
        while let last = head.last, last.isWhitespace || "-|–—:·•".contains(last) { head = head.dropLast() }
        guard head.count < title.count - site.count, !head.isEmpty else { return nil }
        return String(head)
    }
}
