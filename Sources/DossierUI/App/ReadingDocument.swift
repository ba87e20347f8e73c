import DossierCore
import DossierText

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style
}

/// Something selectable in the reading view: a mention, a link to an article or entity, or a furniture fold.
public struct ReadingTarget: Hashable, Sendable {
    /// The document line it starts on.
    public var line: Int
    /// The columns it covers on that line.
    public var columns: Range<Int>
    /// What Enter on it does.
    public var action: Action
    /// The mention it is, when it is one (so a jump can land on it).
    public var mention: Mention?
}

/// The reading view's content for a width: styled lines and targets. A plain function of the state, so tests can
/// check it without a terminal.
public struct ReadingDocument: Sendable {
    public var lines: [[Span]] = []
    public var targets: [ReadingTarget] = []
    /// The document lines of each paragraph of the article shown, by block index, for highlighting.
    public var paragraphLines: [Int: Range<Int>] = [:]

    /// The document for the page open in `state`, laid out `width` columns wide.
    public static func make(for state: AppState, width: Int) -> ReadingDocument {
        var builder = DocumentBuilder(width: width, theme: state.theme, measure: state.layoutSettings.measure)
        switch state.reader.page {
        case nil:
            builder.text("Select an article and press Enter.", style: state.theme.dim)
        case .article(let id)?:
            guard case .article(let article, let mentions)? = state.pageContent else {
                builder.text("Loading…", style: state.theme.dim)
                break
            }
            if state.reader.raw {
                builder.raw(article, lines: state.rawText[id])
            } else {
                builder.article(article, mentions: mentions, marks: state.marks[id], highlight: state.highlightedEntity,
                                unfolded: state.reader.unfolded)
            }
        case .corrections?:
            builder.corrections(state.library)
        case .orphans?:
            guard case .orphans(let orphans)? = state.pageContent else {
                builder.text("Loading…", style: state.theme.dim)
                break
            }
            builder.orphans(orphans, attachingTo: state.listSelection.flatMap(state.library.summary))
        case .versions?:
            guard case .versions(let versions)? = state.pageContent else {
                builder.text("Loading…", style: state.theme.dim)
                break
            }
            builder.versions(versions)
        case .entity(let id)?:
            guard let entity = state.library.index.entity(id) else { break }
            guard case .entity(_, let articles, let rest, let related)? = state.pageContent else {
                builder.text("Loading…", style: state.theme.dim)
                break
            }
            builder.entityPage(entity, articles: articles, rest: rest, requested: state.content?.request.shownArticles ?? 0,
                               pageSize: state.entityPageSize, related: related, pinned: state.library.entityMarks[entity.id]?.isStarred == true,
                               unread: state.unreadCount(of: entity))
        }
        return builder.document
    }

    /// The plain text of a line.
    public func text(ofLine line: Int) -> String { lines[line].map(\.text).joined() }
}

extension AppState {
    /// The entity under the sidebar cursor, whose mentions the reading view highlights.
    public var highlightedEntity: EntityID? {
        guard focus == .sidebar, let index = sidebar.selectedIndex else { return nil }
        let rows = sidebarRows
        guard rows.indices.contains(index), case .entity(let entity, _, _) = rows[index] else { return nil }
        return entity.id
    }
}

/// Appends wrapped, styled lines and targets to a document.
private struct DocumentBuilder {
    let width: Int
    let theme: Theme
    var document = ReadingDocument()
    let margin = 1
    /// The widest a line of text is drawn (the reading measure).
    let measure: Int

    init(width: Int, theme: Theme, measure: Int) {
        self.width = width
        self.theme = theme
        self.measure = measure
    }

    private var textWidth: Int { max(1, min(measure, width - 2 * margin)) }

    mutating func blank() { document.lines.append([]) }

    /// A mark over part of a text: a style, and optionally a target.
    struct Mark {
        var range: Range<Int>
        var style: Style
        var action: Action?
        var mention: Mention?
    }

    /// Wrapped text; `marks` restyle character ranges and make targets. `lead` starts the first line and the same
    /// width of spaces starts the others; `gutter` replaces the left margin of every line.
    mutating func text(_ text: String, style: Style, marks: [Mark] = [], lead: String = "", leadStyle: Style? = nil, gutter: Span? = nil) {
        let leadWidth = lead.displayWidth
        lines(of: text, ranges: wrappedRanges(Substring(text), width: max(1, textWidth - leadWidth)), style: style, marks: marks, lead: lead,
              leadStyle: leadStyle, gutter: gutter)
    }

