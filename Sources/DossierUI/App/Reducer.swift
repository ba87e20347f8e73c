import Foundation
import DossierCore

/// Applies an action to the state and returns the effects the run loop must perform. Pure: no I/O, no terminal;
/// what the state shows of files and the index is asked for as effects (a page's content when the reader's page
/// changes) and comes back as actions.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    var effects = state.apply(action)
    state.refreshViews()
    effects += state.requestContent()
    return effects
}

extension AppState {
    /// The request for the reader's page as it stands.
    var pageRequest: PageRequest? {
        guard let page = reader.page else { return nil }
        if case .entity = page { return PageRequest(page: page, shownArticles: reader.shownArticles, allArticles: reader.allArticles) }
        return PageRequest(page: page, shownArticles: 0)
    }

    /// Asks for the reader's page when what is shown is not its content (or no longer fits the library) and it has
    /// not been asked for already.
    mutating func requestContent() -> [Effect] {
        guard let request = pageRequest else { return [] }
        guard content?.request != request || contentIsStale, requested != request else { return [] }
        requested = request
        return [.loadPage(request)]
    }

    /// The action's change, with the effects it asks for. Actions that report work done elsewhere keep the message.
    fileprivate mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .rawTextLoaded, .tick, .marksChanged, .indexProgress, .libraryUpdated, .libraryCorrected, .pageLoaded, .collectionSearched, .filterLookedUp,
             .entitiesFound, .savedFiltersChanged: break
        default: message = nil
        }
        return reduceAction(&self, action)
    }
}

