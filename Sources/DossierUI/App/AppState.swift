import DossierCore

/// What the reading view shows.
public enum Page: Hashable, Sendable {
    case article(ArticleID)
    case entity(EntityID)
}

/// The reading view's position: its page, scroll, selected target, and per-page toggles.
public struct ReaderPosition: Hashable, Sendable {
    public var page: Page?
    /// The first document line shown.
    public var scroll = 0
    /// The selected target (mention, article or entity link), by its index in the document's targets.
    public var target: Int?
    /// Whether the raw file is shown instead of the cleaned article.
    public var raw = false
    /// The document line of the current search match.
    public var searchLine: Int?
    /// Indices of furniture blocks that are unfolded.
    public var unfolded: Set<Int> = []
    /// How many of an entity page's articles are shown; more are added a page at a time.
    public var shownArticles = ReaderPosition.articlesPerPage

    /// The articles an entity page shows at first, and adds each time more are asked for.
    public static let articlesPerPage = 8

    public init(page: Page? = nil) { self.page = page }
}

/// A place in the reader that back and forward return to.
public struct Location: Hashable, Sendable {
    public var reader: ReaderPosition
    public var focus: Pane
}

/// The text being typed at the status-bar prompt.
public struct Prompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case search, filter, command
        /// `/` in the article list: a full-text search of the whole collection.
        case listSearch
        case tag(ArticleID), note(ArticleID)
        case rename(EntityID)
    }
    public var purpose: Purpose
    public var text: String
}

/// Everything the reader shows, as a value: `reduce` changes it, `Screen.render` draws it.
public struct AppState: Sendable {
    public internal(set) var library: Library { didSet { contentRevision = Revision.next() } }
    public var size: Size
    public var focus: Pane = .list
    public var sort: ArticleSort = .date
    /// Article ids in list order.
    public var listOrder: [ArticleID]
    public var list: ListCursor
    public var reader = ReaderPosition()
    public var sidebar = ListCursor()
    public var back: [Location] = []
    public var forward: [Location] = []
    public var showHelp = false
    /// The first help entry shown, when the help is taller than the screen.
    public var helpScroll = 0
    public var prompt: Prompt?
    /// The active search of the focused pane, stepped through with `n`/`N`.
    public var search: String?
    /// A transient message for the status bar.
    public var message: String?
    /// Raw file lines loaded on request, by article.
    public var rawText: [ArticleID: [String]] = [:] { didSet { contentRevision = Revision.next() } }
    public var theme: Theme
    /// The marks of every marked article, as last committed.
    public var marks: [ArticleID: ArticleMarks] { didSet { contentRevision = Revision.next() } }
    /// The filter over the article list, and the text it was written as.
    public var filter: (query: Query, text: String)?
    /// The clock reading (seconds) when the open article was opened, until it is marked read.
    public var openedAt: Double?
    /// The latest clock reading.
    public var now: Double = 0
    /// The entity being merged, while the reader picks the one to merge it into.
    public var merging: EntityID?
    /// How far the background index update has come, while it runs.
    public var indexing: IndexProgress?
    /// The collection-wide search the list shows instead of every article, while it is on.
    public var listSearch: ListSearch?
    /// Changes whenever the library, the marks or the loaded raw texts change, to a number no other state has had.
    private(set) var contentRevision = Revision.next()
    /// The reading document last built, shared by copies of the state (its key says which state it is for).
    private let documentCache = DocumentCache()

    public init(library: Library, size: Size, marks: [ArticleID: ArticleMarks] = [:], theme: Theme = .standard) {
        self.library = library
        self.size = size
        self.theme = theme
        self.marks = marks
        listOrder = []
        list = ListCursor(count: 0, pageSize: 1)
        refreshList()
    }

    /// Recomputes the list from the sort and the filter (archived articles only when the filter asks for them),
    /// keeping the selected article selected when it is still listed.
    mutating func refreshList() {
        let selected = list.selectedIndex.flatMap { listOrder.indices.contains($0) ? listOrder[$0] : nil }
        let sorted = library.sorted(by: sort)
        if let listSearch {
            listOrder = listSearch.hits.filter { library.summary($0) != nil }
        } else if let filter {
            let evaluator = QueryEvaluator(query: filter.query, marks: marks, index: library.index, search: library.textSearch)
            listOrder = sorted.filter { library.summary($0).map(evaluator.matches) ?? false }
        } else {
            listOrder = sorted.filter { marks[$0]?.isArchived != true }
        }
        fitToSize()
        if let selected, let index = listOrder.firstIndex(of: selected) { list.select(index) }
    }

    /// The pane layout at the current size.
    public var layout: PaneLayout { PaneLayout(size: size, focus: focus) }

    /// The article open in the reader, or, on an entity page, none.
    public var openArticle: Article? {
        if case .article(let id)? = reader.page { return library.article(id) }
        return nil
    }

    /// The entity whose page is open.
    public var openEntity: Entity? {
        if case .entity(let id)? = reader.page { return library.index.entity(id) }
        return nil
    }

    /// The rows of the entity sidebar.
    public var sidebarRows: [SidebarRow] { SidebarRow.rows(for: self) }

    /// How many of the articles that mention `entity` are unread, counted over whichever is fewer: its articles,
    /// or the articles with marks (an entity of a large collection can be in tens of thousands of articles).
    public func unreadCount(of entity: Entity) -> Int {
        guard marks.count < entity.articles.count else { return entity.articles.count { marks[$0]?.isRead != true } }
        let read = marks.count { id, marks in marks.isRead && library.index.mentions(entity.id, in: id) }
        return entity.articles.count - read
    }

    /// The reading view's document at the reader pane's width, built again only when what it shows changed.
    public var document: ReadingDocument {
        let key = DocumentCache.Key(revision: contentRevision, page: reader.page, raw: reader.raw, width: readerWidth,
                                    shownArticles: reader.shownArticles, unfolded: reader.unfolded, highlight: highlightedEntity)
        return documentCache.document(for: key) { ReadingDocument.make(for: self, width: readerWidth) }
    }

    /// The reader pane's width; when the reader is not shown, the width it would have alone.
    var readerWidth: Int { layout.rect(for: .reader)?.width ?? size.width }

    /// The reader pane's height.
    var readerHeight: Int { layout.rect(for: .reader)?.height ?? max(0, size.height - 1) }

    /// Brings the list and sidebar cursors in line with the pane sizes and row counts.
    mutating func fitToSize() {
        let height = max(0, size.height - 1)
        list.setPageSize(layout.rect(for: .list)?.height ?? height)
        list.setCount(listOrder.count)
        sidebar.setPageSize(layout.rect(for: .sidebar)?.height ?? height)
        sidebar.setCount(sidebarRows.count)
    }
}
