import Foundation

/// The JSON form of exported marks: articles (with what identifies them to a reader) and entities.
/// `dossier export --format json` writes it; `dossier import` reads it back.
public struct MarksArchive: Codable, Hashable, Sendable {
    /// The version of this format; readers refuse a newer one.
    public static let currentFormat = 1

    public var format: Int
    public var articles: [ArticleEntry]
    public var entities: [EntityEntry]

    public init(articles: [ArticleEntry], entities: [EntityEntry]) {
        format = Self.currentFormat
        self.articles = articles
        self.entities = entities
    }

    /// One article and its marks; title, date, source and path are for reading only and ignored on import.
    public struct ArticleEntry: Codable, Hashable, Sendable {
        public var id: ArticleID
        public var title: String?
        public var date: String?
        public var source: String?
        public var path: String?
        public var marks: ArticleMarks
        /// The fields of `marks` the file gives: importing changes only those.
        public var given = Set(ArticleMarks.Field.allCases)

        public init(article: ArticleSummary, marks: ArticleMarks) {
            id = article.id
            title = article.title
            date = article.date
            source = article.source
            path = article.path
            self.marks = marks
        }

        private enum CodingKeys: String, CodingKey { case id, title, date, source, path, marks }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(ArticleID.self, forKey: .id)
            title = try container.decodeIfPresent(String.self, forKey: .title)
            date = try container.decodeIfPresent(String.self, forKey: .date)
            source = try container.decodeIfPresent(String.self, forKey: .source)
            path = try container.decodeIfPresent(String.self, forKey: .path)
            marks = try container.decode(ArticleMarks.self, forKey: .marks)
            given = Set(try container.nestedContainer(keyedBy: ArticleMarks.Field.self, forKey: .marks).allKeys)
        }
    }

    /// One entity's marks.
    public struct EntityEntry: Codable, Hashable, Sendable {
        public var id: EntityID
        public var marks: EntityMarks
        /// The fields of `marks` the file gives: importing changes only those.
        public var given = Set(EntityMarks.Field.allCases)

        public init(id: EntityID, marks: EntityMarks) {
            self.id = id
            self.marks = marks
        }

        private enum CodingKeys: String, CodingKey { case id, marks }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = EntityID(migrating: try container.decode(String.self, forKey: .id))
            marks = try container.decode(EntityMarks.self, forKey: .marks)
            given = Set(try container.nestedContainer(keyedBy: EntityMarks.Field.self, forKey: .marks).allKeys)
        }

        /// Encodes the id as its plain string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id.rawValue, forKey: .id)
            try container.encode(marks, forKey: .marks)
        }
    }

    /// The change that restores these marks over the `current` ones: each article and entity of the archive gets the
    /// fields the file gives and keeps the others; those the archive does not name are left alone.
    public func change(over current: (articles: [ArticleID: ArticleMarks], entities: [EntityID: EntityMarks])) -> MarkChange {
        var articleMarks: [ArticleID: ArticleMarks] = [:]
        for entry in articles {
            articleMarks[entry.id] = (articleMarks[entry.id] ?? current.articles[entry.id] ?? ArticleMarks()).taking(entry.given, from: entry.marks)
        }
        var entityMarks: [EntityID: EntityMarks] = [:]
        for entry in entities {
            entityMarks[entry.id] = (entityMarks[entry.id] ?? current.entities[entry.id] ?? EntityMarks()).taking(entry.given, from: entry.marks)
        }
        return .replace(articles: articleMarks, entities: entityMarks)
    }

    /// Encodes as pretty JSON with sorted keys and ISO 8601 dates to the millisecond.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Self.timestampFormatter().string(from: date))
        }
        return try encoder.encode(self)
    }

    /// ISO 8601 with milliseconds, as highlights' times are stored.
    private static func timestampFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    /// Reads an archive from the file at `path`, with errors that name it.
    public static func read(path: String) throws(MarksArchiveError) -> MarksArchive {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Self.timestampFormatter().date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 time: \(text)"))
            }
            return date
        }
        let archive: MarksArchive
        do { archive = try decoder.decode(MarksArchive.self, from: data) } catch {
            throw .invalid(path: path, reason: Self.describe(error))
        }
        guard archive.format <= currentFormat else { throw .newerFormat(path: path, format: archive.format) }
        return archive
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func at(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(at(context)) (missing \(key.stringValue))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): return at(context)
        @unknown default: return "\(error)"
        }
    }
}

/// Why a marks export could not be read.
public enum MarksArchiveError: Error, CustomStringConvertible, Equatable {
    case unreadable(path: String)
    case invalid(path: String, reason: String)
    case newerFormat(path: String, format: Int)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot be read"
        case .invalid(let path, let reason): "\(path): not a Dossier marks export: \(reason)"
        case .newerFormat(let path, let format): "\(path): written in export format \(format), newer than this Dossier reads (\(MarksArchive.currentFormat))"
        }
    }
}
