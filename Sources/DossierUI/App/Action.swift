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
    case cycleSort
    case startSearch
    case promptInput(Character)
    case promptDelete
    case promptSubmit
    /// Esc: close the prompt, the help or the search.
    case cancel
    case click(Point)
    case scroll(Point, by: Int)
    case resize(Size)
    case openArticle(ArticleID, at: Mention?)
    case openEntity(EntityID)
    case rawTextLoaded(ArticleID, [String])
    case toggleRead, toggleStar, toggleArchive, undo, redo
    case startFilter
    /// The marks after a change was committed, with what to tell the user.
    case marksChanged([ArticleID: ArticleMarks], message: String?)
    /// Time passes (seconds on a monotonic clock), for marking an article read after it has been open a while.
    case tick(Double)
    /// Fold or unfold a run of furniture blocks.
    case toggleFurniture([Int])
}

/// Work `reduce` asks the run loop to do outside the pure state change.
public enum Effect: Hashable, Sendable {
    case quit
    case suspend
    /// Commit a mark change, then send `.marksChanged`.
    case mark(MarkChange)
    case undoMark, redoMark
    /// Read the article's file, then send `.rawTextLoaded`.
    case loadRawText(ArticleID, path: String)
}
