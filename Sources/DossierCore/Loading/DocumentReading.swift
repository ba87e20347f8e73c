/// Reads the articles of one opened file by its format: a text file through the `ArticleParser`, records of
/// containers one at a time, each failing record a problem named `FILE#N` while the others load.
struct DocumentReading {
    let loader: CollectionLoader
    /// Only this record of a container.
    let only: Int?
    /// A digest that, matched by a file read whole, means it is unchanged and need not be parsed.
    let unlessDigest: String?
    /// Threads that parse a container's records, a chunk of them at a time (one file may hold a whole collection).
    var workers = 1
    /// What takes a JSON Lines file's articles as each chunk is parsed, when they are not to be kept in the reading.
    var sink: (@Sendable ([Article]) -> Void)?

    /// How many records are read before a chunk is parsed.
    private static let chunk = 1024

    func read(_ file: inout DocumentFile) throws(LoadProblem) -> FileReading {
        switch file.format {
        case .jsonLines where only == nil:
            var reading = FileReading(digest: "")
            let (path, format) = (file.path, file.format)
            var pending: [SourceRecord] = []
            func parsePending() {
                for result in pending.concurrentMap(workers: workers, { article($0, address: "\(path)#\($0.number)", format: format) }) {
                    reading.add(result)
                }
                pending.removeAll(keepingCapacity: true)
                if let sink, !reading.articles.isEmpty {
                    sink(reading.articles)
                    reading.articles.removeAll()
                }
            }
            try RecordSplitter.jsonLines(&file, limit: loader.maximumFileSize) { record throws(LoadProblem) in
                pending.append(record)
                if pending.count == Self.chunk { parsePending() }
                return true
            }
            parsePending()
            reading.digest = file.digest
            return reading
        case .jsonLines:
            // One record: read up to it, parsing none but it.
            var reading = FileReading(digest: "")
            let (path, format) = (file.path, file.format)
            try RecordSplitter.jsonLines(&file, limit: loader.maximumFileSize) { record throws(LoadProblem) in
                take(record, path: path, format: format, into: &reading)
            }
            reading.digest = file.digest
            return reading
        case .json where file.startsWithArray:
            var reading = FileReading(digest: "")
            let (path, format) = (file.path, file.format)
            let trailing = try RecordSplitter.jsonArray(&file, limit: loader.maximumFileSize) { record throws(LoadProblem) in
                take(record, path: path, format: format, into: &reading)
            }
            if let trailing, only == nil { reading.problems.append(trailing) }
            reading.digest = file.digest
            return reading
        default:
            let bytes = try file.readAll()
            var reading = FileReading(digest: file.digest)
            if reading.digest == unlessDigest {
                reading.unchanged = true
                return reading
            }
            try readWhole(bytes, of: file, into: &reading)
            return reading
        }
    }

    /// Turns one record into an article or a problem; returns whether to go on.
    private func take(_ record: SourceRecord, path: String, format: DocumentFormat, into reading: inout FileReading) -> Bool {
        if let only, record.number != only { return record.number < only }
        reading.add(article(record, address: "\(path)#\(record.number)", format: format))
        return only == nil
    }

    private func article(_ record: SourceRecord, address: String, format: DocumentFormat) -> Result<Article, LoadProblem> {
        if let size = record.oversize { return .failure(LoadProblem(path: address, reason: .tooLarge(bytes: size, limit: loader.maximumFileSize))) }
        if let cut = record.cut { return .failure(LoadProblem(path: address, reason: .badRecord(cut))) }
        switch loader.decodedLines(record.bytes, path: address) {
        case .failure(let problem): return .failure(problem)
        case .success(let text):
            let node: JSONNode
            do { node = try JSONParser.parse(text.lines.joined(separator: "\n")) } catch {
                return .failure(LoadProblem(path: address, reason: .badRecord("not valid JSON: \(error)")))
            }
            switch JSONArticle(map: loader.fieldMap).draft(node) {
            case .failure(let error): return .failure(LoadProblem(path: address, reason: error.reason))
            case .success(let draft):
                return .success(draft.article(path: address, format: format, rawLines: text.lines, decoded: text, record: record.lines))
            }
        }
    }

    /// A document read whole: a text, or a JSON object (one article, or a list of them under one of its members).
    private func readWhole(_ bytes: [UInt8], of file: DocumentFile, into reading: inout FileReading) throws(LoadProblem) {
        switch file.format {
        case .json:
            try readJSONObject(bytes, of: file, into: &reading)
        case .rss, .atom:
            try readFeed(bytes, of: file, into: &reading)
        case .html:
            try readPage(bytes, of: file, into: &reading)
        case .markdown:
            switch loader.decodedLines(bytes, path: file.path) {
            case .failure(let problem): throw problem
            case .success(let text):
                guard text.lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { throw LoadProblem(path: file.path, reason: .empty) }
                let draft = MarkdownArticle(map: loader.fieldMap).draft(text.lines)
                reading.articles = [draft.article(path: file.path, format: .markdown, rawLines: text.lines, decoded: text, record: nil)]
            }
        default:
            switch loader.article(from: bytes, path: file.path) {
            case .success(let article): reading.articles = [article]
            case .failure(let problem): throw problem
            }
        }
    }

