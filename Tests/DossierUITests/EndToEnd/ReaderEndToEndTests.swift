import DossierCore
import Foundation
import Testing

/// The built `dossier` binary, found beside the test bundle.
enum Products {
    static var dossier: URL? {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var hasTmux: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// The index the binary uses in these tests, so that they leave the user's cache alone.
    static let index = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-index-\(getpid()).sqlite").path
    /// The data folder (and so the default marks database) the binary uses in these tests.
    static let dataHome = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-test-data-\(getpid())").path

    /// What a run of the binary gave.
    struct Outcome { var status: Int32; var output: Data; var errors: String }

    /// Runs the built `dossier` (or `executable`) in the repository folder with `environment` added (an empty value
    /// removes a variable), its output and errors going through files.
    static func run(_ arguments: [String], executable: URL? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable ?? dossier!
        process.arguments = arguments
        process.currentDirectoryURL = repository
        // No config file of the user's: XDG_CONFIG_HOME is a folder that does not exist unless a test names one.
        // Nor the user's marks database: the default one is in a data folder of this test run unless a test names one.
        let settings = ["DOSSIER_INDEX": index, "DOSSIER_DB": "", "XDG_DATA_HOME": dataHome, "XDG_CONFIG_HOME": "/nonexistent-dossier-test-config"]
        process.environment = ProcessInfo.processInfo.environment.merging(settings) { _, new in new }
            .merging(environment) { _, new in new }.filter { !$0.value.isEmpty }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        let errors = output.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output); try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: try Data(contentsOf: output),
                       errors: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }
}

