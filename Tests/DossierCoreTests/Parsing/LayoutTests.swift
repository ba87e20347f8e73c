import DossierCore
import Testing

/// Layouts of scraped news other than the samples'.
@Suite struct LayoutTests {
    @Test func wireStory() throws {
        let article = try loadArticle(Repository.fixture("wire-story.txt"))
        #expect(article.title == "Senate passes stopgap bill to avert shutdown")
        #expect(article.date == "2021-03-03")
        #expect(article.byline == "Jane Roe and John Doe")
        #expect(article.dateline == "WASHINGTON")
        #expect(article.credit == "Reuters")
        let paragraphs = article.blocks(.paragraph).map(\.text)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].hasPrefix("WASHINGTON (Reuters) - The U.S. Senate"))
        let figure = try #require(article.blocks(.figure).first)
        #expect(figure.text == "A view of the Capitol at dusk")
        #expect(figure.credit == "Getty Images")
        let reasons = article.blocks(.furniture).map(\.reason)
        #expect(reasons == ["share or print", "read more", "related links"])
        #expect(article.blocks(.furniture).last?.lines.count == 4, "the heading and its three links fold together")
    }

    @Test func aBylineNeedsAName() {
        let prose = parse("""
        Retailer doubles its sales

        By late 2004 the firm had doubled its sales, helped by its new stores in the north.

        Its shares rose by a third.
        """)
        #expect(prose.byline == nil)
        #expect(prose.blocks(.paragraph).first?.text.hasPrefix("By late 2004") == true)
        for (line, name) in [("By Ann Lee", "Ann Lee"), ("By the Associated Press", "the Associated Press"), ("BY STAFF REPORTER", "STAFF REPORTER"),
                             ("By Maria de la Cruz and Tom Ng", "Maria de la Cruz and Tom Ng")] {
            #expect(parse("Port deal signed\n\n\(line)\n\nThe harbour board signed the deal on Monday after a long wait.").byline == name)
        }
        #expect(parse("Port deal signed\n\nBy April the council had spent its whole budget on new roads.\n\nMore follows.").byline == nil)
    }

    @Test func aQuoteAttributionStaysInTheTitle() {
        let quoted = parse("Hope will win, says leader - Moreno\n\nThe party leader spoke to supporters in the capital on Sunday evening.")
        #expect(quoted.title == "Hope will win, says leader - Moreno" && quoted.publisher == nil)
        let inQuotes = parse("‘We will not back down’ - Okafor\n\nThe minister spoke to supporters in the capital on Sunday evening.")
        #expect(inQuotes.title == "‘We will not back down’ - Okafor")
        let site = parse("Port deal signed after long talks - Harbour Daily\n\nThe harbour board signed the deal on Monday.")
        #expect(site.title == "Port deal signed after long talks" && site.publisher == "Harbour Daily")
        let saidBySite = parse("Prices will rise, says central bank - BBC News\n\nThe bank said prices would rise next year.")
        #expect(saidBySite.title == "Prices will rise, says central bank" && saidBySite.publisher == "BBC News")
        let theSite = parse("Levy blocked, Papadakis says - The Civic Ledger\n\nThe levy was blocked by the party on Monday.")
        #expect(theSite.publisher == "The Civic Ledger")
    }

    @Test func characterReferencesReadAsWhatTheyStandFor() {
        let article = parse("Caf&#233; chain sold for &#163;2.5m &amp; more\n\nThe caf&eacute; chain, worth &#xA3;2.5m, was sold. Tom &amp Jerry&#x;s stays.")
        #expect(article.title == "Café chain sold for £2.5m & more")
        #expect(article.blocks(.paragraph).first?.text == "The café chain, worth £2.5m, was sold. Tom &amp Jerry&#x;s stays.")
    }

    @Test func noTitleLine() {
        let article = parse("""
        The council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports, a decision that will divert thousands of drivers.

        Repairs are expected to take at least a year.
        """)
        #expect(article.title == nil)
        #expect(article.blocks(.paragraph).count == 2)
    }

    @Test func titleWithSiteSuffixGivesPublisher() {
        let article = parse("Council closes the old bridge - The Example Times\n\nThe council voted on Tuesday to close it.")
        #expect(article.title == "Council closes the old bridge")
        #expect(article.publisher == "The Example Times")
    }

    @Test func hardWrappedTextJoinsIntoParagraphs() {
        let article = parse("""
        Harbour plans approved

        The harbour board approved plans on Monday for a new ferry
        terminal that will double the number of crossings to the
        islands, despite objections from residents.

        Work is due to start in the spring and finish within two
        years, the board said, at a cost that has not been made
        public.
        """)
        let paragraphs = article.blocks(.paragraph)
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0].text == "The harbour board approved plans on Monday for a new ferry terminal that will double the number of crossings to the islands, despite objections from residents.")
        #expect(paragraphs[0].lines == LineRange(3, 5))
    }

    @Test func oneLinePerParagraphStaysSeparate() {
        let article = parse("Title here\n\nFirst sentence ends here.\nSecond paragraph ends too.\nThird one as well.")
        #expect(article.blocks(.paragraph).count == 3)
    }

    @Test(arguments: [
        ("June 10, 2022", "2022-06-10"), ("10 June 2022", "2022-06-10"), ("Published: Jun. 10, 2022, 8:00 a.m.", "2022-06-10"),
        ("Updated 2022-06-10T08:00:00Z", "2022-06-10"), ("19.11.2019, 08:57", "2019-11-19"), ("Friday, June 10, 2022", "2022-06-10"),
    ])
    func dateLines(line: String, expected: String) {
        let article = parse("A headline for the story\n\n\(line)\n\nThe story begins with a sentence that ends.")
        #expect(article.date == expected)
        #expect(article.header.contains { $0.kind == .date })
    }

    @Test func impossibleDateIsNotADate() {
        let article = parse("A headline for the story\n\nFebruary 30, 2022\n\nThe story begins with a sentence that ends.")
        #expect(article.date == nil)
    }

    @Test(arguments: [
        ("Follow Example News on Twitter", "social follow"), ("5 View gallery", "gallery"), ("Advertisement", "advertisement"),
        ("Sign in to continue reading", "subscribe or sign in"), ("Share on Facebook", "share or print"),
        ("We use cookies to improve your experience on our site.", "cookie notice"), ("© 2023 Example Media Group", "copyright"),
        ("Comments (12)", "comments"),
    ])
    func furnitureLines(line: String, reason: String) {
        let article = parse("A headline for the story\n\nThe story begins with a sentence that ends.\n\(line)\nIt ends with another sentence.")
        #expect(article.blocks(.furniture).map(\.reason) == [reason])
        #expect(article.blocks(.paragraph).count == 2)
    }

    @Test(arguments: [
        "The company declined to comment on its policy.",
        "Share prices fell sharply on Monday as investors weighed the news.",
        "Follow-up talks are planned for next month in Geneva.",
        "Cookies and cakes were handed out to the crowd outside the court.",
    ])
    func proseThatMentionsFurnitureWordsStaysProse(line: String) {
        let article = parse("A headline for the story\n\nThe story begins with a sentence that ends.\n\n\(line)")
        #expect(article.blocks(.furniture).isEmpty)
        #expect(article.blocks(.paragraph).map(\.text).last == line)
    }

    @Test func bulletProseBecomesParagraphWithoutMarker() {
        let article = parse("A headline for the story\n\n  • The minister resigned on Friday, aides said.\n  • Share this article")
        #expect(article.blocks(.paragraph).map(\.text) == ["The minister resigned on Friday, aides said."])
        #expect(article.blocks(.furniture).count == 1)
    }

    @Test func listItemsStayOneALine() {
        let article = parse("""
        Council approves its budget

        The council approved its budget on Monday after a long debate about spending in the town.

        What the budget includes:
        - More money for schools
        - A new bus route to the hospital
        * Repairs to the harbour wall

        Steps the mayor set out:
        1. Cut taxes for small firms that
           hire young workers
        2) Build homes

        The mayor said the plan would be reviewed next year by the finance committee.
        """)
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph, .list, .paragraph, .list, .paragraph])
        #expect(article.blocks(.list).map(\.text) == [
            "• More money for schools\n• A new bus route to the hospital\n• Repairs to the harbour wall",
            "1. Cut taxes for small firms that hire young workers\n2) Build homes",
        ])
        #expect(article.blocks(.paragraph)[1].text == "What the budget includes:")
        #expect(article.blocks(.list).map(\.lines.count) == [3, 3])
    }

    @Test(arguments: [
        "A single - marked line stays a paragraph:\n- only one item here.",
        "Figures moved sharply:\n-5% in March\n-3% in April",
        "The minister spoke at length\n— and the crowd listened —\nfor an hour.",
    ])
    func linesThatAreNoListStayParagraphs(_ body: String) {
        let article = parse("A headline for the story\n\n" + body)
        #expect(article.blocks(.list).isEmpty, "\(article.blocks.map(\.text))")
    }
}
