import DossierCore
import DossierUI

/// The keys the UI benchmark replays: a reader skimming the list, opening articles, scrolling, moving through the
/// sidebar and entity pages and back, in a fixed, repeating pattern. `openStory` marks where the page of the
/// collection's most mentioned entity is opened, and `showAll` where all its articles are listed.
public enum KeyScript {
    /// One step: a key, opening the story entity's page (as Enter on it in the sidebar does), or asking an entity
    /// page for all its articles (as its "Show all" target does).
    public enum Step: Hashable, Sendable {
        case key(Key)
        case openStory
        case showAll
    }

    private static let pattern: [Step] = [
        .key(.down), .key(.down), .key(.enter), .key(.pageDown), .key(.character("j")), .key(.character("j")),
        .key(.tab), .key(.down), .key(.down), .key(.enter), .key(.pageDown), .key(.character("q")),
        .key(.tab), .key(.down), .key(.enter), .key(.character("j")), .key(.pageUp), .key(.backTab),
        .key(.character("J")), .key(.down), .key(.enter), .key(.end), .key(.home), .key(.tab),
        .openStory, .showAll, .key(.pageDown), .key(.character("j")), .key(.character("q")), .key(.backTab),
    ]

    /// The first `count` steps of the repeating pattern.
    public static func steps(_ count: Int) -> [Step] {
        (0..<count).map { pattern[$0 % pattern.count] }
    }
}
