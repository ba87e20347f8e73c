import DossierCore

/// `V`: the versions of a text (`ArticleVersions`), which the list shows as one row.
extension AppState {
    /// Opens the versions page of the article open in the reader, or else of the list's selected one; says so when
    /// it has no other version.
    mutating func openVersions() {
        var chosen = listSelection
        if focus != .list, case .article(let id)? = reader.page { chosen = id }
        guard let chosen, let summary = library.summary(library.listedAs[chosen] ?? chosen) else {
            message = "Select an article first"
            return
        }
        guard !summary.versions.isEmpty else {
            message = "“\(summary.title ?? summary.path)” has no other version in the collection"
            return
        }
        guard reader.page != .versions(summary.id) else { return }
        jump(to: ReaderPosition(page: .versions(summary.id)))
    }
}
