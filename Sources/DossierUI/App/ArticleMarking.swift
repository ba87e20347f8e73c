import DossierCore

/// Tags, notes and highlights of one article, from the prompt or the reading view to mark changes.
extension AppState {
    /// Every tag used in the collection, sorted, for completion.
    var allTags: [String] { Set(marks.values.flatMap(\.tags)).sorted() }

    /// Opens the tag prompt for the article the mark keys act on.
    mutating func startTagging() {
        let targets = markTargets
        guard let article = targets.first else { message = "Select an article first"; return }
        prompt = Prompt(purpose: targets.count == 1 ? .tag(article) : .tagSelection(targets), text: "")
    }

    /// Opens the note prompt, prefilled with the current note.
    mutating func startNote() {
        guard let article = markTarget else { message = "Select an article first"; return }
        prompt = Prompt(purpose: .note(article), text: marks[article]?.note ?? "")
    }

    /// Hands the note to the user's editor: the note prompt's text when it is open, else the article's note.
    mutating func editNoteExternally() -> [Effect] {
        if let prompt, case .note(let article) = prompt.purpose {
            self.prompt = nil
            return [.editNote(article, text: prompt.text)]
        }
        guard prompt == nil else { message = "Only a note is edited in the editor"; return [] }
        guard let article = markTarget else { message = "Select an article first"; return [] }
        return [.editNote(article, text: marks[article]?.note ?? "")]
    }

    /// Opens the article's web address (an open article's, when it is http or https) or else its file.
    mutating func openSource(web: Bool) -> [Effect] {
        guard let id = markTarget, let summary = library.summary(id) else { message = "Select an article first"; return [] }
        if web, let article = openArticle, article.id == id, let url = article.url?.trimmingCharacters(in: .whitespaces),
           ["http://", "https://"].contains(where: { url.lowercased().hasPrefix($0) }),
           url.unicodeScalars.allSatisfy({ $0.value > 0x20 && !(0x7F...0x9F).contains($0.value) }) {
            return [.openSource(.url(url))]
        }
        return [.openSource(.file(summary.path))]
    }

    /// The changes a submitted tag prompt asks for over `articles`: each word adds a tag, `-word` removes one;
    /// words that would change none of them are skipped.
    func tagChanges(_ text: String, for articles: [ArticleID]) -> [Effect] {
        let tags = articles.map { Set(marks[$0]?.tags ?? []) }
        var effects: [Effect] = []
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map({ String($0).lowercased() }) {
            if word.hasPrefix("-"), word.count > 1 {
                let tag = String(word.dropFirst())
                let tagged = zip(articles, tags).filter { $0.1.contains(tag) }.map(\.0)
                if !tagged.isEmpty, !effects.contains(.mark(.removeTag(tag, tagged))) { effects.append(.mark(.removeTag(tag, tagged))) }
            } else if !word.hasPrefix("-") {
                let untagged = zip(articles, tags).filter { !$0.1.contains(word) }.map(\.0)
                if !untagged.isEmpty, !effects.contains(.mark(.addTag(word, untagged))) { effects.append(.mark(.addTag(word, untagged))) }
            }
        }
        return effects
    }

    /// The change a submitted note prompt asks for, when the note changes.
    func noteChange(_ text: String, for article: ArticleID) -> [Effect] {
        let note = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard note != (marks[article]?.note ?? "") else { return [] }
        return [.mark(.setNote(note.isEmpty ? nil : note, article))]
    }

    /// Completes the tag being typed (after `-` too) in the tag prompt or after `tag all ` on the command line:
    /// a single candidate in full, several as far as they agree, listing them.
    mutating func completeTag() {
        guard let text = prompt?.text else { return }
        let wordStart = text.lastIndex(where: { $0.isWhitespace || $0 == "," }).map(text.index(after:)) ?? text.startIndex
        var start = wordStart
        switch prompt?.purpose {
        case .tag?, .tagSelection?: break
        case .command?:
            let words = text[..<wordStart].split(whereSeparator: \.isWhitespace)
            guard words.count == 2, ["tag", "untag"].contains(words[0].lowercased()), words[1].lowercased() == "all" else { return }
        default: return
        }
        if text[start...].hasPrefix("-") { start = text.index(after: start) }
        let typed = text[start...].lowercased()
        let candidates = allTags.filter { $0.hasPrefix(typed) }
        guard let first = candidates.first else { message = "No tag starts with \(typed)"; return }
        var common = first
        for candidate in candidates.dropFirst() {
            common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        prompt?.text = String(text[..<start]) + common + (candidates.count == 1 ? " " : "")
        if candidates.count > 1 { message = candidates.joined(separator: " ") }
    }

    /// The paragraph `v` acts on: the block of the selected target, else the first paragraph showing at the top.
    var paragraphUnderCursor: Int? {
        guard openArticle != nil, !reader.raw else { return nil }
        let document = self.document
        if let index = reader.target, document.targets.indices.contains(index) {
            let line = document.targets[index].line
            if let block = document.paragraphLines.first(where: { $0.value.contains(line) })?.key { return block }
        }
        return document.paragraphLines.filter { $0.value.upperBound > reader.scroll }.min { $0.value.lowerBound < $1.value.lowerBound }?.key
    }

    /// Highlights the paragraph under the cursor, or removes the highlights on it.
    mutating func toggleHighlight() -> [Effect] {
        refreshViews()
        guard let article = openArticle, let block = paragraphUnderCursor else {
            message = "Open an article to highlight a paragraph"
            return []
        }
        let lines = article.blocks[block].lines
        let existing = (marks[article.id]?.highlights ?? []).filter { $0.lines.overlaps(lines) }
        if !existing.isEmpty { return existing.map { .mark(.removeHighlight(id: $0.id)) } }
        return [.mark(.addHighlight(article.id, lines, text: article.blocks[block].text))]
    }

    /// The blocks of an article that a highlight covers.
    static func highlightedBlocks(of article: Article, marks: ArticleMarks?) -> Set<Int> {
        let highlights = marks?.highlights ?? []
        return Set(article.blocks.indices.filter { index in highlights.contains { $0.lines.overlaps(article.blocks[index].lines) } })
    }
}

extension LineRange {
    /// Whether the two ranges share a line.
    func overlaps(_ other: LineRange) -> Bool { first <= other.last && other.first <= last }
}
