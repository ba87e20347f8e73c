import Foundation
import Testing

/// The `dossier` subcommands as scripts use them: exit codes, JSON shapes, raw bytes.
@Suite struct CommandLineTests {
    func dossier(_ arguments: String...) throws -> Products.Outcome { try Products.run(arguments) }

    static var available: Bool { Products.dossier != nil }

    /// A new folder in the temporary directory holding `files` (name → text).
    func collection(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-collection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    @Test(.enabled(if: available)) func exitCodes() throws {
        let missing = try dossier("list", "no-such-folder")
        #expect(missing.status == 1)
        #expect(missing.errors.contains("no-such-folder: no such file or folder"))
        #expect(try dossier("list", "--no-such-flag").status == 2)
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-binary-\(UUID().uuidString).txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        defer { try? FileManager.default.removeItem(at: binary) }
        let partial = try dossier("list", "seeds", binary.path)
        #expect(partial.status == 0)
        #expect(partial.errors.contains("\(binary.path): binary file (NUL byte at offset 1)"))
    }

    @Test(.enabled(if: available)) func searchRanksWithSnippetsAndRejectsBadQueries() throws {
        let result = try dossier("search", "\"spyware company\" OR blacklist*", "seeds", "--json")
        #expect(result.status == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
        #expect(hits.count == 2)
        let ranks = hits.compactMap { $0["rank"] as? Double }
        #expect(ranks == ranks.sorted())
        for hit in hits {
            let snippet = try #require(hit["snippet"] as? String)
            let highlights = try #require(hit["highlights"] as? [[Int]])
            #expect(!highlights.isEmpty)
            let characters = Array(snippet)
            #expect(highlights.allSatisfy { $0[1] <= characters.count })
        }
        let plain = try dossier("search", "spyware", "seeds")
        #expect(String(decoding: plain.output, as: UTF8.self).contains("[spyware]"))
        let bad = try dossier("search", "\"unclosed", "seeds")
        #expect(bad.status == 2)
        #expect(bad.errors.contains("a quoted phrase is not closed"))
    }

    @Test(.enabled(if: available)) func mentionsPointAtTheirRawText() throws {
        let result = try dossier("mentions", "seeds", "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(mentions.count > 20)
        for mention in mentions {
            let path = try #require(mention["path"] as? String)
            let lines = try String(contentsOf: Products.repository.appendingPathComponent(path), encoding: .utf8).components(separatedBy: "\n")
            let (line, start, end) = (mention["line"] as! Int, mention["start"] as! Int, mention["end"] as! Int)
            guard mention["endLine"] == nil else { continue }
            let scalars = Array(lines[line - 1].unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == mention["surface"] as? String)
            #expect(mention["entity"] is String && mention["name"] is String && mention["kind"] is String)
        }
    }

    @Test(.enabled(if: available)) func linksAsksWhichEntityWhenSeveralHaveTheName() throws {
        let folder = try collection(["a.txt": "Port deal signed\n\nPeter Okafor said the deal was done. Okafor smiled.\n",
                                     "b.txt": "Appeal lodged\n\nSusan Okafor lodged the appeal. Okafor said she was confident.\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index.sqlite").path
        let ambiguous = try dossier("links", "Okafor", folder.path, "--index", index)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.errors.contains("--id \"peter okafor\""))
        #expect(ambiguous.errors.contains("--id \"susan okafor\""))
        let chosen = try dossier("links", "Okafor", folder.path, "--index", index, "--id", "susan okafor", "--json")
        #expect(chosen.status == 0)
        let entities = try #require(try JSONSerialization.jsonObject(with: chosen.output) as? [[String: Any]])
        #expect(entities.map { $0["name"] as? String } == ["Susan Okafor"])
    }

    @Test(.enabled(if: available)) func correctionsInTheMarksDatabaseApplyToEntitiesLinksAndMentions() throws {
        let folder = try collection(["a.txt": "Port deal signed\n\nPeter Okafor said the deal was done. Okafor smiled.\n",
                                     "b.txt": "Harbour plans\n\nThe mayor said Mr Okafor opened the new harbour office on Monday.\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (index, db) = (folder.appendingPathComponent("index.sqlite").path, folder.appendingPathComponent("marks.sqlite").path)
        func entities(_ extra: String...) throws -> [String: [String: Any]] {
            let result = try Products.run(["entities", folder.path, "--index", index, "--db", db, "--json"] + extra)
            let list = try #require(try JSONSerialization.jsonObject(with: result.output) as? [[String: Any]])
            return Dictionary(list.map { ($0["id"] as! String, $0) }) { first, _ in first }
        }
        #expect(try entities()["peter okafor"]?["articles"] as? Int == 2, "Mr Okafor joins the one full name")
        let detach = try dossier("entity", "Peter Okafor", "--detach", "Mr. Okafor", "--db", db)
        #expect(detach.status == 0)
        #expect(String(decoding: detach.output, as: UTF8.self).contains("detached: mr okafor"))
        let corrected = try entities()
        #expect(corrected["peter okafor"]?["articles"] as? Int == 1)
        #expect(corrected["mr okafor"]?["name"] as? String == "Mr Okafor")
        #expect(try entities("--uncorrected")["mr okafor"] == nil)
        let marked = try dossier("entity", "Peter Okafor", "--json", "--db", db)
        let markedObject = try #require(try JSONSerialization.jsonObject(with: marked.output) as? [String: Any])
        #expect(markedObject["id"] as? String == "peter okafor")
        #expect((markedObject["marks"] as? [String: Any])?["detached"] as? [String] == ["mr okafor"])
        let links = try dossier("links", "Mr Okafor", folder.path, "--index", index, "--db", db, "--json")
        let linked = try #require(try JSONSerialization.jsonObject(with: links.output) as? [[String: Any]])
        #expect(linked.map { $0["id"] as? String } == ["mr okafor"])
        let mentions = try dossier("mentions", folder.appendingPathComponent("b.txt").path, "--index", index, "--db", db, "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: mentions.output) as? [String: Any])
        #expect((object["mentions"] as? [[String: Any]])?.first { $0["surface"] as? String == "Mr Okafor" }?["entity"] as? String == "mr okafor")
        // Undone, the name is the full name's again; an entity's own name cannot be detached.
        #expect(try dossier("entity", "peter okafor", "--reattach", "Mr Okafor", "--db", db).status == 0)
        #expect(try entities()["peter okafor"]?["articles"] as? Int == 2)
        let refused = try dossier("entity", "Peter Okafor", "--detach", "peter okafor", "--db", db)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("own name"))
    }

    @Test(.enabled(if: available), arguments: ["seeds/000_60547e2e5f7a7922.txt", "seeds/001_eb7e6b817fb86c01.txt"])
    func rawIsByteForByte(path: String) throws {
        #expect(try dossier("show", "--raw", path).output == (try Data(contentsOf: Products.repository.appendingPathComponent(path))))
    }

    @Test(.enabled(if: available)) func showJSONHasEveryBlockWithKindAndLines() throws {
        let result = try dossier("show", "--json", "seeds/001_eb7e6b817fb86c01.txt")
        let article = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(article["credit"] as? String == "i24NEWS")
        let blocks = try #require(article["blocks"] as? [[String: Any]])
        let kinds = blocks.compactMap { $0["kind"] as? String }
        #expect(kinds.filter { $0 == "paragraph" }.count == 7)
        #expect(kinds.filter { $0 == "figure" }.count == 2)
        #expect(kinds.filter { $0 == "furniture" }.count == 5)
        #expect(blocks.allSatisfy { ($0["lines"] as? [String: Int])?["first"] != nil })
    }

    @Test(.enabled(if: available)) func listJSONRows() throws {
        let rows = try #require(try JSONSerialization.jsonObject(with: try dossier("list", "seeds", "--json").output) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { Set(["id", "date", "source", "title", "path"]).isSubset(of: $0.keys) })
    }

    @Test(.enabled(if: available)) func copiesOfOneTextAreOneArticleWithEveryPath() throws {
        let seed = try String(contentsOf: Products.repository.appendingPathComponent("seeds/000_60547e2e5f7a7922.txt"), encoding: .utf8)
        let folder = try collection(["a.txt": seed, "again.txt": seed])
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("index.sqlite").path
        let listed = try dossier("list", folder.path, "--index", index, "--json")
        let rows = try #require(try JSONSerialization.jsonObject(with: listed.output) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect((rows.first?["copies"] as? [String])?.first?.hasSuffix("again.txt") == true)
        let id = try #require(rows.first?["id"] as? String)
        let hits = try #require(try JSONSerialization.jsonObject(with: try dossier("search", "spyware", folder.path, "--index", index, "--json").output) as? [[String: Any]])
        #expect(hits.count == 1)
        let shown = try dossier("show", id, folder.path, "--json")
        #expect(shown.status == 0, "a full id naming copies is one article: \(shown.errors)")
        #expect((try JSONSerialization.jsonObject(with: shown.output) as? [String: Any])?["copies"] as? [String] != nil)
    }
}
