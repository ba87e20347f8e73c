import DossierApp
import DossierCore
import DossierUI
import Foundation
import Testing

/// The config file: every setting read, every mistake an error with its line and column.
@Suite struct ReaderConfigTests {
    let environment = ["PAGER": "most", "BROWSER": "firefox", "EDITOR": "nano"]

    func parse(_ text: String) throws(ConfigError) -> ReaderConfig {
        try ReaderConfig.parse(text, file: "config.toml", environment: environment)
    }

    func error(_ text: String) -> ConfigError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test func theDefaultFileGivesTheDefaults() throws {
        let config = try parse(DefaultConfig.text)
        #expect(config == ReaderConfig(environment: environment))
        #expect(config.bindings == .standard && config.theme == .standard && config.layout == .standard)
        #expect(config.programs == ExternalPrograms(editor: "nano", fileOpener: "most", urlOpener: "firefox"))
        #expect(ReaderConfig(environment: [:]).programs == ExternalPrograms(editor: "vi", fileOpener: "less", urlOpener: "xdg-open"))
        for command in Command.allCases { #expect(DefaultConfig.text.contains("\n\(command.rawValue) = "), "\(command.rawValue)") }
    }

    @Test func everySectionIsRead() throws {
        let config = try parse("""
        [keys]
        star = "S"
        archive = ["A", "Ctrl-a"]
        [colors]
        theme = "16"
        unread = "red on default underline"
        [layout]
        arrangement = "single"
        list-width = 50
        measure = 72
        [open]
        file = "bat --paging=always"
        url = "lynx"
        """)
        #expect(config.bindings.command(for: .character("S"), in: .anywhere) == .star)
        #expect(config.bindings.command(for: .character("s"), in: .anywhere) == nil)
        #expect(config.bindings.keys(for: .archive) == [.character("A"), .control("a")])
        #expect(config.theme.unread == Style(foreground: .basic(.red), attributes: .underline))
        #expect(config.theme.status.background == Color.palette(236).basicApproximation, "the 16-colour theme")
        #expect(config.layout == LayoutSettings(arrangement: .single, listWidth: 50, measure: 72))
        #expect(config.programs.fileOpener == "bat --paging=always" && config.programs.urlOpener == "lynx")
    }

    @Test(arguments: [
        ("[keys]\nstar = \"S\n", 2, 10, "string"),
        ("[keys]\nstar = \"S\"\n\n  stars = \"x\"\n", 4, 3, "unknown action \"stars\""),
        ("[keys]\nstar = \"Hyper-s\"\n", 2, 1, "unknown key \"Hyper-s\""),
        ("[keys]\nprompt-cancel = \"q\"\n", 2, 1, "is typed"),
        ("[keys]\nstar = 3\n", 2, 1, "a key is a string"),
        ("[colours]\nx = 1\n", 1, 1, "unknown section [colours]"),
        ("[colors]\nunread = \"greenish\"\n", 2, 1, "\"greenish\" is not a colour"),
        ("[colors]\nunreed = \"green\"\n", 2, 1, "unknown style \"unreed\""),
        ("[colors]\ntheme = \"88\"\n", 2, 1, "theme is"),
        ("[layout]\nmeasure = 5\n", 2, 1, "measure is a number"),
        ("[layout]\narrangement = \"two\"\n", 2, 1, "arrangement is"),
        ("[open]\nbrowser = \"lynx\"\n", 2, 1, "unknown setting \"browser\""),
        ("star = \"S\"\n", 1, 1, "not a section"),
    ])
    func mistakesAreErrorsWithTheirPlace(text: String, line: Int, column: Int, message: String) throws {
        let found = try #require(error(text), "\(text)")
        #expect(found.line == line && found.column == column, "\(found)")
        #expect(found.message.contains(message), "\(found)")
        #expect(found.description.hasPrefix("config.toml:\(line):\(column): "))
    }

    @Test func theFileIsInTheConfigHome() throws {
        #expect(ReaderConfig.path(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"]) == "/cfg/dossier/config.toml")
        #expect(ReaderConfig.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/dossier/config.toml")
        #expect(try ReaderConfig.load(path: "/nonexistent/config.toml", environment: [:]) == ReaderConfig(environment: [:]))
    }

    @Test func stylesReadBackAsWritten() throws {
        for (name, path) in Theme.styles {
            let style = Theme.standard[keyPath: path]
            #expect(try Style.parse(style.spec).get() == style, "\(name): \(style.spec)")
        }
    }

    @Test func openingTheSourceOpensTheWebAddressOfAnOpenArticleOrElseTheFile() {
        var state = FixtureLibrary.state()
        let first = state.listOrder[0]
        let path = state.library.summary(first)!.path
        #expect(press(&state, .character("O")) == [.openSource(.file(path))], "the address is read with the article")
        #expect(press(&state, .character("P")) == [.openSource(.file(path))])
        press(&state, .enter)
        for (url, opened) in [("https://example.org/a", ArticleSource.url("https://example.org/a")), ("javascript:alert(1)", .file(path)),
                              ("https://example.org/\u{1B}[2J", .file(path))] {
            var article = state.openArticle!
            article.url = url
            send(&state, .pageLoaded(state.content!.request, .article(article, mentions: [])))
            #expect(press(&state, .character("O")) == [.openSource(opened)], "\(url)")
        }
        #expect(ExternalPrograms.file(of: "/no/such/feed.xml#3") == "/no/such/feed.xml")
        #expect(ExternalPrograms.file(of: "/no/such/page#top") == "/no/such/page#top")
    }

    /// Links kept from HTML and Markdown are targets in the reading view: underlined over their words, and Enter on
    /// one opens its address.
    @Test func aLinkInAnArticleIsATargetThatOpensItsAddress() throws {
        var state = FixtureLibrary.state()
        press(&state, .enter)
        var article = try #require(state.openArticle)
        let index = try #require(article.blocks.firstIndex { $0.kind == .paragraph })
        let words = try #require(article.blocks[index].text.split(separator: " ").dropFirst(2).first.map(String.init))
        let start = try #require(article.blocks[index].text.range(of: " " + words + " ")).lowerBound
        let offset = article.blocks[index].text.unicodeScalars.distance(from: article.blocks[index].text.unicodeScalars.startIndex, to: start) + 1
        article.blocks[index].links = [InlineLink(start: offset, length: words.unicodeScalars.count, url: "https://example.org/story")]
        send(&state, .pageLoaded(state.content!.request, .article(article, mentions: [])))
        let target = try #require(state.document.targets.first { $0.action == .openLink("https://example.org/story") })
        let line = state.document.lines[target.line]
        let text = line.map(\.text).joined()
        #expect(String(text.dropFirst(target.columns.lowerBound).prefix(target.columns.count)) == words)
        #expect(line.contains { $0.text == words && $0.style == state.theme.link })
        #expect(send(&state, target.action) == [.openSource(.url("https://example.org/story"))])
    }

    @Test func theOpenerRunsWithTheAddressAsItsLastArgument() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-open-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let programs = ExternalPrograms(editor: "true", fileOpener: "false", urlOpener: "printf '%s' > \(out.path)")
        // Quotes and a semicolon stay in the argument: nothing of it is read by the shell.
        #expect(throws: Never.self) { try programs.open(.url("https://example.org/a'b;rm")).get() }
        #expect(try String(contentsOf: out, encoding: .utf8) == "https://example.org/a'b;rm")
        #expect(throws: ExternalProgramError.self) { try programs.open(.file("x")).get() }
    }
}

