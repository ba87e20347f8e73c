import Foundation

/// The hand-written page-dump fixtures: each `NAME.txt` page with `NAME.body.txt` listing its article lines.
enum PageDumpFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/PageDump")
    static let names = ["menus", "comments", "related", "cookies", "paywall", "nordic", "captions"]
    /// The fixtures in languages whose function words the rules know: all but `nordic` (Finnish), which only the
    /// language-light detection and the model handle.
    static let ruleLanguageNames = names.filter { $0 != "nordic" }

    /// The lines of a text file.
    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    }

    /// A fixture page and its expected body lines.
    static func page(_ name: String) throws -> (lines: [String], body: [String]) {
        (try lines(folder.appendingPathComponent("\(name).txt")),
         try lines(folder.appendingPathComponent("\(name).body.txt")).filter { !$0.isEmpty })
    }
}
