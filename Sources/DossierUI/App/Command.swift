/// An action a key can be bound to, by the name the config file's `[keys]` and `docs/keys.md` use.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case focusNext = "focus-next", focusPrevious = "focus-previous", focusLeft = "focus-left", focusRight = "focus-right"
    case down, up
    case pageDown = "page-down", pageUp = "page-up", halfPageDown = "half-page-down", halfPageUp = "half-page-up"
    case top, bottom
    case open, next, previous, back, forward
    case backOrQuit = "back-or-quit", quit, suspend
    case raw, foldAll = "fold-all", help, closeHelp = "close-help", sort, search, filter, layout, zoom
    case read, star, archive, tag, note, editNote = "edit-note", highlight, command
    case openURL = "open-url", openFile = "open-file", select, allArticles = "all-articles"
    case hideEntity = "hide-entity", merge, split, rename, detach, corrections, orphans, versions, nextUnread = "next-unread"
    case undo, redo, cancel
    case promptSubmit = "prompt-submit", promptComplete = "prompt-complete", promptCancel = "prompt-cancel", promptEditor = "prompt-editor"
    case promptStart = "prompt-start", promptEnd = "prompt-end", promptLeft = "prompt-left", promptRight = "prompt-right"
    case promptBackspace = "prompt-backspace", promptDelete = "prompt-delete"
    case promptKillStart = "prompt-kill-start", promptKillEnd = "prompt-kill-end", promptKillWord = "prompt-kill-word"
    case promptHistoryPrevious = "prompt-history-previous", promptHistoryNext = "prompt-history-next"

    /// The action the command sends.
    public var action: Action {
        switch self {
        case .focusNext: .focusNext
        case .focusPrevious: .focusPrevious
        case .focusLeft: .focusLeft
        case .focusRight: .focusRight
        case .down: .moveDown
        case .up: .moveUp
        case .pageDown: .pageDown
        case .pageUp: .pageUp
        case .halfPageDown: .halfPageDown
        case .halfPageUp: .halfPageUp
        case .top: .top
        case .bottom: .bottom
        case .open: .activate
        case .next: .nextTarget
        case .previous: .previousTarget
        case .back: .back
        case .forward: .forward
        case .backOrQuit: .backOrQuit
        case .quit: .quit
        case .suspend: .suspend
        case .raw: .toggleRaw
        case .foldAll: .toggleAllFurniture
        case .help, .closeHelp: .toggleHelp
        case .layout: .cycleLayout
        case .zoom: .toggleZoom
        case .sort: .cycleSort
        case .search: .startSearch
        case .filter: .startFilter
        case .read: .toggleRead
        case .star: .toggleStar
        case .archive: .toggleArchive
        case .tag: .startTagging
        case .note: .startNote
        case .editNote, .promptEditor: .editNoteExternally
        case .openURL: .openSource(web: true)
        case .openFile: .openSource(web: false)
        case .select: .toggleSelected
        case .allArticles: .showAllArticles
        case .highlight: .toggleHighlight
        case .command: .startCommand
        case .hideEntity: .hideEntity
        case .merge: .startMerge
        case .split: .splitEntity
        case .rename: .startRename
        case .detach: .startDetach
        case .corrections: .openCorrections
        case .orphans: .openOrphans
        case .versions: .openVersions
        case .nextUnread: .nextUnreadMention
        case .undo: .undo
        case .redo: .redo
        case .cancel: .cancel
        case .promptSubmit: .promptSubmit
        case .promptComplete: .promptComplete
        case .promptCancel: .cancel
        case .promptStart: .promptEdit(.moveToStart)
        case .promptEnd: .promptEdit(.moveToEnd)
        case .promptLeft: .promptEdit(.moveLeft)
        case .promptRight: .promptEdit(.moveRight)
        case .promptBackspace: .promptEdit(.deleteBackward)
        case .promptDelete: .promptEdit(.deleteForward)
        case .promptKillStart: .promptEdit(.killToStart)
        case .promptKillEnd: .promptEdit(.killToEnd)
        case .promptKillWord: .promptEdit(.killWord)
        case .promptHistoryPrevious: .promptEdit(.historyPrevious)
        case .promptHistoryNext: .promptEdit(.historyNext)
        }
    }
}
