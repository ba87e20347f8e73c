import DossierCore
import Foundation

/// Paths of the repository, found relative to this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func seed(_ name: String) -> String { seeds.appendingPathComponent(name).path }
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
}

/// Parses a text given as one string.
func parse(_ text: String) -> Article {
    ArticleParser().parse(TextDecoding.decode(Array(text.utf8)), path: "test.txt")
}

/// Loads one file, failing the test on a problem.
func loadArticle(_ path: String) throws -> Article {
    try CollectionLoader().read(path).get()
}

/// A folder that removes itself.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
