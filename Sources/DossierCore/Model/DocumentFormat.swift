import Foundation

/// The kinds of document Dossier reads, told apart by their content (the file name's extension only decides
/// between readings the content allows).
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    /// Plain text: a cleaned article or a whole page saved as text.
    case text
    /// An HTML page.
    case html
    /// One JSON object, or an array of them (one article each).
    case json
    /// JSON Lines: one JSON object a line.
    case jsonLines = "jsonl"
    /// Markdown, with YAML front matter or Jina Reader's `Title:` / `URL Source:` lines.
    case markdown
    /// An RSS 2.0 (or RDF) feed: one article an item.
    case rss
    /// An Atom feed: one article an entry.
    case atom

    /// Whether a file of this format may hold many articles, each addressed as `FILE#N`.
    public var isContainer: Bool {
        switch self {
        case .json, .jsonLines, .rss, .atom: true
        case .text, .html, .markdown: false
        }
    }

    /// The extensions a folder walk reads (besides files with none); `gz` is read when the name without it is one.
    static let extensions: Set<String> = [
        "txt", "text", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "md", "markdown", "rss", "atom", "xml",
    ]

    /// The format `prefix` (the first bytes of a decompressed document) reads as, with `fileExtension` (lower case,
    /// without `.gz`) as the hint where the content allows more than one.
    public static func detect(prefix: [UInt8], fileExtension: String) -> DocumentFormat {
        var start = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < prefix.count, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start]) { start += 1 }
        guard start < prefix.count else { return .text }
        let head = prefix[start...]
        switch head.first {
        case UInt8(ascii: "{") where opensJSON(head, allowed: "\"}"):
            return fileExtension == "json" ? .json : isJSONLines(head) || ["jsonl", "ndjson"].contains(fileExtension) ? .jsonLines : .json
        case UInt8(ascii: "[") where opensJSON(head, allowed: "{[\"]-0123456789"):
            return .json
        case UInt8(ascii: "<"):
            return markup(head) ?? .text
        default:
            if head.starts(with: Array("---".utf8)) && startsFrontMatter(head) { return .markdown }
            if startsJinaHeader(head) { return .markdown }
            return ["md", "markdown"].contains(fileExtension) ? .markdown : .text
        }
    }

    /// Whether the bracket opening `head` is followed (after white space) by one of `allowed`, as JSON is: a text
    /// line such as `[The Palace] Reviews` or `{Sponsored}` is not.
    private static func opensJSON(_ head: ArraySlice<UInt8>, allowed: String) -> Bool {
        guard let next = head.dropFirst().first(where: { !$0.isASCIIWhitespace }) else { return true }
        return allowed.utf8.contains(next)
    }

    /// JSON Lines: a first line that closes the object it opens, followed by another line opening one.
    private static func isJSONLines(_ head: ArraySlice<UInt8>) -> Bool {
        guard let end = head.firstIndex(of: 0x0A) else { return false }
        let first = head[..<end].reversed().drop { $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }
        guard first.first == UInt8(ascii: "}") else { return false }
        let rest = head[(end + 1)...].drop { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return rest.first == UInt8(ascii: "{")
    }

    /// HTML or a feed, by the first element names (case-insensitive) in the head of the document.
    private static func markup(_ head: ArraySlice<UInt8>) -> DocumentFormat? {
        let text = String(decoding: head.prefix(4096), as: UTF8.self).lowercased()
        var names: [Substring] = []
        var rest = text[...]
        while names.count < 8, let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...]
            var name = after.prefix { $0.isLetter || $0.isNumber || $0 == ":" || $0 == "!" || $0 == "?" }
            // `<!DOCTYPE html>` is HTML; `<!DOCTYPE rss …>` names its root.
            if name == "!doctype" { name = after.dropFirst(name.count).drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == ":" } }
            if !name.isEmpty, !name.hasPrefix("?"), !name.hasPrefix("!") { names.append(name) }
            rest = after
        }
        for name in names {
            switch name {
            case "rss", "rdf:rdf": return .rss
            case "feed": return .atom
            case "html", "head", "body", "meta", "title", "div", "article", "p", "main", "section": return .html
            default: continue
            }
        }
        return nil
    }

    /// YAML front matter: `---` alone on the first line.
    private static func startsFrontMatter(_ head: ArraySlice<UInt8>) -> Bool {
        let line = head.prefix { $0 != 0x0A }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces) == "---"
    }

    /// Jina Reader's output: a `Title:` line, and a `URL Source:` line among the next few.
    private static func startsJinaHeader(_ head: ArraySlice<UInt8>) -> Bool {
        // Most texts are not: told by their first bytes before any is decoded.
        guard head.starts(with: "Title:".utf8) else { return false }
        let lines = String(decoding: head.prefix(4096), as: UTF8.self).split(separator: "\n", maxSplits: 6).prefix(6)
        return lines.contains { $0.hasPrefix("URL Source:") }
    }
}
