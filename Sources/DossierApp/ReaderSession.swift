import DossierCore
import DossierText
import DossierUI
import Foundation

/// The reader's state with everything that performs its effects: the open collection (files, mention positions,
/// search) and the marks database. `send` reduces an action and performs the effects it leads to, feeding their
/// results back as actions, until none is left; the run loop, the hostile-input suite and tests all drive the
/// reader through it.
public struct ReaderSession {
    public private(set) var state: AppState
    /// The collection the state's library was made from.
    public private(set) var collection: OpenCollection
    /// Where marks are committed; without one, mark effects are left to the caller.
    private let store: MarkStore?
    /// Where saved filters are kept; without one, they last the session.
    private let savedFilterFile: SavedFilterFile?
    /// Where the prompts' histories are kept; without one, they last the session.
    private let historyFile: PromptHistoryFile?
    /// Runs after each committed mark change, with how many the session has committed.
    private let committed: (Int) -> Void
    private var commits = 0
    /// Numbers the libraries this session makes, so that each update differs from the last.
    private var generation = 0

    public init(collection: OpenCollection, size: Size, marks: [ArticleID: ArticleMarks] = [:], theme: Theme = .standard,
                bindings: KeyBindings = .standard, layout: LayoutSettings = .standard, store: MarkStore? = nil,
                savedFilters: SavedFilterFile? = nil, history: PromptHistoryFile? = nil, committed: @escaping (Int) -> Void = { _ in }) {
        self.collection = collection
        state = AppState(library: collection.library, size: size, marks: marks, theme: theme, bindings: bindings, layoutSettings: layout)
        self.store = store
        savedFilterFile = savedFilters
        historyFile = history
        self.committed = committed
        do throws(PromptHistoryError) {
            if let earlier = try history?.load(), !earlier.isEmpty { send(.promptHistoryRead(earlier, message: nil)) }
        } catch {
            send(.promptHistoryRead([:], message: "Prompt history not read: \(error.description)"))
        }
        do throws(SavedFilterError) {
            let filters = try savedFilters?.load() ?? []
            if !filters.isEmpty { send(.savedFiltersChanged(filters, counts: counts(of: filters), message: nil)) }
        } catch {
            send(.savedFiltersChanged([], counts: [:], message: error.description))
        }
    }

    /// A session over `state`, whose library was made from `collection`.
    public init(state: AppState, collection: OpenCollection, store: MarkStore? = nil) {
        self.state = state
        self.collection = collection
        self.store = store
        savedFilterFile = nil
        historyFile = nil
        committed = { _ in }
    }

