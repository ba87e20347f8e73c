import Foundation

/// Runs the entity tagger over the reading texts of articles (title, standfirst, paragraphs, figure captions; never
/// furniture) and gives their mentions, with acronyms the text defines (`The New York Times (NYT)`).
public struct MentionExtractor: Sendable {
    public let tagger: EntityTagger

    public init(tagger: EntityTagger) { self.tagger = tagger }

    /// The mentions in one article, the acronym definitions it contains and whether its title is in title case.
    /// A headline in title case or capitals is tagged as recased by `HeadlineCase`; spans lose leading words that
    /// never start a name (`However Acme` → `Acme`).
    public func mentions(in article: Article) -> ArticleMentions {
        let parts = article.readingTexts
        var tagged = parts.map(\.text)
        for headline in parts.indices where parts[headline].part == .title || parts[headline].part == .standfirst {
            if let recased = HeadlineCase.recased(tagged[headline], body: parts.indices.filter { $0 != headline }.map { parts[$0].text }) {
                tagged[headline] = recased
            }
        }
        let spans = tagger.mentions(inDocument: tagged)
        var found: [FoundMention] = []
        var definitions: [String: String] = [:]
        for (((part, text), taggedText), textSpans) in zip(zip(parts, tagged), spans) {
            // Spans come in text order: each offset is counted on from the previous span's, not from the start.
            // Offsets in the tagged text are offsets in the text (recasing changes letters one for one).
            let characters = taggedText == text ? nil : Array(text)
            var start = 0
            var startIndex = taggedText.startIndex
            for (position, span) in textSpans.enumerated() {
                start += taggedText.distance(from: startIndex, to: span.range.lowerBound)
                startIndex = span.range.lowerBound
                let reading = KindCues.kind(of: position, in: textSpans, text: taggedText)
                let kind = reading.kind
                // A person's generational suffix is part of the name (`Joseph Comeaux Jr.`), though the tagger stops before it.
                let rest = taggedText[span.range.upperBound..<(position + 1 < textSpans.count ? textSpans[position + 1].range.lowerBound : taggedText.endIndex)]
                let suffix = kind == .person ? Self.generationalSuffixLength(after: rest) : 0
                let length = taggedText.distance(from: span.range.lowerBound, to: span.range.upperBound) + suffix
                let surface = characters.map { String($0[start..<start + length]) }
                    ?? (suffix == 0 ? span.text : String(taggedText[span.range.lowerBound...].prefix(length)))
                let skipped = Self.leadingNonNameLength(surface, person: kind == .person)
                let kept = skipped == 0 ? surface : String(surface.dropFirst(skipped))
                if skipped < surface.count, !NameKey.isNeverAName(kept) {
                    let mention = Mention(article: article.id, part: part, range: start + skipped..<start + length, surface: kept)
                    found.append(FoundMention(mention: mention, kind: kind, isConfirmed: reading.isConfirmed))
                }
                if position > 0, NameKey.isAcronym(span.text) {
                    let previous = textSpans[position - 1]
                    // Only an opening bracket between them, and white space: read up to the first other character.
                    let between = taggedText[previous.range.upperBound..<span.range.lowerBound].drop { $0.isWhitespace }
                    if between.first == "(", between.dropFirst().allSatisfy(\.isWhitespace) {
                        definitions[NameKey.letters(NameKey.key(span.text))] = previous.text
                    }
                }
            }
        }
        found += Self.namedAgain(in: parts.map { ($0.part, $0.text) }, found: found, article: article.id)
        // A headline still in title case after recasing keeps only the spans the rest of the collection confirms.
        let titleCase = parts.firstIndex { $0.part == .title }.map { Self.isTitleCase(tagged[$0]) } ?? false
        return ArticleMentions(article: article.id, found: found, definitions: definitions, titleCase: titleCase)
    }

