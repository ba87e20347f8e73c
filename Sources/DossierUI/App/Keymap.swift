/// Turns input events into actions. Vim-like keys and arrows both work; while the prompt is open, keys edit it.
public enum Keymap {
    /// The action for `event` in `state`, or nil when the event means nothing there.
    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(.click(let point)): return .click(point)
        case .mouse(.wheelUp(let point)): return .scroll(point, by: -3)
        case .mouse(.wheelDown(let point)): return .scroll(point, by: 3)
        case .key(let key):
            if state.prompt != nil { return promptAction(for: key) }
            if state.showHelp {
                switch key {
                case .escape, .character("?"), .character("q"): return .toggleHelp
                case .down, .character("j"): return .moveDown
                case .up, .character("k"): return .moveUp
                default: return nil
                }
            }
            if key == .character("N"), state.focus == .sidebar, state.search == nil { return .nextUnreadMention }
            return action(for: key)
        }
    }

    private static func promptAction(for key: Key) -> Action? {
        switch key {
        case .character(let character): .promptInput(character)
        case .backspace, .delete: .promptDelete
        case .enter: .promptSubmit
        case .tab: .promptComplete
        case .escape, .control("c"), .control("g"): .cancel
        default: nil
        }
    }

    private static func action(for key: Key) -> Action? {
        switch key {
        case .tab: .focusNext
        case .backTab: .focusPrevious
        case .left, .character("h"): .focusLeft
        case .right, .character("l"): .focusRight
        case .down, .character("j"): .moveDown
        case .up, .character("k"): .moveUp
        case .pageDown, .character(" "): .pageDown
        case .pageUp: .pageUp
        case .control("d"): .halfPageDown
        case .control("u"): .halfPageUp
        case .home, .character("g"): .top
        case .end, .character("G"): .bottom
        case .enter: .activate
        case .character("n"), .character("]"): .nextTarget
        case .character("N"), .character("["): .previousTarget
        case .backspace, .control("o"), .character("H"): .back
        case .character("L"): .forward
        case .character("q"): .backOrQuit
        case .character("Q"), .control("c"): .quit
        case .control("z"): .suspend
        case .character("r"): .toggleRaw
        case .character("z"): .toggleAllFurniture
        case .character("?"): .toggleHelp
        case .character("o"): .cycleSort
        case .character("/"): .startSearch
        case .character("f"): .startFilter
        case .character("u"): .toggleRead
        case .character("s"): .toggleStar
        case .character("a"): .toggleArchive
        case .character("t"): .startTagging
        case .character("e"): .startNote
        case .character("v"): .toggleHighlight
        case .character(":"): .startCommand
        case .character("x"): .hideEntity
        case .character("m"): .startMerge
        case .character("M"): .splitEntity
        case .character("R"): .startRename
        case .character("U"): .undo
        case .control("r"): .redo
        case .escape: .cancel
        default: nil
        }
    }
}
