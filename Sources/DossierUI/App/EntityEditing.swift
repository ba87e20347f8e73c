import DossierCore

/// Entity corrections from the sidebar or an entity page (pin, hide, merge, split, rename), following an entity
/// to its unread articles, and rebuilding the index when committed entity marks come back.
extension AppState {
    /// The entity the entity keys act on: the one selected in the focused sidebar, or the open entity page's.
    var entityTarget: Entity? {
        if focus == .sidebar, let index = sidebar.selectedIndex, sidebarRows.indices.contains(index),
           case .entity(let entity, _, _) = sidebarRows[index] { return entity }
        if focus == .reader { return openEntity }
        return nil
    }

    /// Pins or unpins the entity.
    func toggleEntityStar(_ entity: Entity) -> [Effect] {
        [.mark(.setEntityStarred(library.entityMarks[entity.id]?.isStarred != true, entity.id))]
    }

    /// Hides the selected entity from every view.
    mutating func hideEntity() -> [Effect] {
        guard let entity = entityTarget else { message = "Select an entity first"; return [] }
        return [.mark(.setEntityHidden(true, entity.id))]
    }

    /// Starts a merge of the selected entity: the picker finds the target in the whole collection by name; Enter
    /// with nothing typed leaves the pick to the sidebar, which takes focus.
    mutating func startMerge() -> [Effect] {
        guard let entity = entityTarget else { message = "Select an entity first"; return [] }
        merging = entity.id
        if focus != .sidebar { setFocus(.sidebar) }
        settleSidebar(forward: true)
        return startPicking(.merge(entity.id))
    }

    /// Merges the entity being merged into the one selected in the sidebar.
    mutating func finishMerge(_ source: EntityID) -> [Effect] {
        guard let target = entityTarget else { message = "Pick the entity to merge into"; return [] }
        guard target.id != source else { message = "Pick another entity to merge into"; return [] }
        merging = nil
        return [.mark(.mergeEntity(source, into: target.id))]
    }

    /// Splits out every entity merged directly into the selected one.
    mutating func splitEntity() -> [Effect] {
        guard let entity = entityTarget else { message = "Select an entity first"; return [] }
        let merged = library.entityMarks.filter { $0.value.mergedInto == entity.id }.keys.sorted { $0.rawValue < $1.rawValue }
        guard !merged.isEmpty else { message = "Nothing is merged into \(entity.canonicalName)"; return [] }
        return merged.map { .mark(.splitEntity($0)) }
    }

    /// Opens the rename prompt, prefilled with the entity's name.
    mutating func startRename() {
        guard let entity = entityTarget else { message = "Select an entity first"; return }
        prompt = Prompt(purpose: .rename(entity.id), text: entity.canonicalName)
    }

    /// The change a submitted rename asks for: a new name, or with empty text the extracted name back. A name
    /// another entity has asks first whether to merge into that one instead.
    mutating func renameChange(_ text: String, for id: EntityID) -> [Effect] {
        let name = text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { return [.mark(.renameEntity(id, to: nil))] }
        guard name != library.index.entity(id)?.canonicalName else { return [] }
        if let existing = library.index.entities.first(where: { $0.id != id && $0.canonicalName.caseInsensitiveCompare(name) == .orderedSame }) {
            prompt = Prompt(purpose: .confirmMerge(id, into: existing.id, name: name), text: "")
            return []
        }
        return [.mark(.renameEntity(id, to: name))]
    }

