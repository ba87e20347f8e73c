import Foundation
import Yams

/// Reads a Markdown clipping: YAML front matter (Obsidian Web Clipper's `title`, `source`, `author` as
/// `[[links]]`, `published`, `tags`, and any key a `FieldMap` names) or Jina Reader's `Title:` / `URL Source:` /
/// `Published Time:` / `Markdown Content:` lines for the header, each field keeping its key and lines; the rest is
/// the body (`MarkdownBody`). Front matter that is not valid YAML is folded with a note, and the body still loads.
struct MarkdownArticle {
    let map: FieldMap

    /// The draft of the clipping whose lines are `lines`.
    func draft(_ lines: [String]) -> ArticleDraft {
        var draft = ArticleDraft()
        var bodyStart = 0
        let first = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? lines.count
        if first < lines.count, MarkdownBody.trimmed(lines[first]) == "---" {
            if let close = lines[(first + 1)...].firstIndex(where: { ["---", "..."].contains(MarkdownBody.trimmed($0)) }) {
                readFrontMatter(lines, from: first + 1, to: close, into: &draft)
                bodyStart = close + 1
            } else {
                draft.notes.append("the front matter opened on line \(first + 1) is never closed; the file is read as Markdown")
            }
        } else if first < lines.count, lines[first].hasPrefix("Title:") {
            bodyStart = readJinaHeader(lines, from: first, into: &draft)
        }
        var blocks = MarkdownBody(lines: lines, base: draft.url?.value, title: draft.title?.value).blocks(from: bodyStart)
        // A clipping with no stated title takes its first heading.
        if draft.title == nil, let heading = blocks.first(where: { $0.kind == .paragraph }), heading.source == "Markdown heading" {
            draft.offer(\.title, heading.text, lines: heading.lines, source: "Markdown heading")
            blocks.removeAll { $0.lines == heading.lines }
        }
        draft.blocks += blocks
        return draft
    }

    /// Offers the fields of the YAML between the fence lines `start - 1` and `end` (0-based), or folds them with a
    /// note when they are not a valid mapping.
    private func readFrontMatter(_ lines: [String], from start: Int, to end: Int, into draft: inout ArticleDraft) {
        let yaml = lines[start..<end].joined(separator: "\n")
        let lineRange = LineRange(start, end + 1)
        let node: Node?
        do { node = try Yams.compose(yaml: yaml) } catch {
            let reason = String(describing: error).split(separator: "\n").first.map(String.init) ?? "not valid YAML"
            draft.notes.append("the front matter (lines \(start)–\(end + 1)) is not valid YAML (\(reason)); its lines are folded")
            draft.blocks.append(Block(kind: .furniture, text: lines[start..<end].joined(separator: "\n"), lines: lineRange,
                                      reason: "front matter", source: "front matter"))
            return
        }
        guard let node, case .mapping = node else {
            if node != nil { draft.notes.append("the front matter (lines \(start)–\(end + 1)) is not a mapping of keys; its lines are folded") }
            return
        }
        // Lines of the YAML count from the line after the opening fence.
        JSONArticle(map: map, origin: "front matter").offerFields(of: Self.json(node, lineOffset: start), to: &draft)
    }

    /// Jina Reader's header lines from `start`: the fields they give; returns the first line of the body.
    private func readJinaHeader(_ lines: [String], from start: Int, into draft: inout ArticleDraft) -> Int {
        var index = start
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("Markdown Content:") { return index + 1 }
            let range = LineRange(line: index + 1)
            for (label, field) in Self.jinaLabels where line.hasPrefix(label) {
                let value = String(line.dropFirst(label.count).trimmingWhitespace())
                let source = "Jina " + String(label.dropLast())
                switch field {
                case .url where JSONArticle.isURL(value): draft.offer(\.url, value, lines: range, source: source)
                case .date where DateRecognizer.firstDate(in: value) != nil: draft.offer(\.date, value, lines: range, source: source)
                case .title: draft.offer(\.title, value, lines: range, source: source)
                case .standfirst: draft.offer(\.standfirst, value, lines: range, source: source)
                default: break
                }
            }
            // The header is a run of `Label: value` lines; anything else starts the body.
            guard line.allSatisfy(\.isWhitespace) || Self.jinaLabels.contains(where: { line.hasPrefix($0.0) }) else { return index }
            index += 1
        }
        return index
    }

    private static let jinaLabels: [(String, FieldMap.Field)] = [
        ("Title:", .title), ("URL Source:", .url), ("Published Time:", .date), ("Description:", .standfirst),
    ]

    /// A YAML node as the JSON values the field map reads, each with its lines in the file (`lineOffset` added to
    /// YAML's own line numbers). Scalars are text; Obsidian's `[[Name]]` and `[[Name|Shown]]` links give their names.
    static func json(_ node: Node, lineOffset: Int) -> JSONNode {
        let line = (node.mark?.line ?? 1) + lineOffset
        switch node {
        case .mapping(let mapping):
            let members = mapping.map { pair in
                JSONMember(key: pair.key.string ?? "", node: json(pair.value, lineOffset: lineOffset))
            }
            let last = members.map(\.node.lines.last).max() ?? line
            return JSONNode(value: .object(members), lines: LineRange(line, last))
        case .sequence(let sequence):
            let items = sequence.map { json($0, lineOffset: lineOffset) }
            return JSONNode(value: .array(items), lines: LineRange(line, items.map(\.lines.last).max() ?? line))
        case .scalar(let scalar):
            let text = unlinked(scalar.string)
            let extra = text.isEmpty ? 0 : scalar.string.count(where: \.isNewline) - (scalar.string.last?.isNewline == true ? 1 : 0)
            return JSONNode(value: text.isEmpty ? .null : .string(text), lines: LineRange(line, line + max(0, extra)))
        case .alias:
            return JSONNode(value: .null, lines: LineRange(line: line))
        }
    }

    /// `[[Target]]` and `[[Target|Shown]]` wiki links replaced by their words.
    private static func unlinked(_ text: String) -> String {
        guard text.contains("[[") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            result += rest[..<open.lowerBound]
            let inside = rest[open.upperBound..<close.lowerBound]
            result += inside.lastIndex(of: "|").map { inside[inside.index(after: $0)...] } ?? inside
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
