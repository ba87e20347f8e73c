import DossierCore

/// Following the background index update: its progress in the status bar, then the rebuilt collection in place
/// of the one shown, keeping what the reader was looking at when it is still there.
extension AppState {
    /// Replaces the library with the updated one under the current entity marks, keeping the selected article and
    /// the open page when they still exist; a complete update ends the indexing display.
    mutating func replaceLibrary(with update: LibraryUpdate) {
        let marks = library.entityMarks
        library = update.library.entityMarks == marks ? update.library : update.library.applying(entityMarks: marks)
        if update.isComplete { indexing = nil }
        let library = self.library
        if let page = reader.page, !library.holds(page) {
            reader = ReaderPosition()
            openedAt = nil
        }
        back.removeAll { $0.reader.page.map { !library.holds($0) } ?? false }
        forward.removeAll { $0.reader.page.map { !library.holds($0) } ?? false }
        if let merging, library.index.entity(merging) == nil { self.merging = nil }
        if let listSearch { searchCollection(listSearch.text, keepingSelection: true) } else { refreshList() }
        if let target = reader.target, !document.targets.indices.contains(target) { reader.target = nil }
        settleSidebar(forward: true)
        clampScroll()
        if update.problemCount > 0 {
            message = "Indexed; \(update.problemCount) file\(update.problemCount == 1 ? "" : "s") could not be read (listed on exit)"
        }
    }
}

extension Library {
    /// Whether the page's article or entity is in this library.
    func holds(_ page: Page) -> Bool {
        switch page {
        case .article(let id): summary(id) != nil
        case .entity(let id): index.entity(id) != nil
        }
    }
}
