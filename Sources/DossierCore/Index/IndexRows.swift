import Foundation
import GRDB

/// Writing analysed articles to the index's tables and reading the tagger's findings back.
enum IndexRows {
    /// Stores the outcomes of one batch: a changed file's old rows go (with its mentions and search text), new
    /// rows come in; a file that can no longer be read leaves the index.
    static func store(_ outcomes: [ArticleAnalyser.Outcome], _ db: Database) throws {
        let deleteFile = try db.makeStatement(sql: "DELETE FROM file WHERE path = ?")
        let insertFile = try db.makeStatement(sql: "INSERT INTO file (path, size, modified, digest) VALUES (?, ?, ?, ?)")
        let touchFile = try db.makeStatement(sql: "UPDATE file SET size = ?, modified = ? WHERE path = ?")
        let insertArticle = try db.makeStatement(sql: """
            INSERT INTO article (path, id, title, date, credit, publisher, titleCase) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try db.makeStatement(sql: """
            INSERT INTO mention (article, part, start, length, kind, surface) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertDefinition = try db.makeStatement(sql: "INSERT INTO definition (article, acronym, name) VALUES (?, ?, ?)")
        let insertText = try db.makeStatement(sql: "INSERT INTO article_text (rowid, title, body) VALUES (?, ?, ?)")
        for outcome in outcomes {
            switch outcome {
            case .failed(let problem):
                try deleteFile.execute(arguments: [problem.path])
            case .touched(let path, let signature):
                try touchFile.execute(arguments: [signature.size, signature.modified, path])
            case .analysed(let signature, let digest, let article, let mentions):
                try deleteFile.execute(arguments: [article.path])
                try insertFile.execute(arguments: [article.path, signature.size, signature.modified, digest])
                try insertArticle.execute(arguments: [article.path, article.id.rawValue, article.title, article.date,
                                                      article.credit, article.publisher, mentions.titleCase])
                let row = db.lastInsertedRowID
                for found in mentions.found {
                    let mention = found.mention
                    try insertMention.execute(arguments: [row, partNumber(mention.part), mention.range.lowerBound,
                                                          mention.range.count, found.kind.rawValue, mention.surface])
                }
                for (acronym, name) in mentions.definitions.sorted(by: { $0.key < $1.key }) {
                    try insertDefinition.execute(arguments: [row, acronym, name])
                }
                let body = article.readingTexts.filter { $0.part != .title }.map(\.text).joined(separator: "\n")
                try insertText.execute(arguments: [row, article.title ?? "", body])
            }
        }
    }

    /// What the tagger found in each indexed article, in the order of `files`; mentions in the order found.
    static func mentions(order files: [String], _ db: Database) throws -> [ArticleMentions] {
        var articles: [Int64: ArticleMentions] = [:]
        var paths: [Int64: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT rowid, id, path, titleCase FROM article")
        while let row = try rows.next() {
            let rowid: Int64 = row[0]
            articles[rowid] = ArticleMentions(article: ArticleID(rawValue: row[1]), found: [], definitions: [:], titleCase: row[3])
            paths[rowid] = row[2]
        }
        let mentionRows = try Row.fetchCursor(db, sql: "SELECT article, part, start, length, kind, surface FROM mention ORDER BY rowid")
        while let row = try mentionRows.next() {
            let rowid: Int64 = row[0]
            guard let id = articles[rowid]?.article else { continue }
            let start: Int = row[2]
            let length: Int = row[3]
            let mention = Mention(article: id, part: part(row[1]), range: start..<start + length, surface: row[5])
            articles[rowid]!.found.append(FoundMention(mention: mention, kind: EntityKind(rawValue: row[4]) ?? .other))
        }
        let definitionRows = try Row.fetchCursor(db, sql: "SELECT article, acronym, name FROM definition ORDER BY rowid")
        while let row = try definitionRows.next() {
            let rowid: Int64 = row[0]
            articles[rowid]?.definitions[row[1]] = row[2]
        }
        let position = Dictionary(files.enumerated().map { ($0.element, $0.offset) }) { first, _ in first }
        return articles.compactMap { rowid, mentions in position[paths[rowid]!].map { ($0, mentions) } }
            .sorted { $0.0 < $1.0 }.map(\.1)
    }

    static func partNumber(_ part: TextPart) -> Int {
        switch part {
        case .title: -2
        case .standfirst: -1
        case .block(let index): index
        }
    }

    static func part(_ number: Int) -> TextPart {
        switch number {
        case -2: .title
        case -1: .standfirst
        default: .block(number)
        }
    }
}