private func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let size):
        state.size = Size(width: max(0, size.width), height: max(0, size.height))
        state.fitToSize()
        state.clampScroll()
    case .focusNext: state.cycleFocus(by: 1)
    case .focusPrevious: state.cycleFocus(by: -1)
    case .focusLeft: state.moveFocus(by: -1)
    case .focusRight: state.moveFocus(by: 1)
    case .focus(let pane): state.setFocus(pane)
    case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
        if state.showHelp {
            let height = max(0, state.size.height - 1)
            let page = max(1, height - 5)
            let step = switch action {
            case .moveUp: -1
            case .pageUp: -page
            case .halfPageUp: -page / 2
            case .pageDown: page
            case .halfPageDown: page / 2
            case .top: -Int.max / 2
            case .bottom: Int.max / 2
            default: 1
            }
            state.helpScroll = max(0, min(KeyHelp.maxScroll(height: height, bindings: state.bindings), state.helpScroll + step))
            break
        }
        if state.move(action), !state.reader.raw { return state.markOpenArticleRead() }
    case .activate: return state.activate()
    case .nextTarget: state.step(forward: true)
    case .previousTarget: state.step(forward: false)
    case .back: state.goBack()
    case .forward: state.goForward()
    case .backOrQuit:
        if state.back.isEmpty { return [.quit] }
        state.goBack()
    case .quit: return [.quit]
    case .suspend: return [.suspend]
    case .toggleRaw: return state.toggleRaw()
    case .toggleAllFurniture: state.toggleAllFurniture()
    case .toggleHelp:
        state.showHelp.toggle()
        state.helpScroll = 0
    case .cycleLayout:
        state.arrangement = state.arrangement.next
        state.zoomed = false
        state.fitToSize()
        state.clampScroll()
        state.message = "Layout: \(state.arrangement.title)"
    case .toggleZoom:
        state.zoomed.toggle()
        state.fitToSize()
        state.clampScroll()
    case .cycleSort:
        state.sort = state.sort.next
        state.refreshList()
        state.message = "Sorted by \(state.sort.rawValue)"
    case .startSearch:
        state.prompt = state.focus == .list ? Prompt(purpose: .listSearch, text: state.listSearch?.text ?? "") : Prompt(purpose: .search, text: "")
    case .startFilter: state.prompt = Prompt(purpose: .filter, text: state.filter?.text ?? "")
    case .toggleStar where state.entityTarget != nil: return state.toggleEntityStar(state.entityTarget!)
    case .toggleRead, .toggleStar, .toggleArchive: return state.toggleMark(action)
    case .toggleSelected: state.toggleSelected()
    case .undo: return [.undoMark]
    case .redo: return [.redoMark]
    case .marksChanged(let marks, let entities, let message):
        state.message = message
        // The orphans page is read from the marks database: a change of marks may attach, delete or orphan some.
        if state.reader.page == .orphans { state.contentIsStale = true }
        return state.applyMarks(marks, entities: entities) + (state.savedFilters.isEmpty ? [] : [.countSavedFilters])
    case .libraryCorrected(let update): state.takeCorrected(update.library)
    case .startTagging: state.startTagging()
    case .startNote: state.startNote()
    case .editNoteExternally: return state.editNoteExternally()
    case .openSource(let web): return state.openSource(web: web)
    case .openLink(let url): return [.openSource(.url(url))]
    case .noteEdited(let article, let text): return state.noteChange(text, for: article)
    case .programFailed(let reason): state.message = reason
    case .toggleHighlight: return state.toggleHighlight()
    case .startCommand: state.prompt = Prompt(purpose: .command, text: "")
    case .promptComplete:
        if case .pick? = state.prompt?.purpose { state.pickNext() } else { state.completeTag() }
    case .hideEntity: return state.hideEntity()
    case .startMerge: return state.startMerge()
    case .entitiesFound(let text, let matches): state.takePicked(text, matches)
    case .savedFiltersChanged(let filters, let counts, let message):
        state.savedFilters = filters
        state.savedFilterCounts = counts
        if let message { state.message = message }
    case .promptHistoryRead(let earlier, let message):
        state.readHistory(earlier)
        if let message { state.message = message }
    case .splitEntity: return state.splitEntity()
    case .startRename: state.startRename()
    case .startDetach: state.startDetach()
    case .openCorrections: state.openCorrections()
    case .openOrphans:
        guard state.reader.page != .orphans else { break }
        state.jump(to: ReaderPosition(page: .orphans))
    case .attachOrphan(let orphan, let article): return [.attachOrphan(orphan, to: article)]
    case .openVersions: state.openVersions()
    case .correct(let change): return [.mark(change)]
    case .nextUnreadMention:
        if state.search != nil { state.step(forward: false) } else { state.openNextUnreadMention() }
    case .tick(let now):
        state.now = now
        if let opened = state.openedAt, now - opened >= 2 { return state.markOpenArticleRead() }
    case .promptInput(let character):
        state.prompt?.insert(character)
        return state.pickerLookup()
    case .promptEdit(let edit):
        state.editPrompt(edit)
        return state.pickerLookup()
    case .promptSubmit:
        guard let prompt = state.prompt else { break }
        state.prompt = nil
        let kept = state.remember(prompt) ? [Effect.saveHistory(state.keptHistory)] : []
        return kept + state.submit(prompt)
    case .cancel:
        if let prompt = state.prompt {
            state.prompt = nil
            if case .pick(.merge) = prompt.purpose { state.merging = nil; state.message = "Merge cancelled" }
        }
        else if state.merging != nil { state.merging = nil; state.message = "Merge cancelled" }
        else if !state.selected.isEmpty, state.focus == .list { state.selected = []; state.message = "Selection cleared" }
        else if state.listSearch != nil, state.focus == .list { state.endListSearch() }
        else if state.filter != nil, state.focus == .list { return state.applyFilter("") }
        else if state.showHelp { state.showHelp = false }
        else if state.search != nil { state.search = nil; state.reader.searchLine = nil }
        else if state.reader.raw { state.reader.raw = false; state.clampScroll() }
    case .click(let point): state.click(point)
    case .scroll(let point, let rows): state.scroll(at: point, by: rows)
    case .openArticle(let id, let mention): state.open(article: id, landing: mention.map(Landing.mention))
    case .openEntity(let id): state.open(entity: id)
    case .pageLoaded(let request, let content): state.take(content, for: request)
    case .pageFailed(let request, let reason): state.pageFailed(request, reason: reason)
    case .rawTextLoaded(let id, let lines): state.rawText[id] = lines
    case .collectionSearched(let found): state.takeSearch(found)
    case .collectionSearchFailed(_, let reason): state.message = reason
    case .filterLookedUp(let text, let lookups): state.takeFilter(text, lookups: lookups)
    case .toggleFurniture(let run):
        guard let first = run.first else { break }
        if state.reader.unfolded.remove(first) == nil { state.reader.unfolded.insert(first) }
    case .showMoreArticles: state.reader.shownArticles += state.entityPageSize
    case .showAllArticles:
        guard let entity = state.openEntity else { state.message = "Open an entity page first"; break }
        guard entity.articles.count > state.reader.shownArticles else { break }
        state.reader.allArticles = true
    case .showArticlesMentioning(let entities): return state.showArticles(mentioning: entities)
    case .indexProgress(let progress): state.indexing = progress
    case .libraryUpdated(let update): return state.replaceLibrary(with: update) + (state.savedFilters.isEmpty ? [] : [.countSavedFilters])
    case .indexingFailed(let reason):
        state.indexing = nil
        state.message = "Index not updated: \(reason)"
    }
    return []
}

