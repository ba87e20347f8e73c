import DossierApp
import DossierCore
import DossierUI
import Foundation
import Testing

/// Reading several whole articles at once, as an entity page does.
struct LibraryArticlesTests {
    /// Counts the loads of each article, from any thread.
    final class LoadCounter: @unchecked Sendable {  // every access holds the lock
        private let lock = NSLock()
        private var counts: [ArticleID: Int] = [:]
        func note(_ id: ArticleID) { lock.withLock { counts[id, default: 0] += 1 } }
        var all: [ArticleID: Int] { lock.withLock { counts } }
    }

    @Test func articlesComeInOrderEachReadOnce() {
        let articles = (1...12).map { number in
            ArticleParser().parse(lines: ["Story number \(number)", "", "Paragraph \(number)."], path: "story\(number).txt")
        }
        let byID = Dictionary(uniqueKeysWithValues: articles.map { ($0.id, $0) })
        let counter = LoadCounter()
        let library = OpenCollection(name: "t", summaries: articles.map(\.summary), entities: [], mentions: MentionTable(),
                                     search: ArticleTextScan(articles: articles)) { summary in
            counter.note(summary.id)
            return byID[summary.id].map(Result.success) ?? .failure(.notInCollection)
        }
        let unknown = ArticleID(rawValue: "0000000000000000")
        let wanted = [articles[5].id, unknown, articles[0].id, articles[11].id, articles[5].id]
        #expect(library.articles(wanted).map { $0?.title } == ["Story number 6", nil, "Story number 1", "Story number 12", "Story number 6"])
        #expect((try? library.article(articles[0].id).get())?.title == "Story number 1")
        _ = library.articles(wanted)
        #expect(counter.all == [articles[5].id: 1, articles[0].id: 1, articles[11].id: 1])
    }
}

/// The same text in several files is one row of the list, with how many files hold it.
struct CopiesInTheListTests {
    @Test func aTextInTwoFilesIsOneRowMarkedTimesTwo() {
        let text = ["Harbour reopens after the storm", "", "The harbour reopened on Monday after a week of repairs."]
        let original = ArticleParser().parse(lines: text, path: "a/story.txt")
        let copy = ArticleParser().parse(lines: text, path: "b/story.txt")
        let other = ArticleParser().parse(lines: ["Ferry timetable changes", "", "The ferry leaves earlier from May."], path: "a/ferry.txt")
        let summaries = ArticleSummary.mergingCopies([original.summary, copy.summary, other.summary])
        let collection = OpenCollection(name: "t", summaries: summaries, entities: [], mentions: MentionTable(),
                                        search: ArticleTextScan(articles: [original, other])) { _ in .failure(.notInCollection) }
        let lines = Screen.render(AppState(library: collection.library, size: Size(width: 120, height: 20))).lines()
        let rows = lines.filter { $0.contains("Harbour reopens") }
        #expect(rows.count == 1)
        #expect(rows.first?.contains("Harbour reopens after the storm ×2") == true, "\(rows)")
        #expect(lines.contains { $0.contains("Ferry timetable changes") && !$0.contains("×") })
    }
}
