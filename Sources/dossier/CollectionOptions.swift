import ArgumentParser
import DossierCore
import Foundation

/// The files and folders a command reads articles from.
struct CollectionOptions: ParsableArguments {
    @Argument(help: "Article files and folders (folders are walked recursively).")
    var paths: [String] = []

    /// Loads the collection, printing each problem to standard error; exits 1 when no article loaded.
    func load(defaultingTo fallback: [String] = []) throws -> [Article] {
        let result = CollectionLoader().load(paths.isEmpty ? fallback : paths)
        for problem in result.problems { Output.printError(problem.description) }
        guard !result.articles.isEmpty else {
            Output.printError("dossier: no article could be loaded")
            throw ExitCode.failure
        }
        return result.articles
    }

    /// Loads the collection and cross-links its entities with the shipped tagger, applying entity corrections.
    func loadIndexed(entityMarks: [EntityID: EntityMarks] = [:]) throws -> ([Article], MentionIndex) {
        let (articles, entities) = try loadResolved()
        return (articles, MentionIndex(entities: entities, articleOrder: articles.map(\.id), marks: entityMarks))
    }

    /// Loads the collection and resolves its entities with the shipped tagger, before any entity correction.
    func loadResolved() throws -> ([Article], [Entity]) {
        let articles = try load()
        let tagger: EntityTagger
        do { tagger = try EntityTagger.shipped() } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        return (articles, MentionExtractor(tagger: tagger).entities(articles))
    }
}

/// Writing to the standard streams.
enum Output {
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Prints a value as pretty JSON with sorted keys.
    static func printJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(value))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    static var width: Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
