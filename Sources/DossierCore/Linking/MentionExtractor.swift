import Foundation

/// Runs the entity tagger over the reading texts of articles (title, standfirst, paragraphs, figure captions; never
/// furniture) and gives their mentions, with acronyms the text defines (`The New York Times (NYT)`).
public struct MentionExtractor: Sendable {
    public let tagger: EntityTagger

    public init(tagger: EntityTagger) { self.tagger = tagger }

    /// The mentions in one article, the acronym definitions it contains (acronym key → name), and whether its
    /// title is in title case (whose spans `index` checks against the rest of the collection).
    public func mentions(in article: Article) -> (found: [FoundMention], definitions: [String: String], titleCase: Bool) {
        let parts = article.readingTexts
        let spans = tagger.mentions(inDocument: parts.map(\.text))
        var found: [FoundMention] = []
        var definitions: [String: String] = [:]
        for ((part, text), textSpans) in zip(parts, spans) {
            for (position, span) in textSpans.enumerated() {
                let start = text.distance(from: text.startIndex, to: span.range.lowerBound)
                let length = text.distance(from: span.range.lowerBound, to: span.range.upperBound)
                let mention = Mention(article: article.id, part: part, range: start..<start + length, surface: span.text)
                found.append(FoundMention(mention: mention, kind: KindCues.kind(of: position, in: textSpans, text: text)))
                if position > 0, NameKey.isAcronym(span.text) {
                    let previous = textSpans[position - 1]
                    let between = text[previous.range.upperBound..<span.range.lowerBound]
                    if between.filter({ !$0.isWhitespace }) == "(" {
                        definitions[NameKey.key(span.text).replacingOccurrences(of: " ", with: "")] = previous.text
                    }
                }
            }
        }
        let titleCase = article.title.map(Self.isTitleCase) ?? false
        return (found, definitions, titleCase)
    }

    /// Whether most words of a text of several words start with a capital letter, as headlines often do.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).compactMap { $0.first(where: \.isLetter) }
        guard words.count >= 4 else { return false }
        return words.filter(\.isUppercase).count * 10 >= words.count * 8
    }

    /// The entities of a whole collection, cross-linked, with the reader's entity corrections applied.
    public func index(_ articles: [Article], marks: [EntityID: EntityMarks] = [:]) -> MentionIndex {
        MentionIndex(entities: entities(articles), articleOrder: articles.map(\.id), marks: marks)
    }

    /// The resolved entities of a whole collection, before any correction. A headline in title case capitalises
    /// every word, so the tagger's spans there are unreliable: only those naming something mentioned outside a
    /// headline somewhere in the collection are kept.
    public func entities(_ articles: [Article]) -> [Entity] {
        var found: [FoundMention] = []
        var definitions: [String: String] = [:]
        var titleCase = Set<ArticleID>()
        for article in articles {
            let result = mentions(in: article)
            found += result.found
            definitions.merge(result.definitions) { first, _ in first }
            if result.titleCase { titleCase.insert(article.id) }
        }
        var known = Set<String>()
        for item in found where item.mention.part != .title {
            let key = NameKey.key(item.mention.surface)
            known.insert(key)
            if let last = key.split(separator: " ").last { known.insert(String(last)) }
        }
        found.removeAll { item in
            item.mention.part == .title && titleCase.contains(item.mention.article) && !known.contains(NameKey.key(item.mention.surface))
        }
        return EntityResolver().resolve(found, definitions: definitions)
    }
}

extension Article {
    /// The texts a reader reads, with the part each is: title, standfirst, paragraphs and figure captions.
    public var readingTexts: [(part: TextPart, text: String)] {
        var parts: [(TextPart, String)] = []
        if let title { parts.append((.title, title)) }
        if let standfirst { parts.append((.standfirst, standfirst)) }
        for (index, block) in blocks.enumerated() where block.kind != .furniture && !block.text.isEmpty {
            parts.append((.block(index), block.text))
        }
        return parts
    }

    /// The text of one part.
    public func text(of part: TextPart) -> String? {
        switch part {
        case .title: title
        case .standfirst: standfirst
        case .block(let index): blocks.indices.contains(index) ? blocks[index].text : nil
        }
    }

    /// The mentions of `entity` in this article, each with its sentence and its range in that sentence; a
    /// sentence that mentions it twice is given once, for its first mention (keyword in context).
    public func contexts(of entity: Entity) -> [(mention: Mention, sentence: String, range: Range<Int>)] {
        var shown = Set<String>()
        return entity.mentions.compactMap { mention in
            guard mention.article == id, let found = sentence(around: mention.range, in: mention.part),
                  shown.insert(found.sentence).inserted else { return nil }
            return (mention, found.sentence, found.range)
        }
    }

    /// The sentence of `part` around the character range `range`, and the range's offsets within that sentence.
    public func sentence(around range: Range<Int>, in part: TextPart) -> (sentence: String, range: Range<Int>)? {
        guard let text = text(of: part), range.upperBound <= text.count else { return nil }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        for sentence in Tokenizer.sentences(text) where sentence.contains(lower) || sentence.upperBound == lower {
            let offset = text.distance(from: sentence.lowerBound, to: lower)
            let clipped = min(range.count, text.distance(from: lower, to: sentence.upperBound))
            return (String(text[sentence]), offset..<offset + clipped)
        }
        return (text, range)
    }
}
