import Foundation
import Testing
@testable import DossierBench

/// Determinism, file layout, single articles and revisions, and prose length.
@Suite struct CorpusGeneratorTests {
    @Test func sameSeedAndCountGiveByteIdenticalFiles() throws {
        let first = CorpusFolder(), second = CorpusFolder(), other = CorpusFolder()
        let manifest = try CorpusGenerator(seed: 11).write(articles: 240, to: first.url)
        #expect(try CorpusGenerator(seed: 11).write(articles: 240, to: second.url) == manifest)
        let files = try first.files()
        #expect(files.count == 241)  // the articles and manifest.json
        #expect(try second.files() == files)

        _ = try CorpusGenerator(seed: 12).write(articles: 240, to: other.url)
        let changed = try other.files()
        #expect(changed.keys.filter { $0 != "manifest.json" }.allSatisfy { files[$0] == nil })
        #expect(Set(changed.values).isDisjoint(with: files.values.filter { $0.count > 64 }))
    }

    @Test func filesSpreadOverFoldersOfAThousand() {
        let generator = CorpusGenerator(seed: 3)
        #expect(generator.relativePath(ofFile: 0).hasPrefix("0000/0000000_"))
        #expect(generator.relativePath(ofFile: 999).hasPrefix("0000/0000999_"))
        #expect(generator.relativePath(ofFile: 1_000).hasPrefix("0001/0001000_"))
        #expect(generator.relativePath(ofFile: 123_456).hasPrefix("0123/0123456_"))
        let paths = (0..<2_000).map(generator.relativePath(ofFile:))
        #expect(Set(paths).count == paths.count)
        #expect(paths.allSatisfy { $0.hasSuffix(".txt") && $0.count == "0000/0000000_12345678.txt".count })
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func anyFileCanBeMadeAloneAndMatchesTheCorpus() throws {
        let folder = CorpusFolder()
        let generator = CorpusGenerator(seed: 5)
        let manifest = try generator.write(articles: 150, to: folder.url)
        let files = try folder.files()
        let bad = Set(manifest.badFiles.map(\.path))
        for index in [0, 1, 77, 149] + generator.badFiles(inCorpusOf: 150).keys {
            let path = generator.relativePath(ofFile: index)
            #expect(files[path] == Data(generator.contents(ofFile: index, inCorpusOf: 150)))
            if !bad.contains(path) { #expect(files[path] == Data(generator.article(at: index).text.utf8)) }
        }
    }

    @Test func aRevisionIsTheSameArticleWithAnUpdate() {
        let generator = CorpusGenerator(seed: 9)
        for index in [2, 40, 333] {
            let original = generator.article(at: index)
            let revised = generator.article(at: index, revision: 1)
            #expect(revised == generator.article(at: index, revision: 1))
            #expect(revised.text != original.text)
            #expect(revised.text != generator.article(at: index, revision: 2).text)
            #expect(revised.title == original.title && revised.entities == original.entities)
            #expect(revised.text.contains("\nUpdate, ") || revised.text.contains("    Update, "))
            #expect(revised.proseWordCount > original.proseWordCount)
            // Everything of the original is still there, in order, around the update paragraph.
            let originalLines = original.text.split(separator: "\n", omittingEmptySubsequences: false)
            let revisedLines = revised.text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(originalLines.allSatisfy(revisedLines.contains))
        }
    }

    @Test func proseRunsFrom300To1500Words() {
        let generator = CorpusGenerator(seed: 21)
        let counts = (0..<600).map { generator.article(at: $0).proseWordCount }
        #expect(counts.allSatisfy(CorpusComposer.proseWords.contains))
        // A spread of lengths, not one size: short and long articles both occur.
        #expect(counts.contains { $0 < 450 } && counts.contains { $0 > 1_100 })
        let text = generator.article(at: 4).text
        #expect(CorpusProse.wordCount(text) > generator.article(at: 4).proseWordCount)
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = CorpusFolder()
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: folder.url.appendingPathComponent("notes.txt"))
        #expect(throws: CorpusError.folderNotEmpty(folder.url.path)) {
            try CorpusGenerator(seed: 1).write(articles: 10, to: folder.url)
        }
        #expect(try folder.files().count == 1)
    }

    @Test func progressIsReportedPerFolder() throws {
        let folder = CorpusFolder()
        var reports: [Int] = []
        _ = try CorpusGenerator(seed: 2).write(articles: 2_001, to: folder.url) { reports.append($0) }
        #expect(reports == [1_000, 2_000, 2_001])
    }
}
