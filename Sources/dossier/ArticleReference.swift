import ArgumentParser
import DossierCore
import Foundation

/// Resolves what a user typed for ARTICLE: a file, a record of one (`FILE#N`), or an article id (or unique prefix) looked up in the collection.
enum ArticleReference {
    /// The article `reference` names; ids are looked up in `collection` (the current folder when it names no path),
    /// whose pages also tell which paragraphs of the article are furniture of its site (`SiteFurniture`).
    static func resolve(_ reference: String, in collection: CollectionOptions) throws -> Article {
        try resolveWithCopies(reference, in: collection).article
    }

    /// The article `reference` names, with the other files of the collection that hold the same text when it was
    /// looked up by id.
    static func resolveWithCopies(_ reference: String, in collection: CollectionOptions) throws -> (article: Article, copies: [String]) {
        guard !reference.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("no article given (an empty id names none)") }
        var isFolder: ObjCBool = false
        let file = ArticleAddress(reference).file
        if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue {
            switch try collection.loader().read(reference) {
            case .success(let loaded):
                // Named with PATHs, the article is read as one of that collection: the paragraphs its site repeats
                // across the collection's pages are folded, as they are when it is found by id.
                return (collection.paths.isEmpty ? loaded : SiteFurniture(try collection.load()).folding(loaded), [])
            case .failure(let problem):
                Output.printError(problem.description)
                throw ExitCode.failure
            }
        }
        let articles = try collection.load(defaultingTo: ["."])
        let matches = articles.filter { $0.id.rawValue.hasPrefix(reference.lowercased()) }
        // Copies (the same text in several files) are one article: a prefix that names only them names it.
        let ids = Set(matches.map(\.id))
        switch ids.count {
        case 1: return (matches[0], matches.dropFirst().map(\.path))
        case 0: throw ValidationError("no article with id \(reference) (and no such file)")
        default:
            let shown = ids.sorted { $0.rawValue < $1.rawValue }.prefix(10).map { id in
                "  \(id.rawValue)  \(matches.first { $0.id == id }.map { $0.title ?? $0.path } ?? "")"
            }
            throw ValidationError("id prefix \(reference) matches \(ids.count) articles; give more digits:\n" + shown.joined(separator: "\n")
                                  + (ids.count > 10 ? "\n  …" : ""))
        }
    }
}
