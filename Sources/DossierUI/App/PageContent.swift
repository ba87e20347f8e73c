import DossierCore

/// What the reader asks the run loop to read for a page: the page and, on an entity page, how many of its
/// articles are shown.
public struct PageRequest: Hashable, Sendable {
    public var page: Page
    public var shownArticles: Int
    /// Whether the rest of an entity page's articles are listed too, a line each (`EntityPageRow`).
    public var allArticles: Bool

    public init(page: Page, shownArticles: Int = ReaderPosition.articlesPerPage, allArticles: Bool = false) {
        self.page = page
        self.shownArticles = shownArticles
        self.allArticles = allArticles
    }
}

/// A mention with the entity it belongs to, after the reader's corrections.
public struct EntityMention: Hashable, Sendable {
    public var mention: Mention
    public var entity: Entity

    public init(mention: Mention, entity: Entity) {
        self.mention = mention
        self.entity = entity
    }
}

/// An entity mentioned in the same articles as another, with how many articles they share and how much more
/// often than chance (pointwise mutual information, in bits).
public struct CoMention: Hashable, Sendable {
    public var entity: Entity
    public var articles: Int
    public var association: Double

    public init(entity: Entity, articles: Int, association: Double = 0) {
        self.entity = entity
        self.articles = articles
        self.association = association
    }
}

/// A page as the run loop read it for a `PageRequest`: what the reading view and the sidebar show of it.
public enum PageContent: Hashable, Sendable {
    /// An article with its mentions, in text order.
    case article(Article, mentions: [EntityMention])
    /// An entity's page: its first articles (those that could be read) with its mentions in each, the rest when
    /// all were asked for (a line each, at most `EntityPageRow.limit`), and the entities mentioned with it.
    case entity(Entity, articles: [EntityPageArticle], rest: [EntityPageRow], related: [CoMention])
    /// The corrections page, which the state lays out from the library's entity marks.
    case corrections
    /// The marks whose article is gone, by the id they were made under.
    case orphans([ArticleID: ArticleMarks])
    /// The versions of a text, the one the list shows first; an article is nil when its file cannot be read now.
    case versions([ArticleVersion])
}

/// One version of a text on the versions page.
public struct ArticleVersion: Hashable, Sendable {
    public var summary: ArticleSummary
    /// The whole article, or nil when its file cannot be read now.
    public var article: Article?

    public init(summary: ArticleSummary, article: Article?) {
        self.summary = summary
        self.article = article
    }
}

/// An article on an entity's page, with the entity's mentions in it.
public struct EntityPageArticle: Hashable, Sendable {
    public var article: Article
    public var mentions: [Mention]

    public init(article: Article, mentions: [Mention]) {
        self.article = article
        self.mentions = mentions
    }
}

/// An article listed on an entity's page by its summary alone, with the entity's mentions in it: what "show all"
/// adds after the articles shown with their sentences, without reading their files.
public struct EntityPageRow: Hashable, Sendable {
    public var summary: ArticleSummary
    public var mentions: Int

    /// The most rows a page lists; past them, a target shows all the entity's articles in the article list, which
    /// pages through any number.
    public static let limit = 500

    public init(summary: ArticleSummary, mentions: Int) {
        self.summary = summary
        self.mentions = mentions
    }
}

/// Where the reader lands once a page's content arrives.
public enum Landing: Hashable, Sendable {
    /// On this mention.
    case mention(Mention)
    /// On the first mention of this entity.
    case entity(EntityID)
    /// On the first hit of the search.
    case searchHit
}
