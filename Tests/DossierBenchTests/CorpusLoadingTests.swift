import DossierCore
import Foundation
import Testing
@testable import DossierBench

/// A generated corpus as Dossier's loader sees it.
@Suite struct CorpusLoadingTests {
    @Test func loaderReportsExactlyTheBadFilesAndParsesTheRest() throws {
        let folder = CorpusFolder()
        let generator = CorpusGenerator(seed: 4)
        let manifest = try generator.write(articles: 320, to: folder.url)
        let result = CollectionLoader().load([folder.url.path])

        func relative(_ path: String) -> String { String(path.dropFirst(folder.url.path.count + 1)) }
        // The manifest is JSON with no article in it, and says so.
        let problems = Dictionary(uniqueKeysWithValues: result.problems.map { (relative($0.path), $0.reason) }.filter { $0.0 != "manifest.json" })
        #expect(result.problems.map { relative($0.path) }.filter { $0 == "manifest.json" }.count == 1)
        let refused = manifest.badFiles.filter { !$0.kind.holdsArticle }
        #expect(Set(problems.keys) == Set(refused.map(\.path)))
        for bad in refused {
            switch (bad.kind, problems[bad.path]) {
            case (.binary, .binary?), (.empty, .empty?): break
            default: Issue.record("\(bad.path): \(bad.kind) reported as \(String(describing: problems[bad.path]))")
            }
        }

        #expect(result.articles.count == manifest.articleCount)
        #expect(result.articles.count == 320 - refused.count)
        let titles = Dictionary(uniqueKeysWithValues: (0..<320).map { (generator.relativePath(ofFile: $0), generator.article(at: $0).title) })
        for article in result.articles {
            #expect(article.title == titles[relative(article.path)], "\(article.path)")
            let paragraphs = article.blocks(.paragraph)
            #expect(paragraphs.count >= 3, "\(article.path)")
            let words = paragraphs.map { CorpusProse.wordCount($0.text) }.reduce(0, +)
            #expect((250...1_600).contains(words), "\(article.path): \(words) words of paragraphs")
        }
        let furniture = result.articles.filter { !$0.blocks(.furniture).isEmpty }.count
        let figures = result.articles.filter { !$0.blocks(.figure).isEmpty }.count
        #expect(furniture > 250 && figures > 150)
        #expect(result.articles.filter { $0.date != nil }.count > 150)
        #expect(result.articles.filter { $0.byline != nil }.count > 150)
        #expect(result.articles.filter { $0.publisher != nil }.count > 100)

        let misencoded = manifest.badFiles.filter { $0.kind == .invalidUTF8 }.map(\.path)
        #expect(!misencoded.isEmpty)
        for path in misencoded {
            let article = try #require(result.articles.first { relative($0.path) == path })
            #expect(article.encoding == .windows1252 && !article.notes.isEmpty)
        }
    }
}
