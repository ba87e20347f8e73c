import Foundation

/// A folder for one test's corpus, removed when the test is done.
final class CorpusFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-test-\(UUID().uuidString)")
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Every file under the folder by its path inside it, with its bytes.
    func files() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        while let file = enumerator?.nextObject() as? URL {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[String(file.standardizedFileURL.path.dropFirst(url.standardizedFileURL.path.count + 1))] = try Data(contentsOf: file)
        }
        return result
    }
}
