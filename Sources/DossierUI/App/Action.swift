import DossierCore

/// Something the user asked for, decoded from a key or the mouse by the keymap.
public enum Action: Hashable, Sendable {
    case focusNext, focusPrevious, focusLeft, focusRight
    case focus(Pane)
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    /// Open the selected article, entity or link.
    case activate
    case nextTarget, previousTarget
    case back, forward
    /// `q`: back, or quit at the top.
    case backOrQuit
    case quit
    case suspend
    case toggleRaw
    case toggleAllFurniture
    case toggleHelp
    /// Show three panes, the list and the reader, or one pane, in turn.
    case cycleLayout
    /// Show the focused pane alone, or go back to the arrangement.
    case toggleZoom
    case cycleSort
    case startSearch
    case promptInput(Character)
    /// A readline edit of the prompt: cursor, deletion, history.
    case promptEdit(PromptEdit)
    case promptSubmit
    /// Esc: close the prompt, the help or the search.
    case cancel
    case click(Point)
    case scroll(Point, by: Int)
    case resize(Size)
    case openArticle(ArticleID, at: Mention?)
    case openEntity(EntityID)
    /// The content the run loop read for a page.
    case pageLoaded(PageRequest, PageContent)
    /// The page could not be read, in plain words (its file vanished, say).
    case pageFailed(PageRequest, reason: String)
    case rawTextLoaded(ArticleID, [String])
    /// The collection-wide search's hits, best first.
    case collectionSearched(ListSearch)
    /// The collection-wide search `text` could not run, in plain words.
    case collectionSearchFailed(String, reason: String)
    /// What the filter's text and entity terms match, looked up for the filter written as `text`.
    case filterLookedUp(String, QueryLookups)
    /// `s` stars the selected or open article, or in the sidebar or on an entity page pins the entity.
    case toggleRead, toggleStar, toggleArchive, undo, redo
    case startFilter
    /// `t`: the tag prompt for the article (`name` adds, `-name` removes; Tab completes).
    case startTagging
    /// `e`: the note prompt for the article, prefilled; an empty note clears it.
    case startNote
    /// `E` (or Ctrl-x at the note prompt): edit the note in `$VISUAL`/`$EDITOR`.
    case editNoteExternally
    /// The note as saved in the editor.
    case noteEdited(ArticleID, String)
    /// A program run for the user (editor, opener) failed, in plain words.
    case programFailed(String)
    /// `O`: open the article's web address in the browser (its file in the pager when it has none); `P`: its file.
    case openSource(web: Bool)
    /// Enter on a link in an article: open its address with the user's opener.
    case openLink(String)
    /// `x` in the list: select the article, or unselect it; mark keys then act on every selected article.
    case toggleSelected
    /// The saved filters as kept, with how many articles each matches, and what to say.
    case savedFiltersChanged([SavedFilter], counts: [String: Int], message: String?)
    /// Prompt histories read from an earlier session, to go before this one's, and what to say (a file that could
    /// not be read or written).
    case promptHistoryRead([Prompt.Kind: [String]], message: String?)
    /// The entities the picker's text found, best first.
    case entitiesFound(String, [Entity])
    /// `v`: highlight the paragraph under the cursor, or remove its highlight.
    case toggleHighlight
    /// `:`: the command line for the whole listed set (`read all`, `unread all`, `tag all NAME`, `untag all NAME`).
    case startCommand
    /// Tab in the prompt: complete the word being typed.
    case promptComplete
    /// `x`: hide the selected entity as not a real one.
    case hideEntity
    /// `m`: start merging the selected entity; Enter on another entity in the sidebar finishes.
    case startMerge
    /// `M`: split out every entity merged into the selected one.
    case splitEntity
    /// `R`: the prompt to rename the selected entity; empty restores the extracted name.
    case startRename
    /// `D`: the prompt to detach an alias wrongly joined to the selected entity.
    case startDetach
    /// `C`: the page of entity corrections.
    case openCorrections
    /// Commit an entity correction or its undoing (from the corrections page).
    case correct(MarkChange)
    /// `I`: the page of orphaned marks (marks whose article is gone).
    case openOrphans
    /// `V`: the page of the open or selected article's versions.
    case openVersions
    /// Move the marks of the orphaned article id (first) to an article of the collection (from the orphans page).
    case attachOrphan(ArticleID, to: ArticleID)
    /// `N` in the sidebar: open the next unread article mentioning the selected entity.
    case nextUnreadMention
    /// The marks after a change was committed, with what to tell the user; `entities` nil when entity marks are
    /// unchanged.
    case marksChanged([ArticleID: ArticleMarks], entities: [EntityID: EntityMarks]? = nil, message: String?)
    /// The collection cross-linked again under the reader's entity corrections.
    case libraryCorrected(LibraryUpdate)
    /// Time passes (seconds on a monotonic clock), for marking an article read after it has been open a while.
    case tick(Double)
    /// Fold or unfold a run of furniture blocks.
    case toggleFurniture([Int])
    /// Show the next page of an entity page's articles.
    case showMoreArticles
    /// `A` on an entity page: list the rest of its articles, a line each (past `EntityPageRow.limit`, a target to the
    /// article list).
    case showAllArticles
    /// List the articles that mention every one of these entities (a filter on their names).
    case showArticlesMentioning([EntityID])
    /// How far the background index update has come.
    case indexProgress(IndexProgress)
    /// The collection as the finished background index update left it.
    case libraryUpdated(LibraryUpdate)
    /// The background index update stopped with this error; the reader keeps what it shows.
    case indexingFailed(String)
}

/// Work `reduce` asks the run loop to do outside the pure state change.
public enum Effect: Hashable, Sendable {
    case quit
    case suspend
    /// Show the article's file, or open its address, with the user's program and the terminal suspended; a failure
    /// comes back as `.programFailed`.
    case openSource(ArticleSource)
    /// Edit the text in the user's editor with the terminal suspended, then send `.noteEdited` (or `.programFailed`).
    case editNote(ArticleID, text: String)
    /// Commit a mark change, then send `.marksChanged`.
    case mark(MarkChange)
    case undoMark, redoMark
    /// Move the orphaned marks of the first id to the article of the second (`MarkStore.attach`), then send `.marksChanged`.
    case attachOrphan(ArticleID, to: ArticleID)
    /// Read the article's file, then send `.rawTextLoaded`.
    case loadRawText(ArticleID, path: String)
    /// Read a page's content, then send `.pageLoaded` or `.pageFailed`.
    case loadPage(PageRequest)
    /// Search the whole collection, then send `.collectionSearched` or `.collectionSearchFailed`.
    case searchCollection(String)
    /// Keep these saved filters, then send `.savedFiltersChanged`.
    case saveFilters([SavedFilter])
    /// Keep the histories of the prompts whose kind `isKept` for the next session.
    case saveHistory([Prompt.Kind: [String]])
    /// Count the articles each saved filter matches, then send `.savedFiltersChanged`.
    case countSavedFilters
    /// Find the entities whose names start with the text, then send `.entitiesFound`.
    case findEntities(String)
    /// Look up the text and entity terms of a filter, then send `.filterLookedUp`.
    case lookUpFilter(String, Query)
    /// Cross-link the collection again under these entity corrections, then send `.libraryCorrected`.
    case correctLibrary([EntityID: EntityMarks])
}

/// Where an article came from, for the programs that open it: its file (or record address), or its web address.
public enum ArticleSource: Hashable, Sendable {
    case file(String)
    case url(String)
}