    /// Reduces `action` and performs every effect it leads to. Returns what is left to the caller: quitting,
    /// suspending and running the user's programs (the terminal's), and mark changes when the session has no store.
    @discardableResult
    public mutating func send(_ action: Action) -> [Effect] {
        var left: [Effect] = []
        var pending = reduce(&state, action)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            guard let next = perform(effect) else {
                left.append(effect)
                continue
            }
            for action in next { pending += reduce(&state, action) }
        }
        return left
    }

    /// Takes in the marks another process (a script, `dossier import`, a second reader) committed since the last
    /// look, so that the list, the prompts and undo start from what is stored. The run loop calls it at every turn.
    public mutating func refreshMarksMadeElsewhere() {
        guard let store else { return }
        do {
            guard try store.changedElsewhere() else { return }
            send(.marksChanged(try store.allArticleMarks(), entities: try store.allEntityMarks(), message: "Marks changed elsewhere: shown"))
        } catch {
            send(.marksChanged(state.marks, message: "Marks not read: \(error)"))
        }
    }

    /// Moves the marks of articles whose text changed to the new text (`OpenCollection.followMarks`) and shows them.
    private mutating func followMarks() {
        guard let store, !collection.successions.isEmpty else { return }
        do {
            let moves = try collection.followMarks(in: store)
            guard !moves.isEmpty else { return }
            let detached = moves.reduce(0) { $0 + $1.detachedHighlights }
            send(.marksChanged(try store.allArticleMarks(), entities: try store.allEntityMarks(),
                               message: "Marks of \(moves.count) changed article\(moves.count == 1 ? "" : "s") moved to the new text"
                                   + (detached == 0 ? "" : " (\(detached) highlight\(detached == 1 ? "" : "s") detached)")))
        } catch {
            send(.marksChanged(state.marks, message: "Marks not moved: \(error)"))
        }
    }

    /// Takes what the background indexer posted: progress, and collections in place of the one shown.
    public mutating func take(_ event: BackgroundIndexer.Event) {
        switch event {
        case .progress(let progress): send(.indexProgress(progress))
        case .collection(let updated, let problemCount, let isComplete):
            collection = updated
            generation += 1
            send(.libraryUpdated(LibraryUpdate(library: updated.library, problemCount: problemCount, isComplete: isComplete, generation: generation)))
            if isComplete { followMarks() }
        case .failed(let reason): send(.indexingFailed(reason))
        }
    }

    /// Performs one effect, giving the actions that report its outcome, or nil for one the caller performs.
    private mutating func perform(_ effect: Effect) -> [Action]? {
        switch effect {
        case .quit, .suspend, .editNote, .openSource: return nil
        case .loadPage(let request): return [collection.page(request, store: store)]
        case .loadRawText(let id, let path): return [.rawTextLoaded(id, collection.rawLines(path))]
        case .searchCollection(let text):
            do {
                let query = try SearchQuery(text)
                let hits = try collection.search.rankedArticles(matching: query)
                let snippets = try collection.search.snippets(matching: query, limit: ListSearch.snippetLimit)
                return [.collectionSearched(ListSearch(text: text, hits: hits, snippets: snippets))]
            } catch let error as SearchQueryError {
                return [.collectionSearchFailed(text, reason: "Search not run: \(error.description)")]
            } catch {
                return [.collectionSearchFailed(text, reason: "Search failed: \(error)")]
            }
        case .saveFilters(let filters):
            do throws(SavedFilterError) {
                try savedFilterFile?.save(filters)
                let names = filters.map(\.name).joined(separator: ", ")
                return [.savedFiltersChanged(filters, counts: counts(of: filters), message: filters.isEmpty ? "No saved filters" : "Saved filters: \(names)")]
            } catch {
                return [.savedFiltersChanged(state.savedFilters, counts: state.savedFilterCounts, message: "Not saved: \(error)")]
            }
        case .saveHistory(let history):
            do throws(PromptHistoryError) {
                try historyFile?.save(history)
                return []
            } catch {
                return [.promptHistoryRead([:], message: "Prompt history not saved: \(error.description)")]
            }
        case .countSavedFilters:
            return [.savedFiltersChanged(state.savedFilters, counts: counts(of: state.savedFilters), message: nil)]
        case .findEntities(let text):
            return [.entitiesFound(text, collection.names.matches(text))]
        case .lookUpFilter(let text, let query):
            return [.filterLookedUp(text, QueryLookups(query, index: collection.index, search: collection.search))]
        case .correctLibrary(let entityMarks):
            collection = collection.applying(entityMarks: entityMarks)
            generation += 1
            return [.libraryCorrected(LibraryUpdate(library: collection.library, problemCount: 0, generation: generation))]
        case .mark(let change):
            guard let store else { return nil }
            let names = state.library
            return [commit(store) { () throws(MarkStoreError) in try store.apply(change).change.description(naming: names.displayName) }]
        case .attachOrphan(let orphan, let article):
            guard let store else { return nil }
            let lines = collection.library.summary(article).map { collection.rawLines($0.path) }
            let title = collection.library.summary(article).map { $0.title ?? $0.path } ?? article.rawValue
            return [commit(store) { () throws(MarkStoreError) in
                let move = try store.attach(orphan, to: article, lines: lines)
                return "Attached the marks of \(orphan.rawValue.prefix(8))… to “\(title)”"
                    + (move.detachedHighlights == 0 ? "" : "; \(move.detachedHighlights) highlight(s) not found in its text (kept, detached)")
            }]
        case .undoMark:
            guard let store else { return nil }
            let names = state.library
            return [commit(store) { () throws(MarkStoreError) in try store.undo()?.describe("Undone", naming: names.displayName) ?? "Nothing to undo" }]
        case .redoMark:
            guard let store else { return nil }
            let names = state.library
            return [commit(store) { () throws(MarkStoreError) in try store.redo()?.describe("Redone", naming: names.displayName) ?? "Nothing to redo" }]
        }
    }

    /// How many of the collection's articles each saved filter matches (one it cannot read counts none).
    private func counts(of filters: [SavedFilter]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for filter in filters {
            guard let query = try? Query(parsing: filter.query) else { continue }
            let evaluator = QueryEvaluator(query: query, marks: state.marks, lookups: QueryLookups(query, index: collection.index, search: collection.search))
            counts[filter.name] = collection.summaries.count(where: evaluator.matches)
        }
        return counts
    }

    /// Runs a store operation and reports the committed article and entity marks (or the failure).
    private mutating func commit(_ store: MarkStore, _ operation: () throws(MarkStoreError) -> String) -> Action {
        do {
            let message = try operation()
            let action = Action.marksChanged(try store.allArticleMarks(), entities: try store.allEntityMarks(), message: message)
            commits += 1
            committed(commits)
            return action
        } catch {
            return .marksChanged(state.marks, message: "Not saved: \(error)")
        }
    }
}

