import DossierUI
import Testing

@Suite struct ListCursorTests {
    /// The invariants every operation must restore.
    static func isSettled(_ cursor: ListCursor) -> Bool {
        let page = max(1, cursor.pageSize)
        let selectionInRange = cursor.count == 0 ? cursor.selection == 0 : (0..<cursor.count).contains(cursor.selection)
        let visible = cursor.count == 0 || (cursor.offset...(cursor.offset + page - 1)).contains(cursor.selection)
        return selectionInRange && visible && cursor.offset >= 0 && cursor.offset <= max(0, cursor.count - page)
    }

    @Test func emptyListHasNoSelection() {
        var cursor = ListCursor(count: 0, pageSize: 10)
        cursor.moveDown()
        cursor.pageDown()
        cursor.moveToBottom()
        #expect(cursor.selectedIndex == nil)
        #expect(cursor.offset == 0)
        #expect(cursor.visibleRange.isEmpty)
    }

    @Test func movingDownScrollsJustEnough() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.moveDown()
        #expect((cursor.selection, cursor.offset) == (1, 0))
        cursor.moveDown(14)
        #expect((cursor.selection, cursor.offset) == (15, 6))
        #expect(cursor.visibleRange == 6..<16)
        cursor.moveUp(10)
        #expect((cursor.selection, cursor.offset) == (5, 5))
        cursor.moveUp(50)
        #expect((cursor.selection, cursor.offset) == (0, 0))
    }

    @Test func pagingMovesViewAndSelectionTogether() {
        var cursor = ListCursor(count: 95, pageSize: 10)
        cursor.moveDown(3)
        cursor.pageDown()
        #expect((cursor.selection, cursor.offset) == (13, 10))
        for _ in 0..<20 { cursor.pageDown() }
        #expect((cursor.selection, cursor.offset) == (94, 85))
        cursor.pageUp()
        #expect((cursor.selection, cursor.offset) == (84, 75))
        for _ in 0..<20 { cursor.pageUp() }
        #expect((cursor.selection, cursor.offset) == (0, 0))
    }

    @Test func halfPagesMoveHalfAPage() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.halfPageDown()
        #expect((cursor.selection, cursor.offset) == (5, 5))
        cursor.halfPageDown()
        #expect((cursor.selection, cursor.offset) == (10, 10))
        cursor.halfPageUp()
        #expect((cursor.selection, cursor.offset) == (5, 5))
    }

    @Test func topAndBottom() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.moveToBottom()
        #expect((cursor.selection, cursor.offset) == (99, 90))
        cursor.moveToTop()
        #expect((cursor.selection, cursor.offset) == (0, 0))
    }

    @Test func shrinkingTheListClampsTheSelection() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.select(50)
        cursor.setCount(20)
        #expect((cursor.selection, cursor.offset) == (19, 10))
        cursor.setCount(0)
        #expect(cursor.selectedIndex == nil)
        cursor.setCount(5)
        #expect(cursor.selectedIndex == 0)
    }

    @Test func resizingKeepsTheSelectionVisible() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.moveDown(15)
        cursor.setPageSize(3)
        #expect((cursor.selection, cursor.offset) == (15, 13))
        cursor.setPageSize(40)
        #expect((cursor.selection, cursor.offset) == (15, 13))
        cursor.setPageSize(200)
        #expect(cursor.offset == 0)
    }

    @Test func shortListsNeverScroll() {
        var cursor = ListCursor(count: 4, pageSize: 10)
        cursor.pageDown()
        #expect((cursor.selection, cursor.offset) == (3, 0))
        #expect(cursor.visibleRange == 0..<4)
    }

    @Test func wheelScrollingDragsTheSelectionOnlyWhenItLeavesTheScreen() {
        var cursor = ListCursor(count: 100, pageSize: 10)
        cursor.select(5)
        cursor.scroll(by: 3)
        #expect((cursor.selection, cursor.offset) == (5, 3))
        cursor.scroll(by: 5)
        #expect((cursor.selection, cursor.offset) == (8, 8))
        cursor.scroll(by: -8)
        #expect((cursor.selection, cursor.offset) == (8, 0))
        cursor.scroll(by: 1_000)
        #expect((cursor.selection, cursor.offset) == (90, 90))
    }

    @Test func clickingARowSelectsIt() {
        var cursor = ListCursor(count: 12, pageSize: 10)
        cursor.scroll(by: 2)
        cursor.selectVisibleRow(4)
        #expect(cursor.selection == 6)
        cursor.selectVisibleRow(10)
        cursor.selectVisibleRow(-1)
        #expect(cursor.selection == 6)
    }

    @Test(arguments: [0, 1, 3, 10])
    func everyOperationKeepsTheInvariants(pageSize: Int) {
        var random = SplitMix(seed: UInt64(pageSize) + 7)
        var cursor = ListCursor(count: 37, pageSize: pageSize)
        for _ in 0..<2_000 {
            switch random.next() % 12 {
            case 0: cursor.moveUp(Int(random.next() % 5))
            case 1: cursor.moveDown(Int(random.next() % 5))
            case 2: cursor.pageUp()
            case 3: cursor.pageDown()
            case 4: cursor.halfPageUp()
            case 5: cursor.halfPageDown()
            case 6: cursor.moveToTop()
            case 7: cursor.moveToBottom()
            case 8: cursor.scroll(by: Int(random.next() % 21) - 10)
            case 9: cursor.setCount(Int(random.next() % 60))
            case 10: cursor.select(Int(random.next() % 80) - 10)
            default: cursor.setPageSize(Int(random.next() % 15))
            }
            #expect(Self.isSettled(cursor), "\(cursor)")
            if !Self.isSettled(cursor) { return }
        }
    }
}

/// A small deterministic random generator, so property tests replay identically.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
