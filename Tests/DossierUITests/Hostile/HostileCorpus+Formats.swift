import DossierCore

/// Structured documents whose values carry what must never reach the terminal raw: escape sequences written as
/// JSON escapes, scripts and `javascript:` links in feed content, CDATA sections split to smuggle `]]>`.
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
        return [
            // The decoded escape is data in the article; every frame is checked for raw controls reaching the terminal.
            file(family, "escape sequences inside JSON strings", Array((json + "\n").utf8), file: "input.jsonl",
                 .article(check: { article in
                     article.blocks(.paragraph).first?.text == "Body with \u{1B}]0;pwned\u{07} inside." ? nil : "the JSON escapes were not decoded"
                 })),
            file(family, "a script, a javascript: link and split CDATA in a feed", Array(rss.utf8), file: "input.rss",
                 .article(shows: ["Headline ]]> here", "Body with safe inside."], check: { article in
                     article.blocks.contains { $0.text.contains("script") || $0.text.contains("javascript") && $0.kind != .furniture }
                         ? "script or link text reached the body" : nil
                 })),
        ]
    }
}
