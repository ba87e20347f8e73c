import DossierCore
import DossierUI

/// The keys the UI benchmark replays: a reader skimming the list, opening articles, scrolling, moving through the
/// sidebar and entity pages and back, in a fixed, repeating pattern. `openStory` marks where the page of the
/// collection's most mentioned entity is opened.
public enum KeyScript {
    /// One step: a key, or opening the story entity's page (as Enter on it in the sidebar does).
    public enum Step: Hashable, Sendable {
        case key(Key)
        case openStory
    }

    private static let pattern: [Step] = [
        .key(.down), .key(.down), .key(.enter), .key(.pageDown), .key(.character("j")), .key(.character("j")),
        .key(.tab), .key(.down), .key(.down), .key(.enter), .key(.pageDown), .key(.character("q")),
        .key(.tab), .key(.down), .key(.enter), .key(.character("j")), .key(.pageUp), .key(.backTab),
        .key(.character("J")), .key(.down), .key(.enter), .key(.end), .key(.home), .key(.tab),
        .openStory, .key(.pageDown), .key(.pageDown), .key(.character("j")), .key(.character("q")), .key(.backTab),
    ]

    /// The first `count` steps of the repeating pattern.
    public static func steps(_ count: Int) -> [Step] {
        (0..<count).map { pattern[$0 % pattern.count] }
    }
}