extension AppState {
    private static let paneOrder: [Pane] = [.list, .reader, .sidebar]

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        fitToSize()
        clampScroll()
    }

    mutating func cycleFocus(by step: Int) {
        let index = Self.paneOrder.firstIndex(of: focus)!
        setFocus(Self.paneOrder[(index + step + Self.paneOrder.count) % Self.paneOrder.count])
    }

    mutating func moveFocus(by step: Int) {
        let index = Self.paneOrder.firstIndex(of: focus)! + step
        if Self.paneOrder.indices.contains(index) { setFocus(Self.paneOrder[index]) }
    }

    // MARK: Moving

    /// Moves in the focused pane; returns whether the reader moved with the end of its document in view.
    mutating func move(_ action: Action) -> Bool {
        switch focus {
        case .list:
            Self.apply(action, to: &list)
            return false
        case .sidebar:
            let before = sidebar.selectedIndex ?? 0
            Self.apply(action, to: &sidebar)
            settleSidebar(forward: (sidebar.selectedIndex ?? 0) >= before)
            return false
        case .reader:
            let height = max(1, readerHeight)
            switch action {
            case .moveDown: reader.scroll += 1
            case .moveUp: reader.scroll -= 1
            case .pageDown: reader.scroll += max(1, height - 1)
            case .pageUp: reader.scroll -= max(1, height - 1)
            case .halfPageDown: reader.scroll += max(1, height / 2)
            case .halfPageUp: reader.scroll -= max(1, height / 2)
            case .top: reader.scroll = 0
            case .bottom: reader.scroll = Int.max / 2
            default: break
            }
            return clampScroll()
        }
    }

    /// The article a mark key acts on: the open one in the reader, else the one selected in the list.
    var markTarget: ArticleID? {
        if focus == .reader, let article = openArticle { return article.id }
        return listSelection
    }

    /// Marks the open article read (once), as when it has been open two seconds or scrolled to its end.
    mutating func markOpenArticleRead() -> [Effect] {
        openedAt = nil
        guard let article = openArticle, marks[article.id]?.isRead != true else { return [] }
        return [.mark(.setRead(true, [article.id]))]
    }

    /// Filters the list with a query, its text and entity terms looked up first; a bad query leaves the list as it
    /// was and says why.
    mutating func applyFilter(_ text: String) -> [Effect] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            filter = nil
            refreshList()
            return []
        }
        do {
            let query = try Query(parsing: text)
            guard query.needsLookups else {
                takeFilter(text, lookups: QueryLookups())
                return []
            }
            return [.lookUpFilter(text, query)]
        } catch {
            message = "Filter not applied: \(error)"
            return []
        }
    }

    /// Filters the list with the query written as `text`, whose terms were looked up as `lookups`.
    mutating func takeFilter(_ text: String, lookups: QueryLookups) {
        guard let query = try? Query(parsing: text) else { return }
        filter = (query, text, lookups)
        refreshList()
        let counts = "\(listOrder.count) of \(library.summaries.count) articles match"
        switch lookups.failure {
        case nil: message = counts
        case .damaged(_, let reason)?: message = "Words not searched: the index is damaged (\(reason)); restart dossier to rebuild it. \(counts) the rest"
        case let failure?: message = "Words not searched: \(failure). \(counts) the rest"
        }
    }

    private static func apply(_ action: Action, to cursor: inout ListCursor) {
        switch action {
        case .moveDown: cursor.moveDown()
        case .moveUp: cursor.moveUp()
        case .pageDown: cursor.pageDown()
        case .pageUp: cursor.pageUp()
        case .halfPageDown: cursor.halfPageDown()
        case .halfPageUp: cursor.halfPageUp()
        case .top: cursor.moveToTop()
        case .bottom: cursor.moveToBottom()
        default: break
        }
    }

    /// Keeps the sidebar cursor off kind headings, moving on in the direction of travel.
    mutating func settleSidebar(forward: Bool) {
        refreshViews()
        let rows = sidebarRows
        guard var index = sidebar.selectedIndex, rows.indices.contains(index), !rows[index].isSelectable else { return }
        while rows.indices.contains(index), !rows[index].isSelectable { index += forward ? 1 : -1 }
        if !rows.indices.contains(index) {
            index = sidebar.selectedIndex!
            while rows.indices.contains(index), !rows[index].isSelectable { index += forward ? -1 : 1 }
        }
        if rows.indices.contains(index) { sidebar.select(index) }
    }

    /// Keeps the reader's scroll inside the document; returns whether the document's end is in view.
    @discardableResult
    mutating func clampScroll() -> Bool {
        refreshViews()
        let lines = document.lines.count
        reader.scroll = max(0, min(reader.scroll, lines - max(1, readerHeight)))
        return reader.scroll + readerHeight >= lines
    }

    // MARK: Opening and history

    mutating func activate() -> [Effect] {
        switch focus {
        case .list:
            guard let index = list.selectedIndex else { break }
            if let listSearch, let query = try? SearchQuery(listSearch.text) {
                // A search result opens on its first hit, with the hits marked and n/N stepping through them.
                search = SearchPattern(hitsOf: query, typed: listSearch.text)
                reader.searchLine = nil
                open(article: listOrder[index], landing: .searchHit)
            } else {
                open(article: listOrder[index], landing: nil)
            }
        case .sidebar:
            if let source = merging { return finishMerge(source) }
            refreshViews()
            let rows = sidebarRows
            if let index = sidebar.selectedIndex, rows.indices.contains(index), case .savedFilter(let saved, _) = rows[index] {
                return applySaved(saved)
            }
            if let index = sidebar.selectedIndex, rows.indices.contains(index), case .entity(let entity, _, _) = rows[index] {
                open(entity: entity.id)
            }
        case .reader:
            refreshViews()
            let targets = document.targets
            guard let index = reader.target, targets.indices.contains(index) else {
                step(forward: true)
                return []
            }
            return reduce(&self, targets[index].action)
        }
        return []
    }

    /// Goes to a new reader position, remembering the current one for back.
    mutating func jump(to position: ReaderPosition) {
        back.append(Location(reader: reader, focus: focus))
        forward.removeAll()
        reader = position
        focus = .reader
        sidebar = ListCursor()
        fitToSize()
        settleSidebar(forward: true)
    }

    /// Opens an article, landing on a mention once its content arrives.
    mutating func open(article id: ArticleID, landing: Landing?) {
        guard library.summary(id) != nil else { return }
        var position = ReaderPosition(page: .article(id))
        position.landing = landing
        jump(to: position)
        openedAt = marks[id]?.isRead == true ? nil : now
        if let index = listOrder.firstIndex(of: id) { list.select(index) }
    }

    /// Shows the content read for `request` when it is still the reader's page, landing where the open asked.
    mutating func take(_ pageContent: PageContent, for request: PageRequest) {
        guard request == pageRequest else { return }
        content = (request, pageContent)
        contentIsStale = false
        requested = nil
        refreshViews()
        if let landing = reader.landing {
            reader.landing = nil
            let targets = document.targets
            let found = targets.firstIndex { target in
                switch landing {
                case .mention(let mention): target.mention == mention
                case .entity(let entity): target.mention != nil && target.action == .openEntity(entity)
                case .searchHit: false
                }
            }
            if landing == .searchHit, search != nil {
                stepSearch(forward: true, includingCurrent: true)
            } else if let found {
                reader.target = found
                reader.scroll = targets[found].line - max(1, readerHeight) / 3
            }
        }
        if let target = reader.target, !document.targets.indices.contains(target) { reader.target = nil }
        settleSidebar(forward: true)
        clampScroll()
    }

    /// Says why a page could not be read and goes back to where the reader was, unless it shows an earlier content
    /// of the same page.
    mutating func pageFailed(_ request: PageRequest, reason: String) {
        guard request == pageRequest else { return }
        requested = nil
        message = reason
        if content?.request.page == request.page { return }
        if let previous = back.popLast() { restore(previous) } else { reader = ReaderPosition() }
        openedAt = nil
    }

    mutating func open(entity id: EntityID) {
        guard library.index.entity(id) != nil else { return }
        var position = ReaderPosition(page: .entity(id))
        position.shownArticles = entityPageSize
        jump(to: position)
    }

    /// Filters the list to the articles that mention all of `entities`, by their names, and shows the list.
    mutating func showArticles(mentioning entities: [EntityID]) -> [Effect] {
        let names = entities.compactMap { library.index.entity($0)?.canonicalName }
        guard names.count == entities.count, !names.isEmpty else { return [] }
        listSearch = nil
        setFocus(.list)
        return applyFilter(names.map { "entity:\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: " "))
    }

    mutating func goBack() {
        guard let previous = back.popLast() else { return }
        forward.append(Location(reader: reader, focus: focus))
        restore(previous)
    }

    mutating func goForward() {
        guard let next = forward.popLast() else { return }
        back.append(Location(reader: reader, focus: focus))
        restore(next)
    }

    private mutating func restore(_ location: Location) {
        reader = location.reader
        focus = location.focus
        sidebar = ListCursor()
        fitToSize()
        settleSidebar(forward: true)
        clampScroll()
    }

    // MARK: Targets and search

    /// Moves to the next or previous target (or search match while searching), scrolling it into view.
    mutating func step(forward: Bool) {
        if search != nil { return stepSearch(forward: forward, includingCurrent: false) }
        guard focus == .reader || focus == .list && reader.page != nil else { return }
        let targets = document.targets
        guard !targets.isEmpty else { return }
        let next: Int
        let height = max(1, readerHeight)
        // A target scrolled out of view no longer holds the place: stepping starts again from what is on screen.
        if let current = reader.target, targets.indices.contains(current),
           (reader.scroll..<reader.scroll + height).contains(targets[current].line) {
            next = forward ? min(current + 1, targets.count - 1) : max(current - 1, 0)
        } else {
            let visible = targets.firstIndex { $0.line >= reader.scroll } ?? (targets.count - 1)
            next = forward ? visible : max(0, visible - 1)
        }
        reader.target = next
        focus = .reader
        let line = targets[next].line
        if line < reader.scroll || line >= reader.scroll + height { reader.scroll = line - height / 3 }
        clampScroll()
    }

    mutating func stepSearch(forward: Bool, includingCurrent: Bool) {
        guard let query = search else { return }
        switch focus {
        case .reader:
            let document = self.document
            let lines = document.lines.indices.filter { query.matches(document.text(ofLine: $0)) }
            let current = includingCurrent ? reader.scroll : reader.searchLine ?? reader.scroll
            let found = forward
                ? lines.first { includingCurrent ? $0 >= current : $0 > current } ?? lines.first
                : lines.last { $0 < current } ?? lines.last
            guard let line = found else { message = "Not found: \(query.text)"; return }
            reader.searchLine = line
            let height = max(1, readerHeight)
            if line < reader.scroll || line >= reader.scroll + height { reader.scroll = line - height / 3 }
            clampScroll()
        case .list:
            let titles = listOrder.map { library.summary($0)?.title ?? "" }
            if let index = Self.nextMatch(in: titles, query: query, from: list.selectedIndex ?? 0, forward: forward, includingCurrent: includingCurrent) {
                list.select(index)
            } else { message = "Not found: \(query.text)" }
        case .sidebar:
            let names = sidebarRows.map { row -> String in if case .entity(let entity, _, _) = row { entity.canonicalName } else { "" } }
            if let index = Self.nextMatch(in: names, query: query, from: sidebar.selectedIndex ?? 0, forward: forward, includingCurrent: includingCurrent) {
                sidebar.select(index)
            } else { message = "Not found: \(query.text)" }
        }
    }

    private static func nextMatch(in texts: [String], query: SearchPattern, from start: Int, forward: Bool, includingCurrent: Bool) -> Int? {
        guard !texts.isEmpty else { return nil }
        let count = texts.count
        for step in (includingCurrent ? 0 : 1)...count {
            let index = ((forward ? start + step : start - step) % count + count) % count
            if query.matches(texts[index]) { return index }
        }
        return nil
    }

    // MARK: Toggles

    mutating func toggleRaw() -> [Effect] {
        guard let article = openArticle else { message = "Open an article first"; return [] }
        reader.raw.toggle()
        reader.target = nil
        reader.scroll = 0
        if reader.raw, rawText[article.id] == nil { return [.loadRawText(article.id, path: article.path)] }
        return []
    }

    mutating func toggleAllFurniture() {
        guard let article = openArticle else { return }
        let starts = article.blocks.indices.filter { article.blocks[$0].kind == .furniture && ($0 == 0 || article.blocks[$0 - 1].kind != .furniture) }
        reader.unfolded = reader.unfolded.isEmpty ? Set(starts) : []
        clampScroll()
    }

    // MARK: Mouse

    mutating func click(_ point: Point) {
        let layout = self.layout
        guard let pane = layout.pane(at: point), let rect = layout.rect(for: pane) else { return }
        setFocus(pane)
        switch pane {
        case .list: list.selectVisibleRow(point.y - rect.y)
        case .sidebar:
            sidebar.selectVisibleRow(point.y - rect.y)
            settleSidebar(forward: true)
        case .reader:
            let line = reader.scroll + point.y - rect.y
            let column = point.x - rect.x
            reader.target = document.targets.firstIndex { $0.line == line && $0.columns.contains(column) }
        }
    }

    mutating func scroll(at point: Point, by rows: Int) {
        guard let pane = layout.pane(at: point) else { return }
        switch pane {
        case .list: rows > 0 ? list.moveDown(rows) : list.moveUp(-rows)
        case .sidebar:
            rows > 0 ? sidebar.moveDown(rows) : sidebar.moveUp(-rows)
            settleSidebar(forward: rows > 0)
        case .reader:
            reader.scroll += rows
            clampScroll()
        }
    }
}
