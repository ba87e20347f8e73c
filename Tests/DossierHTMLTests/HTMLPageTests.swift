import DossierHTML
import Testing

@Suite struct HTMLPageTests {
    private func page(_ html: String) -> HTMLPage { HTMLPage(utf8: Array(html.utf8)) }

    @Test func elementsAndTextsInDocumentOrderWithTheirLines() {
        let nodes = page("<html><body>\n<p class=\"lead\">One\ntwo</p>\n<div><p>Three</p></div>\n</body></html>").nodes
        let p = nodes.first { $0.name == "p" }!
        #expect(p.attribute("class") == "lead")
        #expect(p.line == 2)
        let texts = nodes.filter(\.isText).map(\.text).filter { !$0.allSatisfy(\.isWhitespace) }
        #expect(texts == ["One\ntwo", "Three"])
        let one = nodes.first { $0.text == "One\ntwo" }!
        #expect(one.line == 2 && one.lastLine == 3)
        let three = nodes.firstIndex { $0.text == "Three" }!
        #expect(nodes[three].line == 4)
        let div = nodes.firstIndex { $0.name == "div" }!
        #expect((div..<nodes[div].end).contains(three))
        #expect(nodes[nodes[three].parent].name == "p")
    }
}