    /// The lines at `ranges` of `text` (as wrapping gave them), styled and with their targets.
    mutating func lines(of text: String, ranges: [Range<String.Index>], style: Style, marks: [Mark], lead: String, leadStyle: Style?, gutter: Span?) {
        let leadWidth = lead.displayWidth
        let characters = Array(text)
        var styles = [Style](repeating: style, count: characters.count)
        for mark in marks {
            for index in mark.range.clamped(to: 0..<characters.count) { styles[index] = mark.style }
        }
        let targets = marks.filter { $0.action != nil }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var nextTarget = 0  // the first target not yet placed (an index, not removals: a paragraph may have thousands)
        var offset = 0  // character offset of the current line's start in `text`
        var offsetIndex = text.startIndex
        for (number, range) in ranges.enumerated() {
            // Counted on from the previous line, not from the start: a paragraph may be megabytes long.
            offset += text.distance(from: offsetIndex, to: range.lowerBound)
            offsetIndex = range.lowerBound
            let line = text[range]
            let count = line.count
            var spans = [gutter ?? Span(text: String(repeating: " ", count: margin), style: .plain)]
            spans.append(Span(text: number == 0 ? lead : String(repeating: " ", count: leadWidth), style: leadStyle ?? style))
            // Runs of one style, cut from the line where the style changes.
            func styleAt(_ index: Int) -> Style { styles.indices.contains(offset + index) ? styles[offset + index] : style }
            var runStart = line.startIndex
            var runStyle = styleAt(0)
            var cursor = line.startIndex
            for index in 0..<count {
                let characterStyle = styleAt(index)
                if characterStyle != runStyle {
                    if cursor > runStart { spans.append(Span(text: String(line[runStart..<cursor]), style: runStyle)) }
                    runStart = cursor
                    runStyle = characterStyle
                }
                cursor = line.index(after: cursor)
            }
            if cursor > runStart { spans.append(Span(text: String(line[runStart..<cursor]), style: runStyle)) }
            let lineRange = offset..<offset + count
            while nextTarget < targets.count, case let next = targets[nextTarget],
                  next.range.lowerBound < lineRange.upperBound || lineRange.isEmpty && next.range.lowerBound <= offset {
                nextTarget += 1
                let startInLine = max(0, next.range.lowerBound - offset)
                let endInLine = min(count, max(startInLine + 1, next.range.upperBound - offset))
                let prefixWidth = String(line.prefix(startInLine)).displayWidth
                let markWidth = String(line.dropFirst(startInLine).prefix(endInLine - startInLine)).displayWidth
                let column = margin + leadWidth + prefixWidth
                document.targets.append(ReadingTarget(line: document.lines.count, columns: column..<column + max(1, markWidth), action: next.action!, mention: next.mention))
            }
            document.lines.append(spans)
        }
    }

    /// The marks for the mentions in one part of an article (mentions grouped by part, so that an article of
    /// thousands of paragraphs does not scan every mention for each).
    private func marks(_ part: TextPart, in mentions: [TextPart: [(Mention, Entity)]], highlight: EntityID?) -> [Mark] {
        (mentions[part] ?? []).map { mention, entity in
            Mark(range: mention.range, style: entity.id == highlight ? theme.highlightedMention : theme.mention(entity.kind),
                 action: .openEntity(entity.id), mention: mention)
        }
    }

    /// The block's links as targets opening their addresses, over the characters of their words (a link counts its
    /// words in Unicode scalars).
    private func links(of block: Block) -> [Mark] {
        guard let links = block.links, !links.isEmpty else { return [] }
        var characterAt: [Int: Int] = [:]  // scalar offset of each character's start → character offset
        var scalars = 0
        for (offset, character) in block.text.enumerated() {
            characterAt[scalars] = offset
            scalars += character.unicodeScalars.count
        }
        characterAt[scalars] = block.text.count
        return links.compactMap { link in
            guard let start = characterAt[link.start], let end = characterAt[link.start + link.length], start < end else { return nil }
            return Mark(range: start..<end, style: theme.link, action: .openLink(link.url))
        }
    }

