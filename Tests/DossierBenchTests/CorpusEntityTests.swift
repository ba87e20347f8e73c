import DossierCore
import Foundation
import Testing
@testable import DossierBench

/// The spread of names over a corpus, and how articles write them.
@Suite struct CorpusEntityTests {
    static let generator = CorpusGenerator(seed: 1)
    static let articles = (0..<1_000).map { generator.article(at: $0) }
    /// The manifest of the corpus of those articles, written once for the tests that read it.
    static let manifest = Result { () throws -> CorpusManifest in
        let folder = CorpusFolder()
        return try generator.write(articles: 1_000, to: folder.url)
    }

    @Test func storyEntityIsInAboutHalfTheArticlesAndLeadsAZipfSpread() throws {
        let manifest = try Self.manifest.get()
        let story = manifest.storyEntity
        #expect(story.name == Self.generator.storyEntity.name)
        #expect([.person, .organization].contains(story.kind))
        let share = Double(story.articleCount) / Double(manifest.articleCount)
        #expect((0.45...0.55).contains(share), "story entity in \(share) of articles")
        #expect(manifest.topEntities.first == story)

        let top = manifest.topEntities.map(\.articleCount)
        #expect(top == top.sorted(by: >))
        // Zipf-like: the runner-up is well behind the story, a few names carry many mentions, and a long tail of
        // names turns up once.
        #expect(Double(top[1]) < 0.7 * Double(story.articleCount))
        var counts: [String: Int] = [:]
        for article in Self.articles { for name in article.entities { counts[name, default: 0] += 1 } }
        let mentions = counts.values.reduce(0, +)
        let ranked = counts.values.sorted(by: >)
        #expect(counts.count > 1_000)
        #expect(ranked.prefix(10).reduce(0, +) * 100 > 15 * mentions, "the ten most used names carry 15% of mentions")
        #expect(ranked.count { $0 == 1 } * 100 > 30 * counts.count, "30% of names turn up once")
    }

    @Test func manifestCountsMatchTheArticlesThatNameEachEntity() throws {
        let manifest = try Self.manifest.get()
        let bad = Self.generator.badFiles(inCorpusOf: 1_000).filter { !$0.value.holdsArticle }
        for entity in manifest.topEntities.prefix(8) {
            let naming = Self.articles.indices.filter { bad[$0] == nil && Self.articles[$0].entities.contains(entity.name) }
            #expect(naming.count == entity.articleCount)
            for index in naming.prefix(20) {
                // Wrapped pages break lines inside names.
                #expect(Self.articles[index].text.replacingOccurrences(of: "\n", with: " ").contains(entity.name))
            }
        }
    }

    @Test func laterMentionsShortenNamesOnlyAfterTheFullName() throws {
        let generator = Self.generator
        var checkedAcronyms = 0, checkedHonorifics = 0
        for article in Self.articles.prefix(150) {
            let body = CollectionLoader().parser.parse(lines: article.text.components(separatedBy: "\n"))
                .blocks.filter { $0.kind == .paragraph || $0.kind == .list }.map(\.text).joined(separator: "\n")
            for id in article.entityIDs {
                let entity = generator.pool.entities[id]
                guard let full = body.range(of: entity.name) else {
                    Issue.record("\(entity.name) is not in the body of \(article.title)")
                    continue
                }
                if let acronym = entity.acronym, let short = body.range(of: "the \(acronym) ") ?? body.range(of: "The \(acronym) ") {
                    #expect(body.contains("\(entity.name) (\(acronym))"))
                    #expect(full.lowerBound < short.lowerBound)
                    checkedAcronyms += 1
                }
                if let honorific = entity.honorific, let surname = entity.surname, let short = body.range(of: "\(honorific) \(surname)") {
                    #expect(full.lowerBound < short.lowerBound)
                    checkedHonorifics += 1
                }
            }
        }
        #expect(checkedAcronyms > 25 && checkedHonorifics > 25)
    }

    @Test func taggerFindsTheStoryEntityInArticlesAboutIt() throws {
        let tagger = try EntityTagger.shipped()
        let story = Self.generator.storyEntity
        let about = Self.articles.filter { $0.entities.contains(story.name) }.prefix(5)
        #expect(about.count == 5)
        for article in about {
            let parsed = CollectionLoader().parser.parse(lines: article.text.components(separatedBy: "\n"))
            let spans = tagger.mentions(inDocument: parsed.blocks(.paragraph).map(\.text)).joined()
            #expect(spans.contains { $0.text == story.name && $0.kind == story.kind }, "\(article.title)")
        }
    }

    @Test func namesAreInventedNotTakenFromTheSamples() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let samples = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
        let sampleWords = Set(samples.split { !$0.isLetter }.map(String.init))
        let pool = Self.generator.pool.entities
        let names = pool.filter { $0.kind != .organization }.map(\.name)
        let words = pool.compactMap(\.surname) + pool.compactMap(\.acronym) + pool.filter { $0.kind == .place }.map(\.name)
        #expect(names.count > 6_000)
        #expect(names.filter { samples.contains($0) }.isEmpty)
        #expect(words.filter(sampleWords.contains).isEmpty)
    }
}
