/// Reads an article from a JSON object of any of the shapes news tools write, by the keys of a `FieldMap`; an
/// object of unknown shape gives its longest text as the body.
struct JSONArticle {
    let map: FieldMap
    /// What a field's source names before its key: `JSON` (`JSON authors`), or `front matter` for YAML read as JSON.
    var origin = "JSON"

    /// The draft of the article `object` holds, or why it holds none.
    func draft(_ object: JSONNode) -> Result<ArticleDraft, RecordError> {
        guard case .object = object.value else { return .failure(RecordError(reason: .badRecord("not a JSON object"))) }
        var draft = ArticleDraft()
        offerFields(of: object, to: &draft)
        for key in map.keys(.text) {
            guard let node = Self.member(key, of: object), let text = Self.text(node), LineShape.wordCount(text, upTo: 0) > 0 else { continue }
            draft.addBody(text, lines: node.lines, source: origin + " " + key)
            if draft.hasBody { break }
        }
        if !draft.hasBody, let (key, node, text) = Self.longestText(in: object, excluding: draft) {
            draft.addBody(text, lines: node.lines, source: origin + " " + key)
            draft.notes.append("body read from the longest text field, \(key)")
        }
        guard draft.hasBody else { return .failure(RecordError(reason: .badRecord("no text field (name one with --map text=KEY)"))) }
        return .success(draft)
    }

    /// Offers the header fields `object` gives (all but the body) to `draft`, by the keys of the map.
    func offerFields(of object: JSONNode, to draft: inout ArticleDraft) {
        for field in [FieldMap.Field.title, .standfirst, .byline, .date, .publisher, .url, .language, .tags] {
            for key in map.keys(field) {
                guard let node = Self.member(key, of: object) else { continue }
                offer(field, node, key: key, to: &draft)
            }
        }
    }

    private func offer(_ field: FieldMap.Field, _ node: JSONNode, key: String, to draft: inout ArticleDraft) {
        let source = origin + " " + key
        switch field {
        case .tags:
            let tags = Self.texts(node).flatMap { $0.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init) }
            draft.offer(tags: tags, lines: node.lines, source: source)
        case .byline:
            let names = Self.texts(node)
            draft.offer(\.byline, names.isEmpty ? nil : names.joined(separator: ", "), lines: node.lines, source: source)
        case .url:
            guard let text = Self.text(node), Self.isURL(text) else { return }
            draft.offer(\.url, text, lines: node.lines, source: source)
        case .publisher:
            // trafilatura's `source` is the URL; a publisher is a name (or a bare host name).
            guard let text = Self.text(node) ?? node["name"].flatMap(Self.text), !Self.isURL(text) else { return }
            draft.offer(\.publisher, text, lines: node.lines, source: source)
        case .date:
            guard let text = Self.text(node), DateRecognizer.firstDate(in: text) != nil else { return }
            draft.offer(\.date, text, lines: node.lines, source: source)
        case .title: draft.offer(\.title, Self.text(node), lines: node.lines, source: source)
        case .standfirst: draft.offer(\.standfirst, Self.text(node), lines: node.lines, source: source)
        case .language: draft.offer(\.language, Self.text(node), lines: node.lines, source: source)
        case .text: break
        }
    }

    /// The member at `path` (`a.b` for a member of a member), matching names without regard to case.
    static func member(_ path: String, of node: JSONNode) -> JSONNode? {
        var current = node
        for part in path.split(separator: ".") {
            guard case .object(let members) = current.value,
                  let found = members.first(where: { $0.key == part }) ?? members.first(where: { $0.key.lowercased() == part.lowercased() })
            else { return nil }
            current = found.node
        }
        return current
    }

    /// A string (or number) value, or the `name` of an object (schema.org's `{"@type": "Person", "name": …}`).
    static func text(_ node: JSONNode) -> String? {
        if let text = node.text { return text }
        if case .object = node.value { return node["name"]?.text }
        return nil
    }

    /// The texts of a value that may be one or a list (`"a; b"` and `"a, b"` strings stay whole).
    static func texts(_ node: JSONNode) -> [String] {
        if case .array(let items) = node.value { return items.compactMap(text) }
        return text(node).map { [$0] } ?? []
    }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !text.contains(where: \.isWhitespace)
    }

    /// The longest string among the members of `object` and of its objects (one level down), of at least 20 words,
    /// not already read as another field.
    static func longestText(in object: JSONNode, excluding draft: ArticleDraft) -> (String, JSONNode, String)? {
        let taken = Set([draft.title, draft.standfirst, draft.byline].compactMap { $0?.value })
        var best: (String, JSONNode, String)?
        func visit(_ node: JSONNode, prefix: String, depth: Int) {
            guard case .object(let members) = node.value else { return }
            for member in members {
                let key = prefix + member.key
                if case .string(let text) = member.node.value, LineShape.wordCount(text, upTo: 20) >= 20, !taken.contains(oneLine(text)),
                   text.count > (best?.2.count ?? 0) {
                    best = (key, member.node, text)
                } else if depth < 1 {
                    visit(member.node, prefix: key + ".", depth: depth + 1)
                }
            }
        }
        visit(object, prefix: "", depth: 0)
        return best
    }

    private static func oneLine(_ text: String) -> String { ArticleDraft.oneLine(text) }
}

/// Why a record is not an article (its file and number are added by the caller).
struct RecordError: Error {
    var reason: LoadProblem.Reason
}
