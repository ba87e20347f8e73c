/// Word lists behind the page-dump signals: common function words of the main European languages (and a few
/// others in the training pages), and the words page furniture is made of, grouped by the reason they give.
enum PageWords {
    /// Function words whose density marks running prose in English, German, French, Spanish, Italian,
    /// Portuguese, Dutch, Indonesian and Russian.
    static let stopWords: Set<String> = Set("""
    the a an of to in and or is are was were be been has have had it its that this for on with as by at from but \
    not he she they we you his her their our which who said will would can could there than also about after \
    der die das und ist nicht ein eine mit von zu den dem des sich auf für im auch es als an wie bei nach oder \
    wird sind war hat aus noch dass werden einen einer nur sie er wir \
    le la les et est un une des du que qui dans pour pas sur au avec il elle se ce sont plus par ne aux ont \
    el los las y es una que en por con para del al se lo su como más pero fue son sus le \
    il lo gli e è che di un una per con non si sono della del nel da al alla \
    o os as e é um uma que de do da em no na por com não para se mais foi \
    de het een en is van op te dat niet met zijn voor die er ook \
    yang dan di ini itu dengan untuk dari tidak ada akan pada juga dalam \
    и в не на что с по как это он она к из за от
    """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Furniture vocabulary by reason, matched as lower-cased word prefixes (`subscri` matches `subscribe`).
    static let furniture: [(reason: String, prefixes: [String])] = [
        ("sign-in", ["sign in", "sign up", "log in", "login", "log out", "logout", "register", "my account", "anmelden", "einloggen", "connexion", "iniciar sesión", "entrar"]),
        ("subscription", ["subscri", "newsletter", "abonn", "abbonati", "suscr", "assine", "premium", "paywall", "free trial", "already a subscriber", "inbox"]),
        ("sharing", ["share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "instagram", "youtube", "reddit", "email", "e-mail", "print", "teilen", "partager", "compartir", "compartilh", "condividi", "permalink", "follow us", "follow on", "folgen sie"]),
        ("advertisement", ["advertis", "anzeige", "werbung", "sponsor", "publicidad", "publicité", "pubblicità", "promoted", "paid content"]),
        ("related", ["related", "recommended", "more from", "more in", "more on", "read more", "read next", "read also", "see also", "also read", "you may also", "you might also", "most popular", "most read", "trending", "top stories", "latest", "mehr zum thema", "weiterlesen", "lesen sie", "leia mais", "leia também", "baca juga", "lire aussi", "leer más", "más noticias"]),
        ("comments", ["comment", "kommentar", "commentaire", "comentario", "comentário", "reply", "responses", "says:", "wrote:", "report abuse", "join the conversation", "discussion"]),
        ("cookies", ["cookie", "privacy", "datenschutz", "consent", "gdpr", "we use", "accept"]),
        ("legal", ["copyright", "©", "all rights reserved", "terms of", "terms and", "impressum", "contact us", "about us", "careers", "sitemap", "site map", "alle rechte"]),
        ("navigation", ["menu", "search", "skip to", "home", "back to top", "next", "previous", "close", "more", "sections", "video", "photos", "gallery", "podcast", "download", "app", "help", "faq", "feedback", "loading", "javascript", "browser", "click here", "startseite", "suche", "accueil", "inicio", "buscar"]),
    ]

    /// How bylines open, in the languages of `stopWords`; a line opening so names an author, not article text.
    static let bylineOpeners = ["by ", "posted by ", "written by ", "words by ", "reporting by ", "von ", "par ", "por ",
                                "door ", "oleh ", "автор"]

    /// The furniture reason whose vocabulary starts one of the text's words, if any (the first in list order).
    static func furnitureReason(_ lowercased: String) -> String? {
        // One pass over the word starts, trying only the prefixes that begin with the character there: a line may
        // be megabytes long, and searching it once per prefix would take seconds.
        var best = Int.max
        var previous: Character?
        var index = lowercased.startIndex
        while index < lowercased.endIndex {
            let character = lowercased[index]
            if !(previous.map { $0.isLetter || $0.isNumber } ?? false), let candidates = prefixesByFirstCharacter[character] {
                let rest = lowercased[index...]
                for (group, prefix) in candidates where group < best && rest.hasPrefix(prefix) { best = group }
                if best == 0 { break }
            }
            previous = character
            index = lowercased.index(after: index)
        }
        return best < furniture.count ? furniture[best].reason : nil
    }

    /// The furniture prefixes by their first character, each with the index of its group in `furniture`.
    private static let prefixesByFirstCharacter: [Character: [(group: Int, prefix: String)]] = {
        var table: [Character: [(group: Int, prefix: String)]] = [:]
        for (group, entry) in furniture.enumerated() {
            for prefix in entry.prefixes { table[prefix.first!, default: []].append((group, prefix)) }
        }
        return table
    }()
}
