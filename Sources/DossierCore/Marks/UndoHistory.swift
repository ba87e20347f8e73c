/// The session's committed edits, for undo and redo: undoing moves an edit to the redo stack, a new edit clears it.
public struct UndoHistory: Sendable {
    /// Edits that can be undone, oldest first.
    public private(set) var undoable: [MarkEdit] = []
    /// Edits that were undone and can be redone, most recently undone last.
    public private(set) var redoable: [MarkEdit] = []
    /// How many edits are kept; the oldest are forgotten beyond it.
    public let limit: Int

    public init(limit: Int = 1000) { self.limit = max(1, limit) }

    /// Records a new committed edit, forgetting what could be redone.
    mutating func record(_ edit: MarkEdit) {
        undoable.append(edit)
        if undoable.count > limit { undoable.removeFirst(undoable.count - limit) }
        redoable.removeAll()
    }

    /// Moves the last edit to the redo stack once its undo is committed.
    mutating func didUndo() { if let edit = undoable.popLast() { redoable.append(edit) } }

    /// Moves the last undone edit back once its redo is committed.
    mutating func didRedo() { if let edit = redoable.popLast() { undoable.append(edit) } }
}
