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
    static func make(files: [String] = texts.keys.sorted()) -> Library {
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
        return Library(name: "fixtures", articles: articles, resolution: EntityResolver().resolve(found))
    }

    static func state(_ width: Int = 120, _ height: Int = 40) -> AppState {
        AppState(library: make(), size: Size(width: width, height: height))
    }
}

/// Reduces several actions in turn, collecting the effects.
@discardableResult
func send(_ state: inout AppState, _ actions: Action...) -> [Effect] {
    actions.flatMap { reduce(&state, $0) }
}

/// Feeds keys through the keymap and the reducer, as the run loop does.
@discardableResult
func press(_ state: inout AppState, _ keys: Key...) -> [Effect] {
    keys.flatMap { key in Keymap.action(for: .key(key), in: state).map { reduce(&state, $0) } ?? [] }
}
