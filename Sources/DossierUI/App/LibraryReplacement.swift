import DossierCore

/// Following the background index update: its progress in the status bar, then the rebuilt collection in place
/// of the one shown, keeping what the reader was looking at when it is still there.
extension AppState {
    /// Replaces the library with the updated one, keeping the selected article and the open page when they still
    /// exist; a complete update ends the indexing display. The reader's entity corrections, the search and the
    /// filter's lookups are asked for again for the new library, and the open page is read again.
    mutating func replaceLibrary(with update: LibraryUpdate) -> [Effect] {
        let marks = library.entityMarks
        library = update.library
        contentIsStale = true
        if update.isComplete { indexing = nil }
        let library = self.library
        if let page = reader.page, !library.holds(page) {
            reader = ReaderPosition()
            openedAt = nil
        }
        back.removeAll { $0.reader.page.map { !library.holds($0) } ?? false }
        forward.removeAll { $0.reader.page.map { !library.holds($0) } ?? false }
        if let merging, library.index.entity(merging) == nil { self.merging = nil }
        refreshList()
        settleSidebar(forward: true)
        clampScroll()
        if update.problemCount > 0 {
            message = "Indexed; \(update.problemCount) file\(update.problemCount == 1 ? "" : "s") could not be read (listed on exit)"
        }
        var effects: [Effect] = []
        if update.library.entityMarks != marks { effects.append(.correctLibrary(marks)) }
        if let listSearch { effects.append(.searchCollection(listSearch.text)) }
        if let filter, filter.query.needsLookups { effects.append(.lookUpFilter(filter.text, filter.query)) }
        return effects
    }
}

extension Library {
    /// Whether the page's article or entity is in this library.
    func holds(_ page: Page) -> Bool {
        switch page {
        case .article(let id): summary(id) != nil
        case .entity(let id): index.entity(id) != nil
        case .corrections, .orphans: true
        case .versions(let id): summary(id)?.versions.isEmpty == false
        }
    }
}