extension OpenCollection {
    /// The content of a page, read for `request` (the orphaned marks from `store`), or why it cannot be shown.
    func page(_ request: PageRequest, store: MarkStore?) -> Action {
        switch request.page {
        case .corrections: return .pageLoaded(request, .corrections)
        case .orphans:
            guard let store else { return .pageFailed(request, reason: "No marks database is open") }
            do throws(MarkStoreError) {
                return .pageLoaded(request, .orphans(try store.orphans(live: Set(library.summaries.map(\.id)))))
            } catch {
                return .pageFailed(request, reason: "Orphaned marks not read: \(error)")
            }
        case .versions(let id):
            guard let listed = library.summary(id), !listed.versions.isEmpty else {
                return .pageFailed(request, reason: "That article has no other version in the collection")
            }
            let summaries = [listed] + listed.versions.compactMap(library.summary)
            return .pageLoaded(request, .versions(zip(summaries, articles(summaries.map(\.id))).map(ArticleVersion.init)))
        case .article(let id):
            switch article(id) {
            case .success(let article):
                let mentions = library.index.linked(self.mentions.mentions(in: id)).map { EntityMention(mention: $0.mention, entity: $0.entity) }
                return .pageLoaded(request, .article(article, mentions: mentions))
            case .failure(let reason):
                // The file's name, not its path: the status bar is one line.
                let name = library.summary(id).map { ArticleText.safe(URL(fileURLWithPath: $0.path).lastPathComponent) } ?? "the article"
                return .pageFailed(request, reason: "Cannot open \(name): \(reason)")
            }
        case .entity(let id):
            guard let entity = library.index.entity(id) else { return .pageFailed(request, reason: "That entity is no longer in the collection") }
            // Ranked by title, the entity's mentions in each article (counted from the index's tallies, in one read)
            // and date.
            let (ranked, counts) = pageOrders.order(of: entity) {
                let counts = index.mentionCounts(of: entity.id)
                return (EntityPageOrder.articles(entity.articles, of: entity, summaries: library.summary, mentions: counts), counts)
            }
            let shown = Array(ranked.prefix(request.shownArticles))
            // The rest, when all are asked for, from the summaries: no file is read for them.
            let rest = !request.allArticles ? [] : ranked.dropFirst(shown.count).prefix(EntityPageRow.limit).compactMap { id in
                library.summary(id).map { EntityPageRow(summary: $0, mentions: counts[id] ?? 0) }
            }
            let items = zip(shown, articles(shown)).compactMap { id, article -> EntityPageArticle? in
                guard let article else { return nil }
                let mentions = library.index.linked(self.mentions.mentions(in: id)).filter { $0.entity.id == entity.id }.map(\.mention)
                return EntityPageArticle(article: article, mentions: mentions)
            }
            // From the collection's index, which keeps them: an entity of a large collection shares tens of thousands of
            // articles, and its page is read again at each return to it. The most frequent companions are ranked
            // again by association.
            let candidates = index.coMentioned(with: id, limit: 200).map { CoMention(entity: $0.entity, articles: $0.articles) }
            let related = EntityPageOrder.companions(candidates, articles: entity.articles.count, total: library.summaries.count)
            return .pageLoaded(request, .entity(entity, articles: items, rest: rest, related: related))
        }
    }
}
