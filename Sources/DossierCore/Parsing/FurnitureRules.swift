/// Why a line was judged to be page furniture rather than article text.
public enum FurnitureReason: String, Codable, Sendable, CaseIterable {
    case social = "social follow"
    case share = "share or print"
    case gallery = "gallery"
    case comments = "comments"
    case subscribe = "subscribe or sign in"
    case related = "related links"
    case readMore = "read more"
    case advertisement = "advertisement"
    case copyright = "copyright"
    case cookies = "cookie notice"
    case stray = "stray punctuation"
}

/// Recognises single lines of page furniture, and the publisher a furniture line names.
enum FurnitureRules {
    private static let networks = "facebook|twitter|instagram|x|linkedin|telegram|youtube|tiktok|threads|whatsapp|google news|flipboard|bluesky|mastodon|reddit"
    /// The first word of each network, for the patterns' quick checks.
    private static let networkWords = networks.split(separator: "|").compactMap { $0.split(separator: " ").first.map(String.init) }
    private static let digits = (0...9).map(String.init)
    private static let social = Pattern(#"^(?:follow|like|join|find)\s+(.{1,40}?)\s+on\s+(?:"# + networks + #")\b"#, required: ["follow", "like", "join", "find"], atStart: true)
    private static let shareWords = Pattern(#"^(?:(?:share|tweet|e-?mail|print|copy link|whatsapp|"# + networks + #"|pin|save)(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post|link))?(?:\s+(?:on|via|to)\s+\w+)?[\s|,/·•]*){1,8}$"#,
                                             required: ["share", "tweet", "e", "print", "copy", "pin", "save"] + networkWords, atStart: true)
    private static let gallery = Pattern(#"^(?:\d+\s+)?(?:view|open|see|close|next|previous)\s+(?:the\s+)?(?:gallery|slideshow|photos|images|image)$|^\d+\s+(?:photos|images|pictures)$|^\d+\s*/\s*\d+$"#,
                                          required: ["view", "open", "see", "close", "next", "previous"] + digits, atStart: true)
    private static let commentsHeading = Pattern(#"^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$|^(?:show|view|load|read|leave|post|add|hide|see|join)\s+(?:all\s+|the\s+|a\s+|\d+\s+)?(?:comments?|conversation|discussion)\b"#,
                                                  required: ["comment", "conversation", "discussion"])
    private static let commentPolicy = Pattern(#"\b(?:comments|commenters?|commenting)\b.*\b(?:policy|terms of use|agrees?|moderat\w*|guidelines|community standards)\b|\b(?:policy|terms of use|guidelines|moderat\w*)\b.*\b(?:comments|commenters?|commenting)\b"#, required: ["comment"],
                                               alsoRequired: ["policy", "terms of use", "agree", "moderat", "guidelines", "community standards"])
    private static let subscribe = Pattern(#"^(?:subscribe|sign\s?up|sign\s?in|log\s?in|register|create (?:an |a free )?account|already a subscriber|get (?:the|our) newsletter|download (?:the|our) app)\b"#, required: ["subscribe", "sign", "log", "register", "create", "already", "get", "download"], atStart: true)
    private static let newsletter = Pattern(#"newsletter|inbox|subscribe"#, required: ["newsletter", "inbox", "subscribe"])
    private static let relatedHeading = Pattern(#"^(?:related(?:\s+(?:articles?|stories|story|coverage|content|news|links|topics|posts|reading))?|more (?:on|about) (?:this|the) (?:story|topic)|more from .{1,40}|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|you (?:may|might) also (?:like|be interested in)|(?:see|read) also|also read|top stories|trending(?: now)?|what to read next)\s*:?$"#,
                                                 required: ["related", "more", "recommended", "most", "you", "see", "read", "also", "top", "trending", "what"],
                                                 atStart: true)
    private static let readMore = Pattern(#"^(?:read more|read also|also read|see also|related|more|watch|listen|click here|tap here)\s*[:>»|-]"#, required: ["read", "also", "see", "related", "more", "watch", "listen", "click", "tap"], atStart: true)
    private static let advertisement = Pattern(#"^(?:advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|scroll to continue(?: with content)?)$"#,
                                                required: ["ad", "sponsored", "promoted", "paid", "scroll"], atStart: true)
    private static let copyright = Pattern(#"^(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?(.{1,60}?)(?:[.,]\s*all rights reserved.*)?\.?$"#,
                                            required: ["©", "(c", "copyright"], atStart: true)
    private static let cookies = Pattern(#"\b(?:we|this (?:site|website)|our (?:site|website|partners))\b.*\bcookies?\b|\bcookies?\b.*\b(?:accept|consent|you agree|by continuing|settings|preferences)\b"#, required: ["cookie"])
    private static let policyPublisher = Pattern(#"(?:privacy policy|terms of use|terms of service) of (.{2,40}?) (?:and|,|\.)"#)

    /// The reason `text` (a cleaned line) is furniture, or nil when it may be article text.
    static func reason(for text: String) -> FurnitureReason? {
        if !LineShape.hasWords(text) { return .stray }
        let words = LineShape.wordCount(text, upTo: 80)
        if words <= 12, social.matches(text) { return .social }
        if words <= 10, shareWords.matches(text) { return .share }
        if words <= 5, gallery.matches(text) { return .gallery }
        if words <= 8, commentsHeading.matches(text) { return .comments }
        if words <= 80, commentPolicy.matches(text) { return .comments }
        if words <= 14, subscribe.matches(text) { return .subscribe }
        if words <= 30, newsletter.matches(text), subscribe.matches(text) || text.lowercased().contains("sign up") { return .subscribe }
        if words <= 8, relatedHeading.matches(text) { return .related }
        if words <= 25, readMore.matches(text) { return .readMore }
        if words <= 5, advertisement.matches(text) { return .advertisement }
        if words <= 16, copyright.matches(text) { return .copyright }
        if words <= 60, cookies.matches(text) { return .cookies }
        return nil
    }

    /// The outlet a furniture line names, as in `Follow Ynetnews on Facebook` or `© 2022 Reuters`.
    static func publisher(in text: String, reason: FurnitureReason) -> String? {
        let name: String??
        switch reason {
        case .social: name = social.captures(text)?.first
        case .copyright: name = copyright.captures(text)?.first
        case .comments: name = policyPublisher.captures(text)?.first
        default: name = nil
        }
        guard let found = name ?? nil else { return nil }
        let trimmed = String(Substring(found).trimmingWhitespace())
        let lowered = trimmed.lowercased()
        guard !trimmed.isEmpty, lowered != "us", !lowered.hasPrefix("us "), LineShape.wordCount(trimmed, upTo: 5) <= 5 else { return nil }
        return trimmed
    }
}
