import DossierCore

/// What the reading view shows.
public enum Page: Hashable, Sendable {
    case article(ArticleID)
    case entity(EntityID)
    /// The reader's entity corrections (hidden, renamed, merged, detached), each with a way to undo it.
    case corrections
    /// Marks whose article is no longer in the collection, each to attach to the list's article or to delete.
    case orphans
    /// The versions of the text the list shows as this article (`ArticleSummary.versions`), each with what changed
    /// between it and this one.
    case versions(ArticleID)
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
    /// Whether an entity page lists the rest of its articles, a line each, after those shown.
    public var allArticles = false
    /// Where to land once the page's content arrives.
    public var landing: Landing?

    /// The fewest articles an entity page shows at first, and adds each time more are asked for (a screenful when
    /// that is more: `AppState.entityPageSize`).
    public static let articlesPerPage = 8

    public init(page: Page? = nil) { self.page = page }
}

/// A place in the reader that back and forward return to.
public struct Location: Hashable, Sendable {
    public var reader: ReaderPosition
    public var focus: Pane
}

/// The text being typed at the status-bar prompt, with its cursor and where it is in the prompt's history.
public struct Prompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case search, filter, command
        /// `/` in the article list: a full-text search of the whole collection.
        case listSearch
        case tag(ArticleID), note(ArticleID)
        /// Tags for every selected article.
        case tagSelection([ArticleID])
        case rename(EntityID)
        /// An entity picked by name from the whole collection, for a merge or to open its page.
        case pick(PickGoal)
        /// Which alias to detach from the entity.
        case detach(EntityID)
        /// A rename to a name another entity has: merge into that one, or rename anyway.
        case confirmMerge(EntityID, into: EntityID, name: String)

        /// The purpose without its subject: prompts of one kind share a history.
        public var kind: Kind {
            switch self {
            case .search: .search
            case .filter: .filter
            case .command: .command
            case .listSearch: .listSearch
            case .tag, .tagSelection: .tag
            case .note: .note
            case .rename, .confirmMerge: .rename
            case .pick: .pick
            case .detach: .detach
            }
        }
    }

    /// Prompts that share a history.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case search, filter, command, listSearch, tag, note, rename, detach, pick

        /// Whether the history of this kind outlives the session (`Effect.saveHistory`): every kind's but notes',
        /// which are the notes' own text, kept with the marks.
        public var isKept: Bool { self != .note }
    }

    public var purpose: Purpose
    /// The text; setting it puts the cursor at its end.
    public var text: String { didSet { cursor = text.count } }
    /// The cursor, in characters from the start of the text.
    public var cursor: Int
    /// The history entry shown (counted back from the newest), while Up and Down browse it.
    public var historyIndex: Int?
    /// The text typed before browsing the history, which Down past the newest entry brings back.
    public var draft = ""

    public init(purpose: Purpose, text: String) {
        self.purpose = purpose
        self.text = text
        cursor = text.count
    }
}

/// Everything the reader shows, as a value: `reduce` changes it, `Screen.render` draws it. It holds no handle: what
/// it shows of files and the index arrives as actions, and the reading document and sidebar rows are worked out
/// from the rest whenever what they depend on changed.
public struct AppState: Sendable {
    public internal(set) var library: Library { didSet { version += 1; marksVersion += 1 } }
    public var size: Size
    public var focus: Pane = .list
    /// Which panes show side by side, and whether the focused pane is zoomed to the whole width.
    public var arrangement: Arrangement
    public var zoomed = false
    /// The pane widths and reading measure the user chose.
    public var layoutSettings: LayoutSettings
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
    /// What was submitted at each kind of prompt this session, oldest first.
    public var promptHistory: [Prompt.Kind: [String]] = [:]
    /// The active search of the focused pane, stepped through with `n`/`N`.
    public var search: SearchPattern?
    /// A transient message for the status bar.
    public var message: String?
    /// Raw file lines loaded on request, by article.
    public var rawText: [ArticleID: [String]] = [:] { didSet { version += 1 } }
    public var theme: Theme
    /// The key binding table the keymap, the help and the status-bar hints read.
    public var bindings: KeyBindings
    /// The marks of every marked article, as last committed.
    public var marks: [ArticleID: ArticleMarks] { didSet { version += 1; marksVersion += 1 } }
    /// The filter over the article list, the text it was written as, and what its text and entity terms match.
    public var filter: (query: Query, text: String, lookups: QueryLookups)?
    /// The clock reading (seconds) when the open article was opened, until it is marked read.
    public var openedAt: Double?
    /// The latest clock reading.
    public var now: Double = 0
    /// The filters kept under a name, and how many articles each matches (counted when the marks or the library change).
    public var savedFilters: [SavedFilter] = [] { didSet { version += 1 } }
    public var savedFilterCounts: [String: Int] = [:] { didSet { version += 1 } }
    /// The articles selected in the list, which the mark keys act on together.
    public var selected: Set<ArticleID> = []
    /// What the picker's text found, and which of them Enter takes.
    public var picked: (text: String, matches: [Entity], selected: Int) = ("", [], 0)
    /// The entity being merged, while the reader picks the one to merge it into.
    public var merging: EntityID?
    /// How far the background index update has come, while it runs.
    public var indexing: IndexProgress?
    /// The collection-wide search the list shows instead of every article, while it is on.
    public var listSearch: ListSearch?
    /// The content read for the reader's page, and the request it answers.
    public internal(set) var content: (request: PageRequest, content: PageContent)? { didSet { version += 1 } }
    /// The page whose content has been asked for and not yet arrived.
    var requested: PageRequest?
    /// Whether the content was read for a library since replaced or corrected, and is read again.
    var contentIsStale = false
    /// The reading view's document at the reader pane's width.
    public private(set) var document = ReadingDocument()
    /// The rows of the entity sidebar.
    public private(set) var sidebarRows: [SidebarRow] = []
    /// Counts changes to the library, the marks, the raw texts and the page content: with the reader's position it
    /// says whether the document and the sidebar must be worked out again.
    private var version = 0
    /// Counts changes to the library and the marks, which the unread count depends on.
    private var marksVersion = 0
    private var unreadInputs: Int?
    /// How many of the collection's articles are unread, for the status bar.
    public private(set) var unreadArticles = 0
    private var documentInputs: DocumentInputs?
    private var sidebarInputs: SidebarInputs?

