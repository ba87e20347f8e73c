import DossierCore
import Foundation
import Testing

/// Walking folders and turning bad files into problems without stopping the rest.
@Suite struct CollectionLoaderTests {
    @Test func badFilesBecomeProblemsAndTheRestLoads() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/good.txt", "A fine headline\n\nA sentence of body text.")
        try folder.write("a-empty.txt", "")
        try folder.write("blank.txt", "  \n\t\n")
        try folder.write("binary", [0x41, 0x00, 0x42, 0x43, 0x00, 0x01, 0x02])
        try folder.write("big.txt", String(repeating: "word ", count: 400))
        try folder.write(".hidden.txt", "Hidden headline\n\nShould not load.")
        try folder.write("image.png", [0x89, 0x50, 0x4E, 0x47])
        try FileManager.default.createSymbolicLink(atPath: folder.path("broken.txt"), withDestinationPath: folder.path("missing.txt"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("b/loop"), withDestinationPath: folder.url.path)

        let result = CollectionLoader(maximumFileSize: 1000).load([folder.url.path])
        #expect(result.articles.map(\.title) == ["A fine headline"])
        let reasons = Dictionary(uniqueKeysWithValues: result.problems.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(reasons["a-empty.txt"] == .empty)
        #expect(reasons["blank.txt"] == .empty)
        #expect(reasons["binary"] == .binary(nulAt: 1))
        #expect(reasons["big.txt"] == .tooLarge(bytes: 2000, limit: 1000))
        #expect(reasons["broken.txt"] == .brokenSymlink)
        #expect(reasons["loop"] == .symlinkLoop)
        #expect(reasons.count == 6)
        #expect(result.problems.allSatisfy { $0.description.hasPrefix($0.path + ": ") })
    }

    @Test func selfLinkAndMissingPath() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path("self.txt"), withDestinationPath: folder.path("self.txt"))
        let result = CollectionLoader().load([folder.path("self.txt"), folder.path("nothing-here")])
        #expect(result.problems.map(\.reason) == [.symlinkLoop, .notFound])
    }

    @Test func notARegularFile() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.path("pipe.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        guard case .failure(let problem) = CollectionLoader().read(fifo) else { Issue.record("a FIFO loaded"); return }
        #expect(problem.description.contains("not a regular file"))
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFileWhenNotRoot() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("locked.txt", "Title\n\nBody.")
        chmod(path, 0)
        guard case .failure(let problem) = CollectionLoader().read(path) else { Issue.record("read a locked file"); return }
        #expect(problem.description.contains("permission denied"))
    }

    @Test func stableOrderAndIdentityAcrossRenames() throws {
        let folder = try TemporaryFolder()
        try folder.write("z.txt", "Zed headline\n\nBody one.")
        try folder.write("sub/a.txt", "Sub headline\n\nBody two.")
        try folder.write("m.txt", "Em headline\n\nBody three.")
        let first = CollectionLoader().load([folder.url.path])
        #expect(first.articles.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["m.txt", "a.txt", "z.txt"])
        let id = try #require(first.articles.first?.id)
        try FileManager.default.moveItem(atPath: folder.path("m.txt"), toPath: folder.path("sub/renamed.txt"))
        let second = CollectionLoader().load([folder.url.path])
        #expect(second.articles.first { $0.path.hasSuffix("renamed.txt") }?.id == id)
    }

    @Test func windows1252FileSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("cp.txt", Array("Caf".utf8) + [0xE9, 0x20] + Array("headline\n\nBody text.".utf8))
        let article = try loadArticle(path)
        #expect(article.title == "Café headline")
        #expect(article.encoding == .windows1252)
        #expect(article.notes.count == 1)
    }
}