    /// The names an article's spans give, found again in its title and standfirst where the tagger missed them: a
    /// whole name of a person, organisation or place (`Promises Treatment Center`), and the last word of an
    /// organisation's or a person's name (`Reid` of `Tara Reid`, `Okonjo` of `Okonjo Holdings`). A name of one word
    /// must be capitalised there, never written in lower case in the article, and no common word: a generic last word
    /// (`Council`, `Chiefs`) alone would name every council of the collection.
    static func namedAgain(in parts: [(part: TextPart, text: String)], found: [FoundMention], article: ArticleID) -> [FoundMention] {
        var names: [String: EntityKind] = [:]
        var firstWords = Set<String>()
        var longest = 1
        for item in found where item.kind != .other {
            let words = Self.words(item.mention.surface).map(\.text)
            guard let last = words.last else { continue }
            let whole = words.joined(separator: " ")
            names[whole] = names[whole] ?? item.kind
            firstWords.insert(words[0])
            longest = max(longest, min(words.count, 6))
            if words.count >= 2, item.kind != .place {
                names[last] = names[last] ?? item.kind
                firstWords.insert(last)
            }
        }
        guard !names.isEmpty else { return [] }
        func isName(_ word: String) -> Bool {
            let lower = word.lowercased()
            guard word.first?.isUppercase == true, !NameKey.isHonorific(lower) else { return false }
            if word.count > 1 && word.allSatisfy({ !$0.isLowercase }) { return true }
            guard word.count > 2, !Lexicons.shipped.isCommon(lower), !Lexicons.shipped.lowerWords.contains(lower) else { return false }
            // Never written in lower case in the article (a plain search of each text, made only for such a word).
            return !parts.contains { Self.containsWord(lower, in: $0.text) }
        }
        var spans: [TextPart: [Range<Int>]] = [:]
        for item in found { spans[item.mention.part, default: []].append(item.mention.range) }
        var again: [FoundMention] = []
        // Only headlines are read again: the tagger misses most there, and reading every paragraph character by
        // character would cost as much as tagging it.
        for (part, text) in parts where part == .title || part == .standfirst {
            let characters = Array(text)
            let words = Self.words(text)
            // The characters the tagger's spans cover, so that a name found again never overlaps one.
            var covered = [Bool](repeating: false, count: characters.count)
            for range in spans[part] ?? [] { for offset in range.clamped(to: 0..<characters.count) { covered[offset] = true } }
            var index = 0
            while index < words.count {
                var taken = 1
                defer { index += taken }
                guard firstWords.contains(words[index].text), !covered[words[index].offset] else { continue }
                for count in stride(from: min(longest, words.count - index), through: 1, by: -1) {
                    let run = words[index..<index + count]
                    // The words of a name of several are one space apart.
                    guard zip(run, run.dropFirst()).allSatisfy({ $1.offset == $0.offset + $0.text.count + 1 && characters[$0.offset + $0.text.count] == " " })
                    else { continue }
                    let name = run.map(\.text).joined(separator: " ")
                    let range = run.first!.offset..<run.last!.offset + run.last!.text.count
                    guard let kind = names[name], run.first!.text.first?.isUppercase == true, !range.contains(where: { covered[$0] }),
                          count > 1 || isName(name) else { continue }
                    again.append(FoundMention(mention: Mention(article: article, part: part, range: range, surface: name), kind: kind))
                    taken = count
                    break
                }
            }
        }
        return again
    }

