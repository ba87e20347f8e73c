import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier search`: full-text search over titles and bodies, ranked, with snippets.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the titles and texts of a collection (SQLite FTS5, ranked by BM25), with snippets.",
        discussion: """
            QUERY: words (all must occur), "exact phrases", prefix* , a OR b, -word to exclude.
            Example: dossier search '"spyware company" pegas*' seeds --json
            """
    )

    @Argument(help: "What to search for.") var query: String
    @OptionGroup var collection: CollectionOptions
    @Option(help: "At most this many results.") var limit = 20
    @Flag(help: "Print a JSON array of {article, path, title, rank, snippet, highlights}.") var json = false

    func validate() throws {
        do { _ = try SearchQuery(query) } catch { throw ValidationError("bad search: \(error)") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let parsed = try SearchQuery(query)
        var (index, _) = try collection.updatedIndex()
        var hits: [SearchHit] = []
        for attempt in 1...2 {
            do throws(IndexError) {
                hits = try index.search(parsed, limit: limit)
                break
            } catch .damaged where attempt == 1 {
                // The damage is noted beside the index, so opening it again moves it aside and builds a new one.
                Output.printError("dossier: warning: the index is damaged; rebuilding it")
                (index, _) = try collection.updatedIndex()
            } catch {
                Output.printError("dossier: \(error)")
                throw ExitCode.failure
            }
        }
        if json { return try Output.printJSON(hits) }
        let emphasis = isatty(STDOUT_FILENO) != 0 ? ("\u{1B}[1m", "\u{1B}[22m") : ("[", "]")
        for hit in hits {
            Output.line(ArticleText.safe("\(hit.article)  \(hit.title ?? hit.path)"))
            Output.line("    " + Self.marked(hit, emphasis: emphasis))
        }
        if hits.isEmpty { Output.printError("no article matches") }
    }

    /// The snippet made safe for the terminal, with its matches between the two emphasis strings.
    static func marked(_ hit: SearchHit, emphasis: (String, String)) -> String {
        var out = ""
        var offset = 0
        let characters = Array(hit.snippet)
        for range in hit.highlights where range.lowerBound >= offset && range.upperBound <= characters.count {
            out += ArticleText.safe(String(characters[offset..<range.lowerBound]))
            out += emphasis.0 + ArticleText.safe(String(characters[range])) + emphasis.1
            offset = range.upperBound
        }
        return out + ArticleText.safe(String(characters[offset...]))
    }
}
