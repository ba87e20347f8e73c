import Foundation
import Testing
@testable import DossierCore

/// Paragraphs repeated across many pages of one site are folded as furniture, for text and HTML alike; what one
/// site repeats is not furniture on another, and copies of one story keep their text.
struct SiteFurnitureTests {
    static let about = "Harbour Post is an independent newspaper covering the coast since 1921. Subscribe to our newsletter for the week's stories."
    static let stories = [
        "The council approved the new ferry timetable on Tuesday after a long debate about the cost of the extra crossings.",
        "Fishermen say the new quota rules will empty the harbour before the winter storms come, leaving many boats idle.",
        "The town hall will stay closed for repairs until the end of the year, the mayor told residents on Monday evening.",
        "A new bakery has opened on the quay and the queue on its first morning reached all the way back to the terminal.",
    ]

    func story(_ index: Int) -> String {
        "Story number \(index) of the week\n\n\(Self.stories[index])\n\nIt was the \(index + 1)th such story this year, the editors said in a note.\n\n\(Self.about)\n"
    }

    @Test func aParagraphRepeatedOnThreePagesOfAFolderIsFolded() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 { try folder.write("coast/story\(index).txt", story(index)) }
        try folder.write("elsewhere/story3.txt", story(3))
        let articles = CollectionLoader().load([folder.url.path]).articles
        #expect(articles.count == 4)
        for article in articles where article.path.contains("/coast/") {
            let folded = article.blocks.first { $0.text == Self.about }
            #expect(folded?.kind == .furniture)
            #expect(folded?.reason == "repeated on 3 pages of this site")
            #expect(article.blocks(.paragraph).contains { Self.stories.contains($0.text) })
        }
        // Another folder is another site: seen once there, the paragraph stays.
        let other = try #require(articles.first { $0.path.contains("/elsewhere/") })
        #expect(other.blocks(.paragraph).contains { $0.text == Self.about })
    }

    @Test func theSiteOfAnHTMLPageIsTheHostOfItsAddress() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 {
            try folder.write("saved/\(index).html", """
            <html><head><link rel="canonical" href="https://www.harbour.example/news/\(index)"></head><body><article>
            <p>\(Self.stories[index]) \(Self.stories[(index + 1) % 4])</p><p>\(Self.stories[(index + 2) % 4]) It happened again.</p>
            <p>\(Self.about)</p></article></body></html>
            """)
        }
        // The fourth page names another host: its copy of the paragraph is not counted with theirs.
        try folder.write("saved/3.html", """
        <html><head><link rel="canonical" href="https://other.example/3"></head><body><article>
        <p>\(Self.stories[3]) \(Self.stories[0])</p><p>\(Self.about)</p></article></body></html>
        """)
        let articles = CollectionLoader().load([folder.url.path]).articles
        #expect(articles.count == 4)
        #expect(articles.map { $0.blocks.first { $0.text == Self.about }?.kind } == [.furniture, .furniture, .furniture, .paragraph])
        #expect(SiteFurniture.site(of: articles[0]) == "harbour.example")
    }

    @Test func copiesOfOneStoryKeepTheirText() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 { try folder.write("copies/\(index).txt", "Copy \(index)\n\n\(Self.stories[0])\n\n\(Self.stories[1])\n\n\(Self.about)\n") }
        let articles = CollectionLoader().load([folder.url.path]).articles
        #expect(articles.count == 3)
        for article in articles { #expect(article.blocks(.furniture).isEmpty) }
    }

    @Test func anIndexFoldsWhatTheLoaderFolds() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 { try folder.write("coast/story\(index).txt", story(index)) }
        try folder.write("elsewhere/story3.txt", story(3))
        let collection = try IndexFixture.open(folder, index: folder.url.appendingPathComponent("index.sqlite").path)
        let furniture = try collection.index.siteFurniture()
        let loaded = CollectionLoader().load([folder.url.path]).articles
        #expect(loaded.count == 4)
        for article in loaded {
            let summary = try #require(collection.summaries.first { $0.id == article.id })
            let raw = try #require(IndexedCollection.article(summary))
            #expect(furniture.folding(raw) == article, "\(article.path)")
        }
        #expect(loaded.filter { $0.blocks.contains { $0.kind == .furniture && $0.text == Self.about } }.count == 3)
        var decoded: [UInt64] = [7]
        SiteFurniture.decode(SiteFurniture.encode([1, 2, .max]), into: &decoded)
        #expect(decoded == [7, 1, 2, .max])
    }

    @Test func anIndexCountsAnArticleOnceItsFileChanges() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 { try folder.write("coast/story\(index).txt", story(index)) }
        let indexPath = folder.url.appendingPathComponent("index.sqlite").path
        _ = try IndexFixture.open(folder, index: indexPath)
        // One page drops the paragraph: two pages are left, fewer than the three furniture takes.
        try folder.write("coast/story2.txt", "Story number 2 of the week\n\n\(Self.stories[2])\n")
        let collection = try IndexFixture.open(folder, index: indexPath)
        let summary = try #require(collection.summaries.first { $0.path.hasSuffix("story0.txt") })
        let article = try #require(IndexedCollection.article(summary))
        #expect(try collection.index.siteFurniture().folding(article).blocks.first { $0.text == Self.about }?.kind == .paragraph)
    }

    @Test func oneIndexCountsAgainAfterItChanges() throws {
        let folder = try TemporaryFolder()
        for index in 0..<3 { try folder.write("coast/story\(index).txt", story(index)) }
        let index = try CollectionIndex(path: folder.url.appendingPathComponent("index.sqlite").path)
        let collection = try IndexedCollection(index: index, update: try index.update([folder.url.path], analyser: IndexFixture.analyser))
        let summary = try #require(collection.summaries.first { $0.path.hasSuffix("story0.txt") })
        let article = try #require(IndexedCollection.article(summary))
        #expect(try index.siteFurniture().folding(article).blocks.first { $0.text == Self.about }?.kind == .furniture)
        // Kept while the index is unchanged; counted again once an update wrote it.
        try folder.write("coast/story2.txt", "Story number 2 of the week\n\n\(Self.stories[2])\n")
        _ = try index.update([folder.url.path], analyser: IndexFixture.analyser)
        #expect(try index.siteFurniture().folding(article).blocks.first { $0.text == Self.about }?.kind == .paragraph)
    }

    @Test func fingerprintsIgnoreCaseAndSpacingButNotWords() {
        #expect(SiteFurniture.fingerprint("Subscribe to our  newsletter today!") == SiteFurniture.fingerprint("subscribe to our newsletter today"))
        #expect(SiteFurniture.fingerprint("Subscribe to our newsletter today") != SiteFurniture.fingerprint("Subscribe to our newsletter now"))
        #expect(SiteFurniture.fingerprint("Too short here") == nil)
    }

    /// The fingerprint as first written (the whole text lower-cased, every scalar's properties looked up), which the
    /// fast one must equal: indexes keep fingerprints.
    static func referenceFingerprint(_ text: String) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var words = 0
        var inWord = false
        for scalar in text.lowercased().unicodeScalars {
            let isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordPart {
                if !inWord, words > 0 { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
                if !inWord { words += 1 }
                for byte in String(scalar).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            inWord = isWordPart
        }
        return words >= SiteFurniture.minimumWords ? hash : nil
    }

    @Test func fingerprintsEqualTheFirstDefinitionOnAnyText() {
        let pieces = ["Word", "ÉCOLE", "naïve", "İstanbul", "ΣΟΦΊΑ", "Straße", "ǅemal", "東京", "٣٤", "Ⅻ", "½", "2,417", "—", "e\u{301}", "ﬁne",
                      "😀", " ", "  ", "\n", "-", "'", "ＡＢＣ", "ß", "Ω", "\u{1F1FA}\u{1F1F8}", "Ǉ"]
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 14)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: random.next() % 3 == 0 ? "" : " ")
            #expect(SiteFurniture.fingerprint(text) == Self.referenceFingerprint(text), "\(text.debugDescription)")
        }
    }
}
