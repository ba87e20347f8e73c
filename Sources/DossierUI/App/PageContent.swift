import DossierCore

/// What the reader asks the run loop to read for a page: the page and, on an entity page, how many of its
/// articles are shown.
public struct PageRequest: Hashable, Sendable {
    public var page: Page
    public var shownArticles: Int

    public init(page: Page, shownArticles: Int = ReaderPosition.articlesPerPage) {
        self.page = page
        self.shownArticles = shownArticles
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
    /// An entity's page: its first articles (those that could be read) with its mentions in each, and the
    /// entities mentioned with it.
    case entity(Entity, articles: [EntityPageArticle], related: [CoMention])
    /// The corrections page, which the state lays out from the library's entity marks.
    case corrections
    /// The marks whose article is gone, by the id they were made under.
    case orphans([ArticleID: ArticleMarks])
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

/// Where the reader lands once a page's content arrives.
public enum Landing: Hashable, Sendable {
    /// On this mention.
    case mention(Mention)
    /// On the first mention of this entity.
    case entity(EntityID)
    /// On the first hit of the search.
    case searchHit
}
