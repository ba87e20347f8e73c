import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation
import Synchronization

/// The files and folders a command reads articles from.
struct CollectionOptions: ParsableArguments {
    @Argument(help: "Article files and folders (folders are walked recursively).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The index file (default: one per set of paths under $XDG_CACHE_HOME/dossier; or $DOSSIER_INDEX).",
                               valueName: "path"))
    var index: String?

    @Option(help: ArgumentHelp("Which JSON or front-matter keys give which field, as FIELD=KEY pairs (fields: title, standfirst, byline, date, publisher, url, language, tags, text).",
                               valueName: "title=headline,text=body"))
    var map: String?

    /// What reads the files, with the `--map` given; exits 2 on a map that cannot be read.
    func loader() throws -> CollectionLoader {
        guard let map else { return CollectionLoader() }
        do { return CollectionLoader(fieldMap: try FieldMap(parsing: map)) } catch { throw ValidationError(error.description) }
    }

    /// Loads the collection, printing each problem to standard error; exits 1 when no article loaded.
    func load(defaultingTo fallback: [String] = []) throws -> [Article] {
        let result = try loader().load(paths.isEmpty ? fallback : paths)
        for problem in result.problems { Output.printError(problem.description) }
        guard !result.articles.isEmpty else {
            Output.printError("dossier: no article could be loaded")
            throw ExitCode.failure
        }
        return result.articles
    }

    /// Opens the collection through its index (parsing and tagging only new and changed files, with a progress
    /// line on a terminal), printing each problem to standard error; exits 1 when no article is indexed.
    func openIndexed() throws -> IndexedCollection {
        let (index, update) = try updatedIndex()
        do { return try IndexedCollection(index: index, update: update, loader: try loader()) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
    }

    /// The collection's index brought up to date (as `openIndexed`, without reading its articles and entities),
    /// with what updating it did; exits 1 when no article is indexed. An index that cannot be opened or written (a
    /// full or read-only cache disk) gives a warning and a temporary index in its place (`TemporaryIndex`), so the
    /// command still works, only without the cache; a file there that is no index is refused.
    func updatedIndex() throws -> (index: CollectionIndex, update: IndexUpdate) {
        let analyser = try analyser()
        let progress = ProgressLine()
        func attempt(_ path: String) throws(IndexError) -> (CollectionIndex, IndexUpdate) {
            let index = try CollectionIndex(path: path)
            return (index, try index.update(roots, analyser: analyser, progress: progress.show))
        }
        let updated: (CollectionIndex, IndexUpdate)
        do {
            do { updated = try attempt(indexPath) } catch where error.isUnavailableCache {
                progress.finish()
                Output.printError("dossier: warning: \(error); working without the cache this time")
                updated = try attempt(try TemporaryIndex.make())
            }
        } catch {
            progress.finish()
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
        progress.finish()
        for problem in updated.1.problems { Output.printError(problem.description) }
        guard updated.1.indexed > 0 else {
            Output.printError("dossier: no article could be loaded")
            throw ExitCode.failure
        }
        return updated
    }

    /// The paths to read, the current folder when none is given.
    var roots: [String] { paths.isEmpty ? ["."] : paths }

    /// The index file for these paths (and field map: another map reads other articles).
    var indexPath: String { IndexLocation.path(explicit: index, roots: roots, variant: map ?? "") }

    /// What parses and tags new and changed files, with the shipped tagger; exits 1 when it cannot be loaded.
    func analyser() throws -> ArticleAnalyser {
        let loader = try loader()
        do { return ArticleAnalyser(loader: loader, extractor: MentionExtractor(tagger: try EntityTagger.shipped())) } catch {
            Output.printError("dossier: \(error)")
            throw ExitCode.failure
        }
    }

    /// The collection as the reader and the entity commands use it, with the reader's entity corrections applied.
    func openLibrary(entityMarks: [EntityID: EntityMarks] = [:]) throws -> OpenCollection {
        OpenCollection(name: ReadCommand.collectionName(roots), collection: try openIndexed(), entityMarks: entityMarks)
    }
}

/// Indexes made in place of one that could not be used, in `/dev/shm` when there is one (memory, not the disk that
/// may be full) or the temporary folder, and removed when the command ends (`removeAll`).
enum TemporaryIndex {
    private static let made = Mutex<[String]>([])

    /// The path of a new temporary index.
    static func make() throws(IndexError) -> String {
        let folder = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = (folder as NSString).appendingPathComponent("dossier-index-\(getpid())-\(UUID().uuidString).sqlite")
        made.withLock { $0.append(path) }
        return path
    }

    /// Removes every temporary index this process made.
    static func removeAll() {
        for path in made.withLock({ $0 }) { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
    }
}

extension IndexError {
    /// Whether the cache itself failed (it cannot be opened or written), so that a temporary index can stand in;
    /// not for a file that is no index, which is refused, nor a cancelled update.
    var isUnavailableCache: Bool {
        switch self {
        case .cannotOpen, .database, .damaged: true
        case .notAnIndex, .cancelled: false
        }
    }
}
