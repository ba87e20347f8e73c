import Foundation
import Testing

/// `dossier export`: marked articles by default, --all, --json, --with-text.
@Suite struct ExportCommandTests {
    @Test(.enabled(if: Products.dossier != nil)) func marksTextAndFormats() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { unlink(database + suffix) } }
        let listed = try #require(try JSONSerialization.jsonObject(with: try Products.run(["list", "seeds", "--json"]).output) as? [[String: Any]])
        let ids = listed.compactMap { $0["id"] as? String }
        #expect(ids.count == 2)
        #expect(try Products.run(["mark", ids[0], "seeds", "--read", "--db", database]).status == 0)
        #expect(try Products.run(["mark", ids[1], "seeds", "--tag", "keep", "--db", database]).status == 0)

        func exported(_ arguments: String...) throws -> [String] {
            let result = try Products.run(["export", "seeds", "--db", database, "--json"] + arguments)
            #expect(result.status == 0, "\(result.errors)")
            let archive = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
            return (archive["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try exported() == [ids[1]], "only the marked article: being read is not a mark to export")
        #expect(Set(try exported("--all")) == Set(ids))
        #expect(try exported("--filter", "is:read") == [ids[0]], "a filter chooses instead")

        let markdown = try Products.run(["export", "seeds", "--db", database, "--with-text"])
        let text = String(decoding: markdown.output, as: UTF8.self)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("## ") }.count == 1 && text.contains("### Text"))
        let shown = String(decoding: try Products.run(["show", ids[1], "seeds", "--width", "10000"]).output, as: UTF8.self)
        let paragraph = try #require(shown.split(separator: "\n").map(String.init).filter { $0.count > 80 }.last)
        #expect(text.contains(paragraph.trimmingCharacters(in: .whitespaces)), "the article's text follows its marks")
        #expect(try Products.run(["export", "seeds", "--json", "--with-text"]).status == 2)
    }
}
