import Testing
@testable import DossierCore

/// The article is one region of the page: detached body, comments under a dated header and echoes of the
/// article are cleared; a second large stretch of article stays.
struct ArticleRegionTests {
    static let prose = [
        "The council approved the new ferry timetable on Tuesday after a long debate about the cost of the extra crossings.",
        "Commuters had complained for years that the first boat of the morning left far too late for anyone working in town.",
        "The operator said it would hire four more deck hands before the summer to run the early and the late services.",
        "Residents near the pier asked for a review after six months because they fear the noise of the late crossings.",
    ]
    static let menu = ["Home", "News", "Sport", "Weather", "Travel", "Culture", "Contact"]

    /// The kept flags for `lines` when every line of ten or more words is offered as body.
    func kept(_ lines: [String]) -> [String] {
        let layout = PageLayout(lines)
        let offered = layout.shapes.map { $0.words >= 10 }
        return zip(layout.shapes, ArticleRegion.keep(offered, layout: layout)).filter(\.1).map(\.0.text)
    }

    @Test func aSmallStretchBeyondAMenuIsNotBody() {
        let teaser = "Another story about the harbour festival and the boats that will sail in the parade this weekend."
        #expect(kept(Self.prose + Self.menu + [teaser]) == Self.prose)
    }

    @Test func aLargeSecondStretchStays() {
        let lines = Array(Self.prose[0...1]) + Self.menu + Array(Self.prose[2...3])
        #expect(kept(lines) == lines.filter { $0.count > 40 })
    }

    @Test func aCommentUnderADatedHeaderIsNotBody() {
        let comment = ["harbourwatcher says:", "April 12, 2022 at 7:10 am",
                       "We waited an hour every morning for that boat, so this is very welcome news for all of us."]
        #expect(kept(Self.prose + comment) == Self.prose)
    }

    @Test func aLongCommentUnderADatedHeaderBelowTheArticleIsNotBody() {
        // Longer than half the article: only its author-and-date line tells it is a comment.
        let comment = ["harbourwatcher says:", "April 12, 2022 at 7:10 am", Self.prose[0] + " " + Self.prose[1] + " " + Self.prose[2]]
        #expect(kept(Self.prose + comment) == Self.prose)
    }

    @Test func aLongStretchUnderAMostReadHeadingBelowTheArticleIsNotBody() {
        // Beyond the menu and longer than half the article: only the heading tells it is a list of other stories.
        let teasers = ["Most read in world news", "Fishermen say the new quota rules will empty the harbour before the winter storms come.",
                       "The town hall will stay closed for repairs until the end of the year, the mayor told residents on Monday.",
                       "A new bakery has opened on the quay and the queue on its first morning reached back to the terminal."]
        #expect(kept(Self.prose + Self.menu + teasers) == Self.prose)
    }

    @Test func aDatedLinkDoesNotCutTheArticle() {
        let lines = Array(Self.prose[0...1]) + ["https://example.com/2021/09/07/ferry-timetable"] + Array(Self.prose[2...3])
        #expect(kept(lines) == Self.prose)
    }

    @Test func anEchoOfTheArticleIsNotBodyHoweverLong() {
        let echo = Self.prose.joined(separator: " ")
        #expect(kept(Self.prose + Self.menu + [echo]) == Self.prose)
    }

    @Test func theFooterIsNotTheArticleHoweverLong() {
        // The site's disclaimers, longer than the article, sit above and around its rights notice.
        let footer = ["The information on this website was written for readers in one country, and rules in your country may differ.",
                      "Results vary with the starting point, the goals and the effort, and no claim here has been reviewed by a regulator.",
                      "Consult your physician and follow every safety instruction before you begin any exercise or diet programme.",
                      "Example Health is the owner of the trademarks shown on this site, which may not be used without permission.",
                      "Other product names on this site are the trademarks of their owners, who do not endorse it or its programmes.",
                      "© 2019 Example Health, LLC."]
        #expect(kept(Array(Self.prose[0...1]) + Self.menu + footer) == Array(Self.prose[0...1]))
        // A picture credit is no rights notice.
        let credited = Array(Self.prose[0...1]) + ["© Jane Doe"] + Array(Self.prose[2...3])
        #expect(kept(credited) == Self.prose)
    }

    @Test func underTheHeadlineTheArticleWinsOverALongerTeaserListUnderARelatedHeading() {
        let title = "Ferry timetable approved after long debate | Harbour News"
        let teasers = ["Fishermen say the new quota rules will empty the harbour before the winter storms come, and ask for help.",
                       "The town hall will stay closed for repairs until the end of the year, the mayor told residents on Monday.",
                       "A new bakery has opened on the quay and the queue on its first morning reached back to the ferry terminal.",
                       "The lifeboat crew rescued two kayakers off the point on Sunday after they were swept out by the strong tide.",
                       "Students from the college painted a mural on the harbour wall that shows every boat that served the island."]
        let page = [title] + Self.menu + ["Ferry timetable approved after long debate", "By Ann Lee"] + Array(Self.prose[0...2])
            + ["Related", "Share", "Tweet", "Comments", "Advertisement", "Deals"] + teasers
        #expect(kept(page) == Array(Self.prose[0...2]))
        // Without the heading the longer stretch is the article, as before.
        let unheaded = [title] + Self.menu + ["Ferry timetable approved after long debate", "By Ann Lee"] + Array(Self.prose[0...2])
            + ["Share", "Tweet", "Comments", "Advertisement", "Deals", "Forums"] + teasers
        #expect(kept(unheaded) == Array(Self.prose[0...2]) + teasers)
    }

    @Test func headlinesUnderARelatedHeadingAndRepeatsOfTheTitleAreListedNotTheSentencesAfterThem() {
        let layout = PageLayout(["Ferry timetable approved after long debate - Harbour News", "",
                                 "Ferry timetable approved after long debate", Self.prose[0], "Read more",
                                 Self.prose[1], "", "Most read", "Ferry timetable approved after long debate",
                                 "New bakery opens on the quay", "Lifeboat rescues two kayakers"])
        #expect(layout.listed == [false, false, false, false, false, false, true, true, true])
    }
}