    /// The article laid out as `show` lays it out (`ArticleLayout`), styled by part, with its mentions as targets,
    /// its marks under the metadata, highlighted paragraphs marked in the gutter and furniture folds as targets.
    mutating func article(_ article: Article, mentions linked: [EntityMention], marks articleMarks: ArticleMarks?, highlight: EntityID?, unfolded: Set<Int>) {
        let mentions = Dictionary(grouping: linked.map { ($0.mention, $0.entity) }, by: \.0.part)
        let highlighted = AppState.highlightedBlocks(of: article, marks: articleMarks)
        let hasMetadata = ArticleText.metadata(article) != nil
        for run in ArticleLayout.runs(of: article, unfolded: unfolded) {
            if run.blankBefore { blank() }
            let start = document.lines.count
            var style = Style.plain
            var runMarks: [Mark] = []
            var gutter: Span?
            switch run.part {
            case .note, .alt, .furniture: style = theme.dim
            case .title:
                style = theme.title
                runMarks = marks(.title, in: mentions, highlight: highlight)
            case .metadata: style = theme.metadata
            case .standfirst:
                style = theme.standfirst
                runMarks = marks(.standfirst, in: mentions, highlight: highlight)
            case .paragraph(let index):
                if highlighted.contains(index) {
                    style = theme.highlightedPassage
                    gutter = Span(text: "▌", style: theme.highlightBar)
                }
                runMarks = links(of: article.blocks[index]) + marks(.block(index), in: mentions, highlight: highlight)
            case .figure(let index):
                style = theme.dim
                runMarks = marks(.block(index), in: mentions, highlight: highlight)
            case .fold(let blocks):
                style = theme.dim
                runMarks = [Mark(range: 0..<run.text.count, style: theme.dim, action: .toggleFurniture(blocks))]
            }
            lines(of: run.text, ranges: ArticleLayout.lines(of: run, width: textWidth), style: style, marks: runMarks, lead: run.lead,
                  leadStyle: nil, gutter: gutter)
            if case .paragraph(let index) = run.part { document.paragraphLines[index] = start..<document.lines.count }
            // The marks go under the metadata, or under the title when there is none.
            if let articleMarks, run.part == .metadata || run.part == .title && !hasMetadata { self.marks(articleMarks) }
        }
    }

    /// The article's marks under its metadata: starred, tags, highlight count, and the note.
    private mutating func marks(_ marks: ArticleMarks) {
        var parts: [String] = []
        if marks.isStarred { parts.append("★ starred") }
        if !marks.tags.isEmpty { parts.append("tags: " + marks.tags.joined(separator: ", ")) }
        if !marks.highlights.isEmpty { parts.append("\(marks.highlights.count) highlight\(marks.highlights.count == 1 ? "" : "s")") }
        if !parts.isEmpty { text(parts.joined(separator: " · "), style: theme.metadata) }
        if let note = marks.note { text(note, style: theme.standfirst, lead: "Note: ", leadStyle: theme.metadata) }
    }

    mutating func raw(_ article: Article, lines: [String]?) {
        text("Raw text of " + article.path + " (r: back to the article)", style: theme.dim)
        blank()
        guard let lines else { return text("Loading…", style: theme.dim) }
        let digits = String(lines.count).count
        for (number, line) in lines.enumerated() {
            let label = String(number + 1)
            text(line, style: .plain, lead: String(repeating: " ", count: digits - label.count) + label + " ", leadStyle: theme.dim)
        }
    }

    /// The sentences an entity page shows of each article: the first few, as a search engine's snippets do; the
    /// others are a target away (unless one more sentence would take no more room than that target).
    static let contextsPerArticle = 3

