/// A readline edit of the prompt's text.
public enum PromptEdit: Hashable, Sendable {
    case moveToStart, moveToEnd, moveLeft, moveRight
    /// Backspace: the character before the cursor (nothing on an empty prompt).
    case deleteBackward
    /// Delete: the character under the cursor.
    case deleteForward
    /// Ctrl-u: everything before the cursor.
    case killToStart
    /// Ctrl-k: everything from the cursor on.
    case killToEnd
    /// Ctrl-w: the word before the cursor, with the spaces after it.
    case killWord
    /// Up and Down: the previous and next entries of the prompt's history.
    case historyPrevious, historyNext
}

extension Prompt {
    /// Types `character` at the cursor. A combining mark typed after a letter joins it as one character, so the
    /// cursor goes after what the typed text became, never past the end.
    mutating func insert(_ character: Character) {
        var characters = Array(text)
        let at = min(cursor, characters.count)
        characters.insert(character, at: at)
        text = String(characters)
        cursor = min(String(characters[...at]).count, text.count)
    }

    /// Applies a cursor or deletion edit (history is the state's).
    mutating func apply(_ edit: PromptEdit) {
        var characters = Array(text)
        let at = min(cursor, characters.count)
        var newCursor = at
        switch edit {
        case .moveToStart: newCursor = 0
        case .moveToEnd: newCursor = characters.count
        case .moveLeft: newCursor = max(0, at - 1)
        case .moveRight: newCursor = min(characters.count, at + 1)
        case .deleteBackward:
            guard at > 0 else { return }
            characters.remove(at: at - 1)
            newCursor = at - 1
        case .deleteForward:
            guard at < characters.count else { return }
            characters.remove(at: at)
        case .killToStart:
            characters.removeSubrange(0..<at)
            newCursor = 0
        case .killToEnd: characters.removeSubrange(at...)
        case .killWord:
            var start = at
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<at)
            newCursor = start
        case .historyPrevious, .historyNext: return
        }
        text = String(characters)
        cursor = newCursor
    }
}

extension AppState {
    /// How many entries each kind of prompt remembers.
    static let historyLimit = 100

    /// Edits the open prompt: moves its cursor, deletes, or steps through its history.
    mutating func editPrompt(_ edit: PromptEdit) {
        guard var prompt else { return }
        let history = promptHistory[prompt.purpose.kind] ?? []
        switch edit {
        case .historyPrevious:
            let next = (prompt.historyIndex ?? -1) + 1
            guard next < history.count else { return }
            if prompt.historyIndex == nil { prompt.draft = prompt.text }
            prompt.historyIndex = next
            prompt.text = history[history.count - 1 - next]
        case .historyNext:
            guard let index = prompt.historyIndex else { return }
            prompt.historyIndex = index == 0 ? nil : index - 1
            prompt.text = index == 0 ? prompt.draft : history[history.count - index]
        default:
            prompt.apply(edit)
        }
        self.prompt = prompt
    }

    /// Remembers a submitted prompt's text in its kind's history (not twice in a row, not empty); whether a history
    /// that outlives the session changed.
    mutating func remember(_ prompt: Prompt) -> Bool {
        let text = prompt.text
        guard !text.allSatisfy(\.isWhitespace) else { return false }
        var history = promptHistory[prompt.purpose.kind] ?? []
        guard history.last != text else { return false }
        history.append(text)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        promptHistory[prompt.purpose.kind] = history
        return prompt.purpose.kind.isKept
    }

    /// The histories that outlive the session.
    var keptHistory: [Prompt.Kind: [String]] { promptHistory.filter { $0.key.isKept } }

    /// Puts histories of an earlier session before this session's (each kind at most `historyLimit`, the newest).
    mutating func readHistory(_ earlier: [Prompt.Kind: [String]]) {
        for (kind, entries) in earlier where kind.isKept {
            var history = entries + (promptHistory[kind] ?? [])
            if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
            promptHistory[kind] = history
        }
    }

    /// What a submitted prompt does, by its purpose.
    mutating func submit(_ prompt: Prompt) -> [Effect] {
        switch prompt.purpose {
        case .search:
            search = prompt.text.isEmpty ? nil : SearchPattern(typed: prompt.text)
            if search != nil { stepSearch(forward: true, includingCurrent: true) }
        case .listSearch: return searchCollection(prompt.text)
        case .filter: return applyFilter(prompt.text)
        case .command: return runCommand(prompt.text)
        case .tag(let article): return tagChanges(prompt.text, for: [article])
        case .tagSelection(let articles): return tagChanges(prompt.text, for: articles)
        case .note(let article): return noteChange(prompt.text, for: article)
        case .rename(let entity): return renameChange(prompt.text, for: entity)
        case .detach(let entity): return detachChange(prompt.text, for: entity)
        case .pick(let goal): return finishPicking(goal, text: prompt.text)
        case .confirmMerge(let source, let target, let name): return confirmMerge(prompt.text, source: source, into: target, name: name)
        }
        return []
    }
}
