import DossierCore

/// Structured documents whose values carry what must never reach the terminal raw: escape sequences written as
/// JSON escapes, scripts and `javascript:` links in feed content and pages, CDATA sections split to smuggle `]]>`,
/// escape sequences written as character references or raw bytes in a page.
extension HostileCorpus {
    static var formats: [HostileCase] {
        let family = "structured formats"
        let osc = #"\u001b]0;pwned\u0007"#
        let json = #"{"title": "Headline \#(osc) here", "text": "Body with \#(osc) inside.\n\nA second paragraph, plain, to close the piece."}"#
        let rss = """
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <item>
        <title><![CDATA[Headline ]]]]><![CDATA[> here]]></title>
        <content:encoded><![CDATA[<p>Body with <script>document.write("\u{1B}[2J")</script><a href="javascript:alert(1)">safe</a> inside.</p><p>A second paragraph, plain, to close the piece.</p>]]></content:encoded>
        </item>
        </channel></rss>
        """
        let paragraph = "and enough ordinary words after it to read as the paragraph of an article, which it is."
        let page = """
        <html><head><title>Headline &#27;]0;pwned&#7; here</title>
        <script>document.write("\u{1B}[2J"); var s = "<p>script text</p>";</script><style>p::after { content: "styled" }</style></head>
        <body><article>
        <p>Body with <a href="javascript:alert(1)" onclick="alert(2)">safe</a> inside, &#x1b;[31mred&#x1b;[0m, \(paragraph)</p>
        <p>Raw \u{1B}[2J escape bytes in the page itself, \(paragraph)</p>
        <p>CDATA <![CDATA[</p><script>alert(3)</script><p>]]> trick, \(paragraph)</p>
        <script><![CDATA[ document.write("<p>cdata script</p>") ]]></script>
        </article></body></html>
        """
        let markdown = """
        ---
        title: "Headline \\e]0;pwned\\a here"
        source: "javascript:alert(1)"
        author: ["[[Ann Lee]]"]
        ---
        Body with [safe](javascript:alert(1)) inside and [a page](<https://example.com/a b>), \(paragraph)

        <script>
        document.write("<p>script text</p>")
        </script>
        Raw \u{1B}[2J escape <script>alert(3)</script>and [an address](https://example.com/\u{1B}[31m) in the text, \(paragraph)
        """
        return [
            file(family, "scripts, escape sequences, a javascript: link and CDATA tricks in a page", Array(page.utf8), file: "input.html",
                 .article(shows: ["Body with safe inside", "trick"], check: { article in
                     let text = article.blocks.filter { $0.reason != "markup" }.map(\.text) + article.header.map(\.value)
                     if text.contains(where: { $0.contains("script text") || $0.contains("cdata script") || $0.contains("alert") || $0.contains("styled") }) {
                         return "script, style or link text reached the article"
                     }
                     if article.blocks.contains(where: { $0.links != nil }) { return "a javascript: link became a link target" }
                     // libxml2 reads `<![CDATA[` in HTML as text; the script it hides is still a script.
                     return article.blocks(.paragraph).contains { $0.text.hasPrefix("]]> trick") } ? nil : "the paragraph after the CDATA trick is lost"
                 })),
            // The decoded escape is data in the article; every frame is checked for raw controls reaching the terminal.
            file(family, "escape sequences inside JSON strings", Array((json + "\n").utf8), file: "input.jsonl",
                 .article(check: { article in
                     article.blocks(.paragraph).first?.text == "Body with \u{1B}]0;pwned\u{07} inside." ? nil : "the JSON escapes were not decoded"
                 })),
            file(family, "escape sequences in front matter, javascript: links and scripts in a Markdown clipping", Array(markdown.utf8),
                 file: "input.md", .article(shows: ["Body with safe inside"], check: { article in
                     if article.url != nil { return "a javascript: source became the address" }
                     if article.title?.contains("\u{1B}]0;pwned") != true { return "the YAML escape was not decoded into the title" }
                     let text = article.blocks.filter { $0.reason != "markup" }.map(\.text)
                     if text.contains(where: { $0.contains("script text") || $0.contains("alert") }) { return "script text reached the article" }
                     return article.blocks.contains { $0.links != nil } ? "a javascript:, spaced or control-character address became a link" : nil
                 })),
            file(family, "a script, a javascript: link and split CDATA in a feed", Array(rss.utf8), file: "input.rss",
                 .article(shows: ["Headline ]]> here", "Body with safe inside."], check: { article in
                     article.blocks.contains { $0.text.contains("script") || $0.text.contains("javascript") && $0.kind != .furniture }
                         ? "script or link text reached the body" : nil
                 })),
        ]
    }
}