    /// An entity's page: its names and counts, the articles read for it with their first mentioning sentences, a
    /// line that shows more (or, once all are asked for, the rest a line each), and the entities mentioned with it.
    mutating func entityPage(_ entity: Entity, articles shown: [EntityPageArticle], rest: [EntityPageRow], requested: Int, pageSize: Int,
                             related: [CoMention], pinned: Bool, unread: Int) {
        text(entity.canonicalName, style: theme.title)
        let articles = entity.articles
        text("\(entity.kind.rawValue) · \(articles.count) article\(articles.count == 1 ? "" : "s") (\(unread) unread) · \(entity.mentionCount) mention\(entity.mentionCount == 1 ? "" : "s")" + (pinned ? " · ★ pinned" : ""), style: theme.metadata)
        if !entity.aliases.isEmpty { text("Also: " + entity.aliases.joined(separator: ", "), style: theme.dim) }
        let shownCount = min(requested, articles.count)
        for item in shown {
            let (article, mentions) = (item.article, item.mentions)
            let articleID = article.id
            blank()
            let title = article.title ?? article.path
            text(title, style: theme.heading, marks: [Mark(range: 0..<title.count, style: theme.heading, action: .openArticle(articleID, at: mentions.first), mention: nil)], lead: "▸ ")
            let count = "\(mentions.count) mention\(mentions.count == 1 ? "" : "s")"
            text(([count] + [ArticleText.metadata(article)].compactMap { $0 }).joined(separator: " · "), style: theme.metadata, lead: "  ")
            // One sentence more than are shown tells whether a line saying what is left would stand for more than it.
            var contexts = article.contexts(of: mentions, limit: Self.contextsPerArticle + 1)
            var rest: ArraySlice<Mention> = []
            if contexts.count > Self.contextsPerArticle, let last = contexts.last.flatMap({ mentions.firstIndex(of: $0.mention) }),
               last + 1 < mentions.count, let cut = mentions.firstIndex(of: contexts[Self.contextsPerArticle - 1].mention) {
                contexts.removeLast()
                rest = mentions[(cut + 1)...]
            }
            for context in contexts {
                text(context.sentence, style: .plain, marks: [Mark(range: context.range, style: theme.mention(entity.kind), action: .openArticle(articleID, at: context.mention), mention: context.mention)], lead: "  ")
            }
            // The rest are in the article: a target opens it at the first mention not shown.
            if let next = rest.first {
                let label = "\(rest.count) more mention\(rest.count == 1 ? "" : "s") in the article"
                text(label, style: theme.dim, marks: [Mark(range: 0..<label.count, style: theme.dim, action: .openArticle(articleID, at: next))], lead: "  ")
            }
        }
        if !rest.isEmpty {
            blank()
            text("Its other articles, by relevance", style: theme.title)
            for row in rest {
                let title = row.summary.title ?? row.summary.path
                let label = title + " · \(row.mentions) mention\(row.mentions == 1 ? "" : "s")" + (row.summary.date.map { " · " + $0 } ?? "")
                text(label, style: theme.dim, marks: [Mark(range: 0..<title.count, style: theme.heading, action: .openArticle(row.summary.id, at: nil))],
                     lead: "▸ ")
            }
            let listed = shownCount + rest.count
            if articles.count > listed {
                blank()
                let label = "All \(articles.count) in the article list (\(articles.count - listed) not listed here)"
                text(label, style: theme.dim, marks: [Mark(range: 0..<label.count, style: theme.heading, action: .showArticlesMentioning([entity.id]))],
                     lead: "▸ ")
            }
        } else if articles.count > shownCount {
            blank()
            let label = "Show \(min(pageSize, articles.count - shownCount)) more (\(articles.count - shownCount) not shown)"
            text(label, style: theme.dim, marks: [Mark(range: 0..<label.count, style: theme.heading, action: .showMoreArticles)], lead: "▸ ")
            let all = "Show all \(articles.count)"
            text(all, style: theme.dim, marks: [Mark(range: 0..<all.count, style: theme.heading, action: .showAllArticles)], lead: "▸ ")
        }
        if !related.isEmpty {
            blank()
            text("Mentioned with (most associated first)", style: theme.title)
            for item in related {
                let (other, shared) = (item.entity, item.articles)
                let both = "\(shared) article\(shared == 1 ? "" : "s") with both"
                let label = "\(other.canonicalName) · \(other.kind.rawValue) · " + both
                let bothStart = label.count - both.count
                text(label, style: .plain, marks: [
                    Mark(range: 0..<other.canonicalName.count, style: theme.mention(other.kind), action: .openEntity(other.id)),
                    Mark(range: bothStart..<label.count, style: theme.dim, action: .showArticlesMentioning([entity.id, other.id])),
                ], lead: "  ")
            }
        }
    }

    /// The marks whose article is gone, each with a target attaching them to `article` (the list's selected one)
    /// and one deleting them.
    mutating func orphans(_ orphans: [ArticleID: ArticleMarks], attachingTo article: ArticleSummary?) {
        text("Orphaned marks", style: theme.title)
        text("Marks whose article is no longer in the collection (its file deleted, or changed past recognition). "
             + "Select an article in the list first to attach them to it; U undoes a deletion.", style: theme.dim)
        blank()
        guard !orphans.isEmpty else {
            text("No orphaned marks: every mark is on an article of the collection.", style: theme.dim)
            return
        }
        for (id, marks) in orphans.sorted(by: { $0.key < $1.key }) {
            text(String(id.rawValue.prefix(12)) + "…  " + marks.summary, style: .plain, lead: "▸ ")
            if let note = marks.note { text("note: " + note, style: theme.dim, lead: "  ") }
            var actions: [(String, Action)] = [("delete them", .correct(.replace(articles: [id: ArticleMarks()], entities: [:])))]
            if let article { actions.insert(("attach them to “\(article.title ?? article.path)”", .attachOrphan(id, to: article.id)), at: 0) }
            for (label, action) in actions {
                text(label, style: theme.dim, marks: [Mark(range: 0..<label.count, style: theme.heading, action: action)], lead: "  ")
            }
        }
    }