    /// The answer to "merge into the entity of that name?": y merges, n renames anyway.
    mutating func confirmMerge(_ answer: String, source: EntityID, into target: EntityID, name: String) -> [Effect] {
        switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
        case "y", "yes": return [.mark(.mergeEntity(source, into: target))]
        case "n", "no": return [.mark(.renameEntity(source, to: name))]
        default:
            message = "Not changed: answer y to merge or n to rename"
            return []
        }
    }

    /// Opens the prompt for the alias to detach from the selected entity.
    mutating func startDetach() {
        guard let entity = entityTarget else { message = "Select an entity first"; return }
        guard !entity.aliases.isEmpty else { message = "\(entity.canonicalName) has no other name to detach"; return }
        prompt = Prompt(purpose: .detach(entity.id), text: "")
    }

    /// The change a submitted detach prompt asks for: the alias typed (any case), which must be one of the entity's.
    mutating func detachChange(_ text: String, for id: EntityID) -> [Effect] {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty, let entity = library.index.entity(id) else { return [] }
        guard let alias = entity.aliases.first(where: { $0.caseInsensitiveCompare(typed) == .orderedSame }) else {
            message = "\(typed) is not a name of \(entity.canonicalName) (\(entity.aliases.joined(separator: ", ")))"
            return []
        }
        return [.mark(.detachAlias(id, alias: alias))]
    }

    /// Opens the page of entity corrections.
    mutating func openCorrections() {
        guard reader.page != .corrections else { return }
        jump(to: ReaderPosition(page: .corrections))
    }

    /// Opens the next unread article (after the open one, wrapping) that mentions the selected entity, keeping the
    /// sidebar focused on the entity so the key can be pressed again.
    mutating func openNextUnreadMention() {
        guard let entity = entityTarget else { message = "Select an entity first"; return }
        let articles = entity.articles
        let start = openArticle.flatMap { articles.firstIndex(of: $0.id) }.map { $0 + 1 } ?? 0
        let ordered = articles[min(start, articles.count)...] + articles[..<min(start, articles.count)]
        guard let next = ordered.first(where: { marks[$0]?.isRead != true && $0 != openArticle?.id }) else {
            message = "No unread article mentions \(entity.canonicalName)"
            return
        }
        open(article: next, landing: .entity(entity.id))
        setFocus(.sidebar)
        if let row = sidebarRows.firstIndex(where: { if case .entity(let shown, _, _) = $0 { shown.id == entity.id } else { false } }) {
            sidebar.select(row)
        }
    }

    /// Takes committed marks; new entity marks ask for the collection to be cross-linked again under them.
    mutating func applyMarks(_ articles: [ArticleID: ArticleMarks], entities: [EntityID: EntityMarks]?) -> [Effect] {
        marks = articles
        refreshList()
        settleSidebar(forward: true)
        clampScroll()
        guard let entities, entities != library.entityMarks else { return [] }
        return [.correctLibrary(entities)]
    }

    /// Takes the collection cross-linked again under new entity corrections: the open page is read again, and an
    /// open entity page that was merged away follows its entity (one that was hidden goes back).
    mutating func takeCorrected(_ corrected: Library) {
        library = corrected
        contentIsStale = true
        reader.target = nil
        if let source = merging, library.index.entity(source) == nil { merging = nil }
        if case .entity(let id)? = reader.page, library.index.entity(id) == nil {
            if let root = library.mergeRoot(of: id) { reader.page = .entity(root) }
            else if !back.isEmpty { goBack() }
            else { reader = ReaderPosition() }
        }
        refreshList()
        settleSidebar(forward: true)
        clampScroll()
    }
}

/// What an entity picked by name is for.
public enum PickGoal: Hashable, Sendable {
    /// Merge this entity into the one picked.
    case merge(EntityID)
    /// Open the picked entity's page.
    case open
}

/// The picker: a prompt that finds entities of the whole collection by name as it is typed (an effect per key,
/// answered from a sorted table of their names' words), Tab moving through what it found, Enter taking it.
extension AppState {
    /// Opens the picker for `goal`, with `text` typed.
    mutating func startPicking(_ goal: PickGoal, text: String = "") -> [Effect] {
        prompt = Prompt(purpose: .pick(goal), text: text)
        picked = (text, [], 0)
        return text.isEmpty ? [] : [.findEntities(text)]
    }

    /// Asks for the entities the picker's text names, after an edit.
    func pickerLookup() -> [Effect] {
        guard let prompt, case .pick = prompt.purpose, prompt.text != picked.text else { return [] }
        return [.findEntities(prompt.text)]
    }

    /// Takes what the picker found, when it is still for what is typed.
    mutating func takePicked(_ text: String, _ matches: [Entity]) {
        guard let prompt, case .pick = prompt.purpose, prompt.text == text else { return }
        picked = (text, matches, 0)
    }

    /// The submitted picker: the selected match, merged into or opened. An empty merge picker leaves the merge to
    /// the sidebar (pick an entity there and press Enter).
    mutating func finishPicking(_ goal: PickGoal, text: String) -> [Effect] {
        let (matches, selected) = picked.text == text ? (picked.matches, picked.selected) : ([], 0)
        picked = ("", [], 0)
        if text.allSatisfy(\.isWhitespace), case .merge = goal { return [] }
        guard !matches.isEmpty else { message = "No entity is named \(text)"; return [] }
        let target = matches[min(max(0, selected), matches.count - 1)]
        switch goal {
        case .merge(let source):
            merging = nil
            guard target.id != source else { message = "Pick another entity to merge into"; return [] }
            return [.mark(.mergeEntity(source, into: target.id))]
        case .open:
            open(entity: target.id)
            return []
        }
    }

    /// Tab in the picker: the next of what it found.
    mutating func pickNext() {
        guard !picked.matches.isEmpty else { return }
        picked.selected = (picked.selected + 1) % picked.matches.count
    }
}
