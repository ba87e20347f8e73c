import DossierHTML

/// What an element's tag, `class`, `id`, `role` and `itemprop` say about its content, in the vocabulary pages
/// commonly use (as Readability reads them): article text, or furniture of some kind.
enum ClassHints {
    /// Words (or word beginnings) in class and id names that mark article text.
    private static let positive = ["article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose"]
    /// Word beginnings that mark furniture, each with the reason shown for blocks under it.
    private static let negative: [(word: String, reason: String)] = [
        ("comment", "comments"), ("disqus", "comments"), ("replies", "comments"), ("share", "sharing"), ("social", "sharing"),
        ("toolbar", "sharing"), ("relat", "related"), ("recommend", "related"), ("trending", "related"), ("popular", "related"),
        ("newsletter", "subscription"), ("subscri", "subscription"), ("signup", "subscription"), ("paywall", "subscription"),
        ("sponsor", "advertisement"), ("advert", "advertisement"), ("outbrain", "advertisement"), ("taboola", "advertisement"),
        ("breadcrumb", "navigation"), ("menu", "navigation"), ("nav", "navigation"), ("pagination", "navigation"),
        ("pager", "navigation"), ("masthead", "navigation"), ("skip", "navigation"), ("footer", "footer"), ("sidebar", "sidebar"),
        ("byline", "byline"), ("author", "byline"), ("dateline", "byline"), ("timestamp", "byline"), ("keyword", "tags"),
        ("topics", "tags"), ("cookie", "cookies"), ("gdpr", "cookies"), ("consent", "cookies"), ("modal", "sidebar"),
        ("popup", "sidebar"), ("caption", "caption"), ("credit", "caption"),
    ]
    /// Whole words that mark furniture.
    private static let negativeWords: [String: String] = ["ad": "advertisement", "ads": "advertisement", "tags": "tags", "tag": "tags", "rail": "sidebar"]
    /// Word beginnings that lower an element's score where no word marks article text (too common in layout names to
    /// mark furniture by themselves).
    private static let weak = ["widget", "banner", "promo", "aside", "extra", "hidden"]
    /// Tags that hold page furniture, with the reason.
    private static let furnitureTags: [String: String] = [
        "nav": "navigation", "aside": "sidebar", "footer": "footer", "header": "header", "form": "form", "menu": "navigation",
    ]

    /// The class, id, role and itemprop of the element, lower case, or empty.
    static func names(_ node: HTMLPage.Node) -> String {
        var names = ""
        for attribute in node.attributes where ["class", "id", "role", "itemprop"].contains(attribute.name) {
            names += " " + attribute.value.lowercased()
        }
        return names
    }

    /// The words of the element's names: `article-body__text` gives `article`, `body`, `text`.
    private static func words(_ node: HTMLPage.Node) -> [Substring] {
        names(node).split { !$0.isLetter }
    }

    /// Readability's class weight: +25 for names of article text, −25 for names of furniture.
    static func weight(_ node: HTMLPage.Node) -> Double {
        let words = words(node)
        guard !words.isEmpty else { return 0 }
        var weight = 0.0
        if isPositive(words) { weight += 25 }
        if negativeReason(words) != nil || (!isPositive(words) && words.contains { word in weak.contains { word.hasPrefix($0) } }) { weight -= 25 }
        return weight
    }

    /// The kind of furniture the element holds, if its tag or names say so.
    static func furniture(_ node: HTMLPage.Node) -> String? {
        let words = words(node)
        return (words.isEmpty ? nil : negativeReason(words)) ?? furnitureTags[node.name]
    }

    private static func isPositive(_ words: [Substring]) -> Bool {
        words.contains { word in positive.contains { word.hasPrefix($0) } }
    }

    private static func negativeReason(_ words: [Substring]) -> String? {
        for word in words {
            if let reason = negativeWords[String(word)] { return reason }
            if let found = negative.first(where: { word.hasPrefix($0.word) }) { return found.reason }
        }
        return nil
    }

    /// Whether the element's names mark a caption or a photo credit.
    static func namesCaption(_ node: HTMLPage.Node) -> Bool {
        let names = names(node)
        return names.contains("caption") || names.contains("credit")
    }

    /// Whether the element is a known article-body container: `itemprop=articleBody`, or a class or id that names
    /// an article's body.
    static func isBodyContainer(_ node: HTMLPage.Node) -> Bool {
        let names = names(node)
        guard !names.isEmpty else { return false }
        return bodyNames.contains(where: names.contains)
    }

    private static let bodyNames = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "story__body",
        "entry-content", "post-content", "post-body", "article-content", "article__content", "story-content",
        "articletext", "article-text", "body-text", "content-body", "article-main", "main-content", "postbody",
        "story-text", "c-entry-content", "post__content", "blog-post", "rich-text", "richtext", "field-body",
    ]
}