    /// The versions of a text: the one the list shows, then each other with what changed from it to the listed one,
    /// word by word in changed paragraphs (`[-removed-]`, `{+added+}`, so that it reads without colour too).
    mutating func versions(_ versions: [ArticleVersion]) {
        guard let listed = versions.first else { return }
        text("Versions of “\(listed.summary.title ?? listed.summary.path)”", style: theme.title)
        text("\(versions.count) versions of one text, one row in the list: fetched again or syndicated with small changes. "
             + "Under each other version, what changed from it to the listed one.", style: theme.dim)
        for (place, version) in versions.enumerated() {
            blank()
            let summary = version.summary
            let title = summary.title ?? summary.path
            text(title, style: theme.heading, marks: [Mark(range: 0..<title.count, style: theme.heading, action: .openArticle(summary.id, at: nil))],
                 lead: "▸ ")
            text(([place == 0 ? "listed" : nil, summary.date, summary.path] + summary.copies).compactMap { $0 }.joined(separator: " · "),
                 style: theme.metadata, lead: "  ")
            guard place > 0 else { continue }
            guard let old = version.article, let new = listed.article else {
                text("Not compared: \(version.article == nil ? "its" : "the listed version's") file cannot be read now.", style: theme.dim, lead: "  ")
                continue
            }
            let diff = TextDiff(from: old.readingTexts.map(\.text), to: new.readingTexts.map(\.text))
            let counts = diff.wordCounts
            text(counts == (0, 0) ? "The same words as the listed version (the two differ in layout or furniture only)."
                 : "The listed version removed \(counts.removed) word\(counts.removed == 1 ? "" : "s") and added \(counts.added):",
                 style: theme.metadata, lead: "  ")
            for part in diff.parts {
                switch part {
                case .same(let paragraphs):
                    text("· \(paragraphs.count) paragraph\(paragraphs.count == 1 ? "" : "s") the same ·", style: theme.dim, lead: "  ")
                case .paragraph(let runs):
                    var line = "", length = 0
                    var marks: [Mark] = []
                    for run in runs {
                        let shown = switch run.change {
                        case .kept: run.text
                        case .removed: "[-" + run.text + "-]"
                        case .added: "{+" + run.text + "+}"
                        }
                        if length > 0 { (line, length) = (line + " ", length + 1) }
                        let start = length
                        (line, length) = (line + shown, length + shown.count)
                        if run.change != .kept { marks.append(Mark(range: start..<length, style: run.change == .removed ? theme.removed : theme.added)) }
                    }
                    text(line, style: .plain, marks: marks, lead: "  ")
                }
            }
        }
    }

    /// The reader's entity corrections, each with a target that undoes it.
    mutating func corrections(_ library: Library) {
        text("Entity corrections", style: theme.title)
        text("Enter on an action undoes that correction; U undoes the last change.", style: theme.dim)
        let extracted = Dictionary(library.baseEntities.map { ($0.id, $0.canonicalName) }) { first, _ in first }
        let marks = library.entityMarks.sorted { library.displayName($0.key).localizedStandardCompare(library.displayName($1.key)) == .orderedAscending }
        var rows: [(String, String, MarkChange)] = []
        for (id, mark) in marks {
            let name = library.displayName(id)
            if mark.isHidden { rows.append(("Hidden: \(name)", "unhide", .setEntityHidden(false, id))) }
            if let renamed = mark.name { rows.append(("Renamed: \(extracted[id] ?? id.rawValue) → \(renamed)", "restore the name", .renameEntity(id, to: nil))) }
            if let target = mark.mergedInto { rows.append(("Merged: \(extracted[id] ?? name) into \(library.displayName(target))", "split it out", .splitEntity(id))) }
            for key in mark.detached.sorted() { rows.append(("Detached: \(key) from \(name)", "join it again", .reattachAlias(id, alias: key))) }
            if mark.isStarred { rows.append(("Pinned: \(name)", "unpin", .setEntityStarred(false, id))) }
        }
        blank()
        guard !rows.isEmpty else {
            text("No corrections yet: x hides an entity, R renames it, m merges it, D detaches a name, s pins it.", style: theme.dim)
            return
        }
        for (label, undo, change) in rows {
            let line = label + " · " + undo
            text(line, style: .plain, marks: [Mark(range: (label.count + 3)..<line.count, style: theme.heading, action: .correct(change))], lead: "  ")
        }
    }
}
