import ArgumentParser
import DossierCore
import DossierText
import Foundation

/// `dossier show`: one article, cleaned, as JSON, or byte for byte.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article: cleaned text, every field and block as JSON, or the raw file.",
        discussion: """
        ARTICLE is a file, a record of a container file (news.jsonl#12, feed.rss#3), or an article id (or a unique \
        prefix of one) looked up in PATH…
        Examples:
          dossier show seeds/001_eb7e6b817fb86c01.txt --json
          dossier show 3f2a seeds
        """
    )

    @Argument(help: "A file, or an article id or unique id prefix.") var article: String
    @OptionGroup var collection: CollectionOptions
    @Flag(help: "Print every field and block, with kinds and line ranges, and the files holding copies of it, as JSON.") var json = false
    @Flag(help: "Print the file byte for byte (decompressed; a record's own lines for FILE#N); to a terminal, with control characters made visible unless --force.")
    var raw = false
    @Flag(help: "With --raw: write the bytes as they are even to a terminal (its escape sequences act on the terminal).") var force = false
    @Option(help: "Wrap text to this many columns (default: the terminal's width, or 80).") var width: Int?

    func validate() throws {
        if json && raw { throw ValidationError("--json and --raw cannot be used together") }
        if force && !raw { throw ValidationError("--force goes with --raw") }
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let (found, copies) = try ArticleReference.resolveWithCopies(article, in: collection)
        if raw {
            switch try collection.loader().rawBytes(found.path) {
            case .success(let bytes) where force || !Output.isTerminal: Output.write(bytes)
            case .success(let bytes):
                // A terminal would act on the file's escape sequences (set the clipboard, retitle the window): each
                // line is shown as the reader shows the raw text.
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                if lines.last?.isEmpty == true { lines.removeLast() }
                for line in lines { Output.line(ArticleText.safe(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))) }
            case .failure(let problem):
                Output.printError(problem.description)
                throw ExitCode.failure
            }
        } else if json {
            try Output.printJSON(ShownArticle(article: found, copies: copies))
        } else {
            for line in ArticleLayout.plainLines(of: found, width: width ?? Output.width ?? 80) { Output.line(line) }
        }
    }
}

/// `show --json`: every field of the article, and the other files that hold the same text (`copies`).
struct ShownArticle: Encodable {
    var article: Article
    var copies: [String]

    private enum CodingKeys: String, CodingKey { case copies }

    func encode(to encoder: any Encoder) throws {
        try article.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(copies, forKey: .copies)
    }
}
