import DossierApp
import DossierCore
import DossierUI
import Foundation

/// A small fictional collection for UI tests. Mentions come from a fixed name list, so screens do not change when
/// the tagger model is retrained.
enum FixtureLibrary {
    static let texts = [
        "harbour.txt": """
        date 2024-03-02 Acme Corp wins Springfield harbour contract

        By Jane Roe

        Acme Corp won the contract to rebuild the Springfield harbour on Friday, the city council said.

        Mayor Sam Brook said Acme would start work in May. Critics said Acme had no experience of harbours.

        Follow The Springfield Star on Facebook

        The council voted 7-2 for the plan after a long debate about costs in Springfield.
        """,
        "protest.txt": """
        Residents protest harbour plan

        Reports say residents fear the harbour works will close the beach for a year

        Dozens of residents marched through Springfield on Saturday against the harbour plan.

        They said Acme Corp had not consulted them. Sam Brook promised a public meeting.
        """,
        "budget.txt": """
        City budget passes after long night

        The Springfield council passed its budget in the early hours of Tuesday after a session of ten hours.
        """,
    ]

    static let names: [(String, EntityKind)] = [
        ("Acme Corp", .organization), ("Acme", .organization), ("Springfield", .place), ("Sam Brook", .person),
        ("Brook", .person), ("Jane Roe", .person),
    ]

    /// The fixture articles (all, or those of `files`) with mentions of the listed names (longest first, no overlaps).
    static func make(files: [String] = texts.keys.sorted()) -> Library { collection(files: files).library }

    /// The open collection of the fixture articles (all, or those of `files`).
    static func collection(files: [String] = texts.keys.sorted()) -> OpenCollection {
        let articles = files.map { name in
            ArticleParser().parse(TextDecoding.decode(Array(texts[name]!.utf8)), path: name)
        }
        var found: [FoundMention] = []
        for article in articles {
            for (part, text) in article.readingTexts {
                var taken: [Range<Int>] = []
                let characters = Array(text)
                for (name, kind) in names.sorted(by: { $0.0.count > $1.0.count }) {
                    let needle = Array(name)
                    var start = 0
                    while start + needle.count <= characters.count {
                        let range = start..<start + needle.count
                        let boundaryBefore = start == 0 || !characters[start - 1].isLetter
                        let boundaryAfter = range.upperBound == characters.count || !characters[range.upperBound].isLetter
                        if Array(characters[range]) == needle, boundaryBefore, boundaryAfter, !taken.contains(where: { $0.overlaps(range) }) {
                            taken.append(range)
                            found.append(FoundMention(mention: Mention(article: article.id, part: part, range: range, surface: name), kind: kind))
                            start = range.upperBound
                        } else {
                            start += 1
                        }
                    }
                }
            }
        }
        return OpenCollection(name: "fixtures", articles: articles, resolution: EntityResolver().resolve(found))
    }

    static func state(_ width: Int = 120, _ height: Int = 40) -> AppState {
        AppState(library: make(), size: Size(width: width, height: height))
    }
}

/// Sends several actions in turn through a session over the fixture articles the state lists, which reads pages,
/// searches and corrections as the run loop does; returns the effects it leaves (marks, quit, suspend).
@discardableResult
func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    var session = ReaderSession(state: state, collection: FixtureLibrary.collection(for: state.library))
    var left: [Effect] = []
    for action in actions {
        // An update sent by a test brings its collection, as the indexer's does in the run loop.
        if case .libraryUpdated(let update) = action {
            session = ReaderSession(state: session.state, collection: FixtureLibrary.collection(for: update.library, correctedAs: state.library))
        }
        left += session.send(action)
    }
    state = session.state
    return left
}

/// Feeds keys through the keymap and the session, as the run loop does.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    var session = ReaderSession(state: state, collection: FixtureLibrary.collection(for: state.library))
    let left = keys.flatMap { key in Keymap.action(for: .key(key), in: session.state).map { session.send($0) } ?? [] }
    state = session.state
    return left
}

extension FixtureLibrary {
    /// The collection of the fixture articles `library` lists, cross-linked under the entity corrections of
    /// `corrected` (by default its own).
    static func collection(for library: Library, correctedAs corrected: Library? = nil) -> OpenCollection {
        let files = library.summaries.map(\.path).filter { texts[$0] != nil }
        let collection = collection(files: files)
        let marks = (corrected ?? library).entityMarks
        return marks.isEmpty ? collection : collection.applying(entityMarks: marks)
    }
}

/// Types `text` into the open prompt, a key a character.
func type(_ state: inout AppState, _ text: String) {
    for character in text { press(&state, .character(character)) }
}
