/// Selection and scrolling of a vertical list of `count` rows shown `pageSize` rows at a time:
/// the behaviour the article list, the reading view and the entity sidebar share.
///
/// Invariants after every operation: the selection is inside `0..<count` (0 when empty), the
/// selected row is visible, and the offset never scrolls past the last full page.
public struct ListCursor: Hashable, Sendable {
    /// Number of rows in the list.
    public private(set) var count: Int
    /// Rows visible at once.
    public private(set) var pageSize: Int
    /// Index of the selected row; 0 when the list is empty (see ``selectedIndex``).
    public private(set) var selection: Int
    /// Index of the first visible row.
    public private(set) var offset: Int

    /// A cursor on the first row of a list of `count` rows showing `pageSize` at a time.
    public init(count: Int = 0, pageSize: Int = 1) {
        self.count = max(0, count)
        self.pageSize = max(0, pageSize)
        self.selection = 0
        self.offset = 0
    }

    /// The selected row, or nil when the list is empty.
    public var selectedIndex: Int? { count == 0 ? nil : selection }

    /// The rows currently on screen.
    public var visibleRange: Range<Int> { offset..<min(count, offset + pageSize) }

    /// How far paging moves: a page, never less than one row.
    private var step: Int { max(1, pageSize) }

    /// Changes the number of rows (the list was filtered or reloaded), keeping the selected
    /// index where it still exists.
    public mutating func setCount(_ newCount: Int) {
        count = max(0, newCount)
        settle()
    }

    /// Changes how many rows are visible (the pane was resized).
    public mutating func setPageSize(_ newPageSize: Int) {
        pageSize = max(0, newPageSize)
        settle()
    }

    /// Selects `index`, clamped to the list.
    public mutating func select(_ index: Int) {
        selection = index
        settle()
    }

    /// Selects the row shown `row` rows below the top of the pane; ignored past the end
    /// (for mouse clicks).
    public mutating func selectVisibleRow(_ row: Int) {
        guard row >= 0, row < pageSize, offset + row < count else { return }
        select(offset + row)
    }

    /// Moves the selection up `rows` rows.
    public mutating func moveUp(_ rows: Int = 1) { select(selection - rows) }

    /// Moves the selection down `rows` rows.
    public mutating func moveDown(_ rows: Int = 1) { select(selection + rows) }

    /// Scrolls a page down, moving the selection with the page.
    public mutating func pageDown() { scrollAndMove(by: step) }

    /// Scrolls a page up, moving the selection with the page.
    public mutating func pageUp() { scrollAndMove(by: -step) }

    /// Scrolls half a page down, moving the selection with it.
    public mutating func halfPageDown() { scrollAndMove(by: max(1, step / 2)) }

    /// Scrolls half a page up, moving the selection with it.
    public mutating func halfPageUp() { scrollAndMove(by: -max(1, step / 2)) }

    /// Selects the first row.
    public mutating func moveToTop() { select(0) }

    /// Selects the last row.
    public mutating func moveToBottom() { select(count - 1) }

    /// Scrolls the view by `rows` without moving the selection unless it would leave the
    /// screen, in which case it is dragged to the nearest visible row (mouse wheel).
    public mutating func scroll(by rows: Int) {
        offset = clampedOffset(offset + rows)
        selection = min(max(selection, offset), offset + step - 1)
        settle(keepingOffset: true)
    }

    /// Moves view and selection together by `rows`; at either end the selection still moves.
    private mutating func scrollAndMove(by rows: Int) {
        offset = clampedOffset(offset + rows)
        selection += rows
        settle()
    }

    /// Restores the invariants: selection inside the list, visible, offset in range.
    private mutating func settle(keepingOffset: Bool = false) {
        selection = count == 0 ? 0 : min(max(selection, 0), count - 1)
        if !keepingOffset {
            if selection < offset { offset = selection }
            if selection >= offset + step { offset = selection - step + 1 }
        }
        offset = clampedOffset(offset)
    }

    private func clampedOffset(_ value: Int) -> Int {
        min(max(value, 0), max(0, count - step))
    }
}