/// `dossier config` and the reader with a bad config file.
@Suite struct ConfigCommandTests {
    static var available: Bool { Products.dossier != nil }
    static let docsFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/config.md")

    @Test func configDocumentShowsTheDefaultFile() throws {
        let written = try String(contentsOf: Self.docsFile, encoding: .utf8)
        let block = "```toml\n" + DefaultConfig.text + "```\n"
        if ProcessInfo.processInfo.environment["UPDATE_DOCS"] == "1", !written.contains(block), let start = written.range(of: "```toml\n"),
           let end = written.range(of: "```\n", range: start.upperBound..<written.endIndex) {
            try written.replacingCharacters(in: start.lowerBound..<end.upperBound, with: block).write(to: Self.docsFile, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: Self.docsFile, encoding: .utf8).contains(block), "docs/config.md is stale: UPDATE_DOCS=1 swift test --filter ConfigCommandTests")
    }

    @Test(.enabled(if: available)) func checkAndPrintDefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dossier"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = try Products.run(["config", "--print-default"])
        #expect(printed.status == 0 && String(decoding: printed.output, as: UTF8.self) == DefaultConfig.text)
        let file = folder.appendingPathComponent("dossier/config.toml")
        try printed.output.write(to: file)
        let good = try Products.run(["config", "--check"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(good.status == 0 && String(decoding: good.output, as: UTF8.self) == "\(file.path): good\n")
        try "[keys]\nstar = \"S\"\nsatr = \"s\"\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try Products.run(["config", "--check", file.path])
        #expect(bad.status == 2)
        #expect(bad.errors == "dossier: \(file.path):3:1: unknown action \"satr\" (docs/keys.md lists them)\n")
        // The reader does not start with it.
        let reader = try Products.run(["seeds"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(reader.status == 2 && reader.errors.contains("\(file.path):3:1: unknown action"))
    }
}