/// The reader in a real terminal: tmux runs `dossier seeds`, keys go in, the screen is read back.
@Suite(.serialized) struct ReaderEndToEndTests {
    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func followAnEntityAcrossTheSeedsAndBack() throws {
        let binary = Products.dossier!.path
        let linksJSON = try Products.run(["links", "NSO Group", "seeds", "--json"]).output
        let links = try JSONSerialization.jsonObject(with: linksJSON) as! [[String: Any]]
        let articles = links[0]["articles"] as! [[String: Any]]
        let firstSentences = (articles[0]["sentences"] as! [String]).count
        let otherTitle = try #require(articles[1]["title"] as? String)

        let database = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } }
        let session = try TmuxSession(command: "sh -c '\(binary) seeds --db \(database) --create --index \(Products.index); stty -a; sleep 30'", width: 120, height: 40, directory: Products.repository)
        // Both titles in the list.
        try session.waitFor("both titles", seconds: 20) { $0.contains("‘Israel’ Push") && $0.contains("Israel said lo") }

        // Enter opens the first (newest) article; the sidebar shows NSO Group in 2 articles (unread/all).
        try session.send("Enter")
        let opened = try session.waitFor("the article to open") { $0.contains("By Staff, Agencies") }
        #expect(opened.split(separator: "\n").contains { $0.contains("NSO Group") && $0.hasSuffix("/2") })

        // Open NSO Group's entity page from the sidebar (searching it there), and see both articles listed.
        try session.send("Tab")
        try session.send("/")
        try session.send("NSO Group", literal: true)
        try session.send("Enter", "Escape", "Enter")
        try session.waitFor("the entity page") { $0.contains("organization · 2 articles") }
        let entityPage = try session.screen()
        #expect(entityPage.contains("▸ ‘Israel’ Pushing Biden"))

        // Step to the first sentence of the other article (its title is listed on the way) and follow it.
        for _ in 0..<(firstSentences + 2) { try session.send("n") }
        try session.waitFor("the other article's entry") { $0.contains("▸ Israel said lobbying U.S.") }
        try session.send("n")
        try session.send("Enter")
        try session.waitFor("the other article") { screen in
            screen.split(separator: "\n").contains { $0.contains(otherTitle.prefix(30)) } && screen.contains("i24NEWS") && !screen.contains("(organization)")
        }

        // Back returns to the entity page.
        try session.send("BSpace")
        try session.waitFor("the entity page again") { $0.contains("NSO Group (organization)") }

        // A small window still shows a usable screen.
        try session.tmux(["resize-window", "-t", session.name, "-x", "70", "-y", "20"])
        let small = try session.waitFor("the resized screen") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines.allSatisfy { $0.count <= 70 } && screen.contains("NSO Group")
        }
        #expect(small.contains("articles ·"), "the status bar is still there")

        // q walks back through the history and quits at the top; the terminal is restored.
        for _ in 0..<8 {
            try session.send("q")
            usleep(100_000)
            if try session.screen().contains("speed") { break }
        }
        let after = try session.waitFor("stty output after exit") { $0.contains("speed") }
        #expect(after.contains(" icanon") && after.contains(" echo"), "the terminal is back in cooked mode")
    }

    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func aFileDeletedOrChangedUnderTheReaderGivesAMessage() throws {
        let binary = Products.dossier!.path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Products.repository.appendingPathComponent("seeds").path).sorted()
        for name in seeds { try FileManager.default.copyItem(at: Products.repository.appendingPathComponent("seeds/" + name), to: folder.appendingPathComponent(name)) }
        let database = folder.appendingPathComponent("marks.sqlite").path
        let index = folder.appendingPathComponent("index.sqlite").path
        let session = try TmuxSession(command: "sh -c '\(binary) \(folder.path)/ --db \(database) --create --index \(index); sleep 30'", width: 120, height: 40,
                                      directory: Products.repository)
        try session.waitFor("the list", seconds: 20) { $0.contains("‘Israel’ Push") && $0.contains("Israel said lo") }
        // The newest article (listed first) loses its file; the other's file changes.
        let listed = try Products.run(["list", folder.path + "/", "--index", index, "--json"]).output
        let rows = try JSONSerialization.jsonObject(with: listed) as! [[String: Any]]
        let first = try #require(rows.first { ($0["title"] as? String)?.hasPrefix("‘Israel’ Push") == true })
        let second = try #require(rows.first { ($0["title"] as? String)?.hasPrefix("Israel said") == true })
        try FileManager.default.removeItem(atPath: first["path"] as! String)
        let changed = second["path"] as! String
        try (String(contentsOfFile: changed, encoding: .utf8) + "\nA paragraph added after indexing.\n").write(toFile: changed, atomically: true, encoding: .utf8)

        try session.send("Enter")
        let gone = try session.waitFor("the message for the deleted file") { $0.contains("Cannot open") }
        #expect(gone.contains("no such file"))
        #expect(gone.contains("‘Israel’ Push") && gone.contains("Israel said lo"), "the list is still shown")
        try session.send("j", "Enter")
        try session.waitFor("the message for the changed file") { $0.contains("changed since it was indexed") }
        // A star from the list goes to the article the list shows.
        try session.send("s")
        try session.waitFor("the star") { $0.split(separator: "\n").contains { $0.hasPrefix("●★") && $0.contains("Israel said lo") } }
        try session.send("Q")
        let starred = try MarkStore(path: database).allArticleMarks().filter(\.value.isStarred).keys.map(\.rawValue)
        #expect(starred == [second["id"] as! String], "the star is on the id the list showed")
    }

    @Test(.enabled(if: Products.hasTmux && Products.dossier != nil, "needs tmux and the built dossier binary"))
    func starSurvivesQuittingAndFilterShowsIt() throws {
        let binary = Products.dossier!.path
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } }
        let command = "sh -c '\(binary) seeds --db \(database) --create --index \(Products.index); \(binary) seeds --db \(database) --create --index \(Products.index); sleep 30'"
        let session = try TmuxSession(command: command, width: 120, height: 40, directory: Products.repository)
        try session.waitFor("the list", seconds: 20) { $0.contains("‘Israel’ Push") }
        try session.send("s")
        try session.waitFor("the star") { $0.split(separator: "\n").first?.hasPrefix("●★ ") == true }
        try session.send("Q")
        // The second run opens the same database: the star is still there.
        try session.waitFor("the reopened list with the star", seconds: 20) { $0.split(separator: "\n").first?.hasPrefix("●★ ") == true }
        try session.send("f")
        try session.send("is:starred", literal: true)
        try session.send("Enter")
        let filtered = try session.waitFor("the filtered list") { $0.contains("filter is:starred: 1 shown") }
        #expect(!filtered.contains("Israel said lo"))
        try session.send("Q")
    }
}