    /// Whether `text` holds `word` (lower case) as a whole word.
    private static func containsWord(_ word: String, in text: String) -> Bool {
        var rest = text[...]
        while let found = rest.range(of: word) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if before?.isLetterASCIIFirst != true && after?.isLetterASCIIFirst != true { return true }
            rest = text[found.upperBound...]
        }
        return false
    }

    /// The words of a text (letters and digits, with an apostrophe or hyphen between two of them) and their character
    /// offsets.
    private static func words(_ text: String) -> [(text: String, offset: Int)] {
        if let words = asciiWords(text) { return words }
        let isWordCharacter = { (c: Character) in c.isLetterASCIIFirst || c.isNumberASCIIFirst }
        var words: [(text: String, offset: Int)] = []
        var index = text.startIndex, offset = 0
        while index < text.endIndex {
            guard isWordCharacter(text[index]) else {
                text.formIndex(after: &index)
                offset += 1
                continue
            }
            var end = text.index(after: index), length = 1
            while end < text.endIndex {
                let character = text[end], next = text.index(after: end)
                guard isWordCharacter(character)
                    || (character == "'" || character == "’" || character == "-") && next < text.endIndex && isWordCharacter(text[next]) else { break }
                end = next
                length += 1
            }
            words.append((String(text[index..<end]), offset))
            index = end
            offset += length
        }
        return words
    }

    /// `words(text)` read from the bytes, when every character of `text` is one ASCII byte (ASCII without a carriage
    /// return, which with a line feed makes one character): nil for other text.
    private static func asciiWords(_ text: String) -> [(text: String, offset: Int)]? {
        UTF8Bytes.with(text) { s in
            guard !s.bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            func isWordByte(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }
            var words: [(text: String, offset: Int)] = []
            var index = 0
            while index < s.count {
                guard isWordByte(s[index]) else { index += 1; continue }
                var end = index + 1
                while end < s.count {
                    let byte = s[end]
                    guard isWordByte(byte)
                        || (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && end + 1 < s.count && isWordByte(s[end + 1]) else { break }
                    end += 1
                }
                words.append((s.string(index ..< end), index))
                index = end
            }
            return words
        }
    }

    /// How many characters of a span of several words are leading words that never start a name (`However`,
    /// `Although`, `Could`, a year), with the white space after them. A person's name does not start with a
    /// dictionary's `-ing` word either (`Having Jackman`), though other names may (`Rolling Stones`), nor with a
    /// noun or nationality before a given name (`Comedian Ellen Ruiz`, `Englishman Robert Hale`).
    public static func leadingNonNameLength(_ surface: String, person: Bool = false) -> Int {
        // Most spans are one word, or start with a capitalised name: nothing to split.
        guard surface.containsWhitespace else { return 0 }
        // ASCII without a carriage return (which with a line feed makes one character) is walked by bytes, each a
        // character there.
        let ascii = !surface.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
        var skipped = 0
        var rest = Substring(surface)
        while let space = ascii ? rest.utf8.firstIndex(where: \.isASCIIWhitespace) : rest.firstIndex(where: \.isWhitespaceASCIIFirst) {
            let word = rest[..<space]
            let next = ascii ? rest[(rest.utf8[space...].firstIndex { !$0.isASCIIWhitespace } ?? rest.endIndex)...]
                : rest[space...].drop(while: \.isWhitespaceASCIIFirst)
            let isNumber = ascii ? word.utf8.allSatisfy { (0x30...0x39).contains($0) } : word.allSatisfy { $0.isASCII && $0.isNumber }
            guard NameKey.isLeadingNonName(String(word)) || isNumber
                || person && (Self.isVerbForm(word) || Self.isDescription(word, before: next)) else { break }
            skipped += ascii ? rest.utf8.distance(from: rest.startIndex, to: next.startIndex) : rest.distance(from: rest.startIndex, to: next.startIndex)
            rest = next
        }
        return skipped
    }

    /// How many characters of `text`, which follows a person's name, are a generational suffix (` Jr.`, `, III`).
    public static func generationalSuffixLength(after text: Substring) -> Int {
        let afterComma = text.first == "," ? text.dropFirst() : text
        let word = afterComma.drop(while: { $0 == " " })
        guard word.startIndex > afterComma.startIndex else { return 0 }
        for suffix in ["Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV"] where word.hasPrefix(suffix) {
            let end = word.index(word.startIndex, offsetBy: suffix.count)
            guard end == word.endIndex || !(word[end].isLetter || word[end].isNumber) else { continue }
            return text.distance(from: text.startIndex, to: end)
        }
        return 0
    }

    /// Whether `word` describes the person named next (`Actress`, `Englishman`): a dictionary's lower-case word or a
    /// nationality, no given name, before a given name.
    private static func isDescription(_ word: Substring, before rest: Substring) -> Bool {
        guard word.first?.isUppercase == true, rest.containsWhitespace else { return false }
        let lexicons = Lexicons.shipped
        let lower = word.lowercased()
        let nextWord = rest.prefix { !$0.isWhitespace }.lowercased()
        guard lexicons.givenNames[lower] == nil, lexicons.givenNames[nextWord] != nil else { return false }
        let nationality = ["woman", "man", "men"].contains { lower.hasSuffix($0) && lexicons.demonyms.contains(String(lower.dropLast($0.count))) }
        return nationality || lexicons.demonyms.contains(lower) || lexicons.lowerWords.contains(lower)
    }

    /// Whether a capitalised word is a dictionary's lower-case `-ing` form (`Having`, `Choosing`; not `Sterling`).
    private static func isVerbForm(_ word: Substring) -> Bool {
        word.count > 5 && word.hasSuffix("ing") && Lexicons.shipped.lowerWords.contains(word.lowercased())
    }

    /// Whether most words of a text of several words start with a capital letter, as headlines often do.
    /// The short words title case leaves in lower case (`Returns to Host the Oscars`) are not counted.
    static func isTitleCase(_ text: String, minimumWords: Int = 4) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespaceASCIIFirst).filter { word in
            !(word.first?.isLowercase == true && titleCaseMinorWords.contains(String(word)))
        }.compactMap { $0.first(where: \.isLetterASCIIFirst) }
        guard words.count >= minimumWords else { return false }
        return words.filter(\.isUppercase).count * 10 >= words.count * 8
    }

    /// Articles, conjunctions and short prepositions, which title case writes in lower case.
    private static let titleCaseMinorWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per",
        "to", "up", "via", "vs", "with", "from", "into", "onto", "over", "than", "out",
    ]

    /// The entities of a whole collection, cross-linked.
    public func index(_ articles: [Article]) -> MentionIndex {
        let resolution = entities(articles)
        return MentionIndex(entities: resolution.entities, articleOrder: articles.map(\.id), mentions: resolution.mentions)
    }

    /// The resolved entities of a whole collection, before any correction.
    public func entities(_ articles: [Article]) -> Resolution {
        Self.entities(from: articles.map(mentions(in:)))
    }

    /// The resolved entities of the tagger's findings in each article of a collection, before any correction.
    public static func entities(from articles: [ArticleMentions]) -> Resolution {
        var found: [FoundMention] = []
        var definitions: [String: String] = [:]
        var titleCase = Set<ArticleID>()
        for result in articles {
            found += result.found
            definitions.merge(result.definitions) { first, _ in first }
            if result.titleCase { titleCase.insert(result.article) }
        }
        var memo = NameKey.Memo()
        return Resolution(resolve(MentionTally.each(found), keys: TallyKeys(found.map { memo.key($0.mention.surface) }), definitions: definitions,
                                  titleCase: titleCase), of: found)
    }

    /// The entities of `tallies` (in collection order), whose name keys are `keys`, with the positions in `tallies`
    /// of each one's tallies. A headline in title case (its article in `titleCase`) capitalises every word, so the
    /// tagger's spans there are unreliable: only those `HeadlineSpans` keeps are resolved. `carried` are tallies of short names an index carries over as they were resolved
    /// before: by position, the key of the name whose entity they joined (see `EntityResolver`).
    static func resolve(_ tallies: [MentionTally], keys: TallyKeys, definitions: [String: String],
                        titleCase: Set<ArticleID>, carried: [Int: String] = [:], decide: Bool = false) -> ResolvedGroups {
        // The keys used outside headlines. Tallies are read in place, by position: copying one would retain its strings.
        var used = [Bool](repeating: false, count: keys.names.count)
        for position in tallies.indices where !tallies[position].inTitle && carried[position] == nil { used[Int(keys.numbers[position])] = true }
        let headlines = HeadlineSpans(used: keys.names.indices.lazy.filter { used[$0] }.map { keys.names[$0] })
        let kept = tallies.indices.filter { position in
            !tallies[position].inTitle || !titleCase.contains(tallies[position].article) || headlines.keeps(keys[position]) || carried[position] != nil
        }
        return resolve(tallies, keys: keys, kept: kept, definitions: definitions, carried: carried, decide: decide)
    }

    /// The entities of the tallies at `kept` of `tallies` (resolution sees no other), with `stats` for every name
    /// of the collection when given, and the decisions of every name when `decide` (see `EntityResolver`);
    /// positions are of `tallies`.
    static func resolve(_ tallies: [MentionTally], keys: TallyKeys, kept: [Int], definitions: [String: String], carried: [Int: String] = [:],
                        stats: [String: NameStats]? = nil, links: [String: [NameRules.Link]] = [:], decide: Bool = false) -> ResolvedGroups {
        guard kept.count < tallies.count else {
            return EntityResolver().resolve(tallies, keys: keys, definitions: definitions, carried: carried, stats: stats, links: links, decide: decide)
        }
        var keptCarried: [Int: String] = [:]
        for (position, original) in kept.enumerated() { if let target = carried[original] { keptCarried[position] = target } }
        var resolved = EntityResolver().resolve(kept.map { tallies[$0] }, keys: keys.selecting(kept), definitions: definitions,
                                                carried: keptCarried, stats: stats, links: links, decide: decide)
        resolved.members = resolved.members.map { $0.map { kept[$0] } }
        resolved.moved = Set(resolved.moved.map { kept[$0] })
        return resolved
    }

}