    public init(library: Library, size: Size, marks: [ArticleID: ArticleMarks] = [:], theme: Theme = .standard,
                bindings: KeyBindings = .standard, layoutSettings: LayoutSettings = .standard) {
        self.library = library
        self.layoutSettings = layoutSettings
        arrangement = layoutSettings.arrangement
        self.bindings = bindings
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
        let selected = listSelection
        let sorted = library.sorted(by: sort)
        // Versions of one text are one row, the version listed for them; a search or filter that finds another
        // version lists that row.
        if let listSearch {
            listOrder = library.listed(listSearch.hits.filter { library.summary($0) != nil })
        } else if let filter {
            let evaluator = QueryEvaluator(query: filter.query, marks: marks, lookups: filter.lookups)
            listOrder = library.listed(sorted.filter { library.summary($0).map(evaluator.matches) ?? false })
        } else {
            let hidden = library.listedAs
            listOrder = sorted.filter { marks[$0]?.isArchived != true && hidden[$0] == nil }
        }
        fitToSize()
        if let selected, let index = listOrder.firstIndex(of: selected) { list.select(index) }
    }

    /// How many articles an entity page shows at a time: a screenful (each takes four lines or more: a blank line,
    /// its title, its counts and a sentence).
    public var entityPageSize: Int { max(ReaderPosition.articlesPerPage, readerHeight / 4) }

    /// The pane layout at the current size.
    public var layout: PaneLayout {
        PaneLayout(size: size, focus: focus, arrangement: arrangement, zoomed: zoomed, reading: reader.page != nil, settings: layoutSettings)
    }

    /// The content shown for the reader's page, when it has arrived.
    var pageContent: PageContent? {
        guard let content, let page = reader.page, content.request.page == page else { return nil }
        return content.content
    }

    /// The article open in the reader, once read, or, on an entity page, none.
    public var openArticle: Article? {
        if case .article(let article, _)? = pageContent { return article }
        return nil
    }

    /// The entity whose page is open.
    public var openEntity: Entity? {
        if case .entity(let id)? = reader.page { return library.index.entity(id) }
        return nil
    }

    /// How many of the articles that mention `entity` are unread, counted over whichever is fewer: its articles,
    /// or the articles with marks (an entity of a large collection can be in tens of thousands of articles).
    public func unreadCount(of entity: Entity) -> Int {
        guard marks.count < entity.articles.count else { return entity.articles.count { marks[$0]?.isRead != true } }
        let read = marks.count { id, marks in marks.isRead && library.index.mentions(entity.id, in: id) }
        return entity.articles.count - read
    }

    /// What the document is built from besides the version.
    private struct DocumentInputs: Equatable {
        var version: Int
        var page: Page?
        var raw: Bool
        var width: Int
        var unfolded: Set<Int>
        var highlight: EntityID?
        /// On the orphans page, the list's article its targets attach marks to.
        var attachTarget: ArticleID?
    }

    /// What the sidebar rows are built from besides the version.
    private struct SidebarInputs: Equatable {
        var version: Int
        var page: Page?
    }

    /// Works out the sidebar rows and the reading document again if what they show changed: `reduce` calls it
    /// before it reads them and when it is done.
    mutating func refreshViews() {
        if unreadInputs != marksVersion {
            // Over the marks, not the articles: a large collection has far more articles than marks.
            unreadInputs = marksVersion
            unreadArticles = library.summaries.count - marks.count { id, marks in marks.isRead && library.summary(id) != nil }
        }
        let sidebarNow = SidebarInputs(version: version, page: reader.page)
        if sidebarNow != sidebarInputs {
            sidebarInputs = sidebarNow
            sidebarRows = SidebarRow.rows(for: self)
            sidebar.setCount(sidebarRows.count)
        }
        let documentNow = DocumentInputs(version: version, page: reader.page, raw: reader.raw, width: readerWidth, unfolded: reader.unfolded,
                                         highlight: highlightedEntity, attachTarget: reader.page == .orphans ? listSelection : nil)
        if documentNow != documentInputs {
            documentInputs = documentNow
            document = ReadingDocument.make(for: self, width: readerWidth)
        }
    }

    /// The article selected in the list, if any.
    var listSelection: ArticleID? { list.selectedIndex.flatMap { listOrder.indices.contains($0) ? listOrder[$0] : nil } }

    /// The reader pane's width; when the reader is not shown, the width it would have alone.
    var readerWidth: Int { layout.rect(for: .reader)?.width ?? size.width }

    /// The reader pane's height.
    var readerHeight: Int { layout.rect(for: .reader)?.height ?? max(0, size.height - 1) }

    /// Brings the list and sidebar cursors in line with the pane sizes and row counts.
    mutating func fitToSize() {
        refreshViews()
        let height = max(0, size.height - 1)
        list.setPageSize(layout.rect(for: .list)?.height ?? height)
        list.setCount(listOrder.count)
        sidebar.setPageSize(layout.rect(for: .sidebar)?.height ?? height)
        sidebar.setCount(sidebarRows.count)
    }
}
