import Testing
@testable import DossierCore

/// Link addresses: only http and https, relative ones resolved against the page; anything else is no target.
struct LinkTargetTests {
    @Test(arguments: [
        ("https://example.org/a?b=1#c", "https://example.org/news/x.html", "https://example.org/a?b=1#c"),
        ("/world/story", "https://example.com/news/x.html", "https://example.com/world/story"),
        ("story-2.html", "https://example.com/news/x.html?page=2", "https://example.com/news/story-2.html"),
        ("../sport/./match", "https://example.com/news/today/x.html", "https://example.com/news/sport/match"),
        ("//cdn.example.net/img.png", "https://example.com/", "https://cdn.example.net/img.png"),
        ("  https://example.com/spaced  ", nil, "https://example.com/spaced"),
    ] as [(String, String?, String)])
    func resolved(_ href: String, _ base: String?, _ expected: String) {
        #expect(LinkTarget.resolve(href, base: base) == expected)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "https://example.com/"),
        ("JavaScript:void(0)", "https://example.com/"),
        (" data:text/html,<script>alert(1)</script>", "https://example.com/"),
        ("mailto:desk@example.com", "https://example.com/"),
        ("#comments", "https://example.com/"),
        ("/relative/without/base", nil),
        ("https://example.com/a b", "https://example.com/"),
        ("https://example.com/\u{1B}[31m", "https://example.com/"),
        ("https:///no-host", nil),
    ] as [(String, String?)])
    func refused(_ href: String, _ base: String?) {
        #expect(LinkTarget.resolve(href, base: base) == nil)
    }
}
