import DossierHTML

/// What an element's tag, `class`, `id`, `role` and `itemprop` say about its content, in the vocabulary pages
/// commonly use (as Readability reads them): article text, or furniture of some kind.
enum ClassHints {
    /// Words (or word beginnings) in class and id names that mark article text.
    private static let positive = ["article", "body", "content", "entry", "hentry", "main", "post", "text", "blog", "story", "prose"].map { Array($0.utf8) }
    /// Word beginnings that mark furniture, each with the reason shown for blocks under it.
    private static let negative: [(word: [UInt8], reason: String)] = [
        ("comment", "comments"), ("disqus", "comments"), ("replies", "comments"), ("share", "sharing"), ("social", "sharing"),
        ("toolbar", "sharing"), ("relat", "related"), ("recommend", "related"), ("trending", "related"), ("popular", "related"),
        ("newsletter", "subscription"), ("subscri", "subscription"), ("signup", "subscription"), ("paywall", "subscription"),
        ("sponsor", "advertisement"), ("advert", "advertisement"), ("outbrain", "advertisement"), ("taboola", "advertisement"),
        ("breadcrumb", "navigation"), ("menu", "navigation"), ("nav", "navigation"), ("pagination", "navigation"),
        ("pager", "navigation"), ("masthead", "navigation"), ("skip", "navigation"), ("footer", "footer"), ("sidebar", "sidebar"),
        ("byline", "byline"), ("author", "byline"), ("dateline", "byline"), ("timestamp", "byline"), ("keyword", "tags"),
        ("topics", "tags"), ("cookie", "cookies"), ("gdpr", "cookies"), ("consent", "cookies"), ("modal", "sidebar"),
        ("popup", "sidebar"), ("caption", "caption"), ("credit", "caption"),
    ].map { (Array($0.0.utf8), $0.1) }
    /// Whole words that mark furniture.
    private static let negativeWords: [(word: [UInt8], reason: String)] = [
        ("ad", "advertisement"), ("ads", "advertisement"), ("tags", "tags"), ("tag", "tags"), ("rail", "sidebar"),
    ].map { (Array($0.0.utf8), $0.1) }
    /// Word beginnings that lower an element's score where no word marks article text (too common in layout names to
    /// mark furniture by themselves).
    private static let weak = ["widget", "banner", "promo", "aside", "extra", "hidden"].map { Array($0.utf8) }
    /// The reason when `tag` holds page furniture.
    private static func furnitureTag(_ tag: String) -> String? {
        switch tag {
        case "nav", "menu": "navigation"
        case "aside": "sidebar"
        case "footer": "footer"
        case "header": "header"
        case "form": "form"
        default: nil
        }
    }

    /// What each node of a page says, worked out once: Readability's class weight, the furniture it names, whether
    /// it is a known body container, and whether it names a caption or credit.
    struct Table {
        var weight: [Double]
        var furniture: [String?]
        var isBodyContainer: [Bool]
        var namesCaption: [Bool]

        init(_ nodes: [HTMLPage.Node]) {
            weight = [Double](repeating: 0, count: nodes.count)
            furniture = [String?](repeating: nil, count: nodes.count)
            isBodyContainer = [Bool](repeating: false, count: nodes.count)
            namesCaption = [Bool](repeating: false, count: nodes.count)
            var names: [UInt8] = []
            for (index, node) in nodes.enumerated() where !node.isText {
                furniture[index] = furnitureTag(node.name)
                ClassHints.nameBytes(node, into: &names)
                guard !names.isEmpty else { continue }
                var positive = false, weak = false
                var negative: String?
                ClassHints.forEachWord(in: names) { word in
                    guard ClassHints.firstLetters[Int(word[word.startIndex])] else { return }
                    if !positive { positive = ClassHints.positive.contains { word.starts(with: $0) } }
                    if !weak { weak = ClassHints.weak.contains { word.starts(with: $0) } }
                    if negative == nil { negative = negativeReason(word) }
                }
                weak = weak && !positive
                weight[index] = (positive ? 25 : 0) - (negative != nil || weak ? 25 : 0)
                furniture[index] = negative ?? furniture[index]
                isBodyContainer[index] = bodyKeys.contains { contains(names, $0) } && bodyNames.contains { contains(names, $0) }
                namesCaption[index] = contains(names, caption) || contains(names, credit)
            }
        }
    }

    /// The class, id, role and itemprop of the element as bytes, ASCII letters in lower case, in `bytes` (emptied
    /// first: one buffer serves every node of a page).
    private static func nameBytes(_ node: HTMLPage.Node, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        for attribute in node.attributes {
            switch attribute.name {
            case "class", "id", "role", "itemprop": break
            default: continue
            }
            bytes.append(0x20)
            for byte in attribute.value.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        }
    }

    /// Calls `body` with each word of names: `article-body__text` gives `article`, `body`, `text` (runs of letters;
    /// bytes beyond ASCII count as letters).
    private static func forEachWord(in names: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        while start < names.count {
            guard isLetter(names[start]) else { start += 1; continue }
            var end = start + 1
            while end < names.count, isLetter(names[end]) { end += 1 }
            body(names[start..<end])
            start = end
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) }

    /// Whether a byte is the first letter of a word the tables look for, to pass over other words at once.
    private static let firstLetters: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for word in positive + weak + negative.map(\.word) + negativeWords.map(\.word) { table[Int(word[0])] = true }
        return table
    }()

    /// The class, id, role and itemprop of the element, lower case, or empty.
    static func names(_ node: HTMLPage.Node) -> String {
        var names = ""
        for attribute in node.attributes where ["class", "id", "role", "itemprop"].contains(attribute.name) {
            names += " " + attribute.value.lowercased()
        }
        return names
    }

    /// Whether `needle` occurs in `bytes`.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }

    private static func negativeReason(_ word: ArraySlice<UInt8>) -> String? {
        if let found = negativeWords.first(where: { word.elementsEqual($0.word) }) { return found.reason }
        return negative.first { word.starts(with: $0.word) }?.reason
    }

    private static let caption = Array("caption".utf8), credit = Array("credit".utf8)
    /// Class and id names of known article-body containers (and `itemprop=articleBody`).
    static let bodyNames = [
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody", "story__body",
        "entry-content", "post-content", "post-body", "article-content", "article__content", "story-content",
        "articletext", "article-text", "body-text", "content-body", "article-main", "main-content", "postbody",
        "story-text", "c-entry-content", "post__content", "blog-post", "rich-text", "richtext", "field-body",
    ].map { Array($0.utf8) }
    /// A part every body name holds (`HTMLFormatTests` checks it), so that most names are tested five times, not once
    /// for each body name.
    static let bodyKeys = ["body", "content", "text", "main", "post"].map { Array($0.utf8) }
}