/// What the tagger found in one article: its mentions, the acronyms it defines (acronym key → name, from
/// `The New York Times (NYT)`) and whether its title is in title case (whose spans are checked against the rest
/// of the collection).
public struct ArticleMentions: Sendable, Equatable {
    public var article: ArticleID
    public var found: [FoundMention]
    public var definitions: [String: String]
    public var titleCase: Bool

    public init(article: ArticleID, found: [FoundMention], definitions: [String: String], titleCase: Bool) {
        self.article = article
        self.found = found
        self.definitions = definitions
        self.titleCase = titleCase
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

    /// The sentences of those of `mentions` that are in this article, each with the mention's range in it; a
    /// sentence with two of them is given once, for the first (keyword in context). At most `limit` sentences, the
    /// first: the parts after them are not split.
    public func contexts(of mentions: [Mention], limit: Int = .max) -> [(mention: Mention, sentence: String, range: Range<Int>)] {
        var shown = Set<String>()
        // Each part is split into sentences once, however many mentions it has.
        var sentences: [TextPart: [Range<String.Index>]] = [:]
        var found: [(mention: Mention, sentence: String, range: Range<Int>)] = []
        for mention in mentions where found.count < limit {
            guard mention.article == id, let text = text(of: mention.part) else { continue }
            let split = sentences[mention.part] ?? Tokenizer.sentences(text)
            sentences[mention.part] = split
            guard let context = Self.sentence(around: mention.range, in: text, sentences: split), shown.insert(context.sentence).inserted else {
                continue
            }
            found.append((mention, context.sentence, context.range))
        }
        return found
    }

    /// The sentence of `part` around the character range `range`, and the range's offsets within that sentence.
    public func sentence(around range: Range<Int>, in part: TextPart) -> (sentence: String, range: Range<Int>)? {
        guard let text = text(of: part) else { return nil }
        return Self.sentence(around: range, in: text, sentences: Tokenizer.sentences(text))
    }

    /// The one of `sentences` (of `text`) around the character range `range`, and the range's offsets within it.
    private static func sentence(around range: Range<Int>, in text: String,
                                 sentences: [Range<String.Index>]) -> (sentence: String, range: Range<Int>)? {
        guard range.upperBound <= text.count else { return nil }
        let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
        for sentence in sentences where sentence.contains(lower) || sentence.upperBound == lower {
            let offset = text.distance(from: sentence.lowerBound, to: lower)
            let clipped = min(range.count, text.distance(from: lower, to: sentence.upperBound))
            return (String(text[sentence]), offset..<offset + clipped)
        }
        return (text, range)
    }
}