    private func readJSONObject(_ bytes: [UInt8], of file: DocumentFile, into reading: inout FileReading) throws(LoadProblem) {
        let text: DecodedText
        switch loader.decodedLines(bytes, path: file.path) {
        case .failure(let problem): throw problem
        case .success(let decoded): text = decoded
        }
        let node: JSONNode
        do { node = try JSONParser.parse(text.lines.joined(separator: "\n")) } catch {
            throw LoadProblem(path: file.path, reason: .badRecord("not valid JSON: \(error)"))
        }
        let mapper = JSONArticle(map: loader.fieldMap)
        if case .success(let draft) = mapper.draft(node) {
            reading.articles = [draft.article(path: file.path, format: .json, rawLines: text.lines, decoded: text, record: nil)]
            return
        }
        // An export that wraps its articles: the first member holding a list of objects.
        guard case .object(let members) = node.value,
              let list = members.first(where: { member in
                  if case .array(let items) = member.node.value { return items.contains { if case .object = $0.value { true } else { false } } }
                  return false
              }), case .array(let items) = list.node.value else {
            throw LoadProblem(path: file.path, reason: .badRecord("no text field (name one with --map text=KEY)"))
        }
        var records = FileReading(digest: reading.digest)
        for (offset, item) in items.enumerated() {
            let number = offset + 1
            if let only, number != only { continue }
            let address = "\(file.path)#\(number)"
            let rawLines = Array(text.lines[(item.lines.first - 1)..<item.lines.last])
            guard rawLines.count <= loader.maximumLineCount else {
                records.problems.append(LoadProblem(path: address, reason: .tooManyLines(lines: rawLines.count, limit: loader.maximumLineCount)))
                continue
            }
            // Lines of the record count from its first line.
            switch mapper.draft(Self.shift(item, by: item.lines.first - 1)) {
            case .success(let draft):
                records.articles.append(draft.article(path: address, format: .json, rawLines: rawLines, decoded: text, record: item.lines))
            case .failure(let error): records.problems.append(LoadProblem(path: address, reason: error.reason))
            }
        }
        // A list none of whose items is an article is not a list of articles (a manifest, a configuration).
        guard !records.articles.isEmpty || only != nil else {
            throw LoadProblem(path: file.path, reason: .badRecord("no text field (name one with --map text=KEY)"))
        }
        reading = records
    }

    /// A feed, whole: each item or entry an article `FILE#N`.
    private func readFeed(_ bytes: [UInt8], of file: DocumentFile, into reading: inout FileReading) throws(LoadProblem) {
        let text = TextDecoding.decode(bytes)
        let (items, problem) = try FeedReader.items(text.lines.joined(separator: "\n"), path: file.path)
        if let problem, only == nil { reading.problems.append(problem) }
        for item in items {
            if let only, item.number != only { continue }
            let address = "\(file.path)#\(item.number)"
            let rawLines = Array(text.lines[(item.lines.first - 1)..<min(item.lines.last, text.lines.count)])
            guard rawLines.count <= loader.maximumLineCount else {
                reading.problems.append(LoadProblem(path: address, reason: .tooManyLines(lines: rawLines.count, limit: loader.maximumLineCount)))
                continue
            }
            switch FeedReader.draft(item) {
            case .success(let draft):
                reading.articles.append(draft.article(path: address, format: file.format, rawLines: rawLines, decoded: text, record: item.lines))
            case .failure(let error): reading.problems.append(LoadProblem(path: address, reason: error.reason))
            }
        }
    }

    /// An HTML page: one article, its body found in the page's structure.
    private func readPage(_ bytes: [UInt8], of file: DocumentFile, into reading: inout FileReading) throws(LoadProblem) {
        if let offset = TextDecoding.binaryMarker(bytes) { throw LoadProblem(path: file.path, reason: .binary(nulAt: offset)) }
        let text = TextDecoding.decode(bytes)
        switch HTMLArticle.draft(text) {
        case .success(let draft):
            reading.articles = [draft.article(path: file.path, format: .html, rawLines: text.lines, decoded: text, record: nil)]
        case .failure(let error):
            throw LoadProblem(path: file.path, reason: error.reason)
        }
    }

    /// `node` with its lines (and its members') moved up by `offset`.
    private static func shift(_ node: JSONNode, by offset: Int) -> JSONNode {
        let lines = LineRange(node.lines.first - offset, node.lines.last - offset)
        switch node.value {
        case .object(let members):
            return JSONNode(value: .object(members.map { JSONMember(key: $0.key, node: shift($0.node, by: offset)) }), lines: lines)
        case .array(let items):
            return JSONNode(value: .array(items.map { shift($0, by: offset) }), lines: lines)
        default:
            return JSONNode(value: node.value, lines: lines)
        }
    }
}

extension FileReading {
    /// Keeps a record's article, or its problem.
    mutating func add(_ result: Result<Article, LoadProblem>) {
        switch result {
        case .success(let article): articles.append(article)
        case .failure(let problem): problems.append(problem)
        }
    }
}
