import Foundation
import Testing
@testable import DossierCore

/// Gzip-compressed documents are read through zlib a chunk at a time, with the decompressed size bounded.
struct CompressionTests {
    /// `text` compressed by the system's gzip.
    static func gzip(_ shell: String, into path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", shell + " | gzip -c > '\(path)'"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aCompressedTextAndJSONLinesFileRead() throws {
        let folder = try TemporaryFolder()
        let text = folder.path("story.txt.gz")
        try Self.gzip("printf 'Bridge to close\\n\\nThe council met on Monday.\\n'", into: text)
        let lines = folder.path("feed.jsonl.gz")
        try Self.gzip(#"printf '{"title": "A", "text": "Alpha."}\n{"title": "B", "text": "Beta."}\n'"#, into: lines)
        let result = CollectionLoader().load([folder.url.path])
        #expect(result.problems.isEmpty)
        #expect(Set(result.articles.compactMap(\.title)) == ["A", "B", "Bridge to close"])
        #expect(result.articles.first { $0.title == "B" }?.path == lines + "#2")
        #expect(try CollectionLoader().rawBytes(text).get() == Array("Bridge to close\n\nThe council met on Monday.\n".utf8))
    }

    @Test func aGzipBombStopsAtTheLimit() throws {
        let folder = try TemporaryFolder()
        let single = folder.path("bomb.txt.gz")
        try Self.gzip("head -c 300000000 /dev/zero | tr '\\0' 'a'", into: single)
        let size = try FileManager.default.attributesOfItem(atPath: single)[.size] as! Int
        #expect(size < 1 << 20)
        let lines = folder.path("bomb.jsonl.gz")
        try Self.gzip(#"(printf '{"title": "A", "text": "x"}\n{"title": "B", "text": "y"}\n'; head -c 300000000 /dev/zero | tr '\0' '\n')"#, into: lines)
        let started = Date()
        let loader = CollectionLoader()
        #expect(loader.load([single]).problems.map(\.reason) == [.decompressedTooLarge(limit: loader.maximumFileSize)])
        let small = CollectionLoader(maximumContainerSize: 1 << 20)
        #expect(small.load([lines]).problems.map(\.reason) == [.decompressedTooLarge(limit: 1 << 20)])
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func damagedAndCutGzipAreProblems() throws {
        let folder = try TemporaryFolder()
        let whole = folder.path("whole.txt.gz")
        try Self.gzip("printf 'Headline\\n\\nSome body text here for the test.\\n'", into: whole)
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: whole)))
        let cut = try folder.write("cut.txt.gz", Array(bytes.prefix(bytes.count - 12)))
        #expect(CollectionLoader().load([cut]).problems.map(\.reason) == [.unreadable("gzip data cut short")])
        var damaged = bytes
        damaged[12] ^= 0xFF
        damaged[14] ^= 0xFF
        let broken = try folder.write("broken.txt.gz", damaged)
        #expect(CollectionLoader().load([broken]).problems.first?.description.contains("gzip data is damaged") == true)
    }
}
