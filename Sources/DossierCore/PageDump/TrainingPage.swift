import Foundation

/// A saved web page with its gold article body, for training and measuring the page-dump classifier.
public struct TrainingPage: Hashable, Sendable {
    /// The file name, as the key in `ground-truth.json`.
    public var name: String
    /// The page's lines.
    public var lines: [String]
    /// The gold article body.
    public var goldBody: String

    public init(name: String, lines: [String], goldBody: String) {
        self.name = name
        self.lines = lines
        self.goldBody = goldBody
    }

    /// Reads every page named in `folder/ground-truth.json` (`{NAME: {"articleBody": …}}`), sorted by name.
    public static func load(folder: URL) throws -> [TrainingPage] {
        let truthURL = folder.appendingPathComponent("ground-truth.json")
        let entries: [String: [String: String?]]
        do {
            entries = try JSONDecoder().decode([String: [String: String?]].self, from: Data(contentsOf: truthURL))
        } catch {
            throw TrainingPageError.unreadable(truthURL.path, "expected {NAME: {\"articleBody\": TEXT}}: \(error.localizedDescription)")
        }
        return try entries.keys.sorted().map { name in
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: url) else { throw TrainingPageError.unreadable(url.path, "cannot read the page") }
            guard let text = String(data: data, encoding: .utf8) else { throw TrainingPageError.unreadable(url.path, "not valid UTF-8") }
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            return TrainingPage(name: name, lines: lines, goldBody: (entries[name]?["articleBody"] ?? nil) ?? "")
        }
    }

    /// For each non-blank line, whether it belongs to the gold body: most of its 4-word shingles occur there, or,
    /// for a line under four words, its words occur there next to a matched neighbour (within two lines).
    func goldLabels(_ layout: PageLayout) -> [Bool] {
        let goldTokens = PageLineShape.tokens(goldBody.lowercased())
        let goldShingles = Set(BodyScore.shingles(goldBody).keys)
        let goldText = " " + goldTokens.joined(separator: " ") + " "
        var labels: [Bool?] = layout.shapes.map { shape in
            let tokens = shape.tokens
            if tokens.count >= 4 {
                let own = BodyScore.shingles(tokens.joined(separator: " ")).keys
                return Double(own.count(where: goldShingles.contains)) >= 0.5 * Double(own.count)
            }
            return tokens.isEmpty || !goldText.contains(" " + tokens.joined(separator: " ") + " ") ? false : nil
        }
        let matched = labels
        for index in labels.indices where labels[index] == nil {
            let near = (max(0, index - 2)...min(labels.count - 1, index + 2)).contains { $0 != index && matched[$0] == true }
            labels[index] = near
        }
        return labels.map { $0! }
    }
}

/// Why training pages could not be read.
public enum TrainingPageError: Error, CustomStringConvertible, Equatable {
    /// The file at the path could not be read, with the reason.
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): \(reason)"
        }
    }
}
