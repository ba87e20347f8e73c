import ArgumentParser
import DossierApp
import DossierCore
import DossierText
import Foundation

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
    /// with what updating it did; exits 1 when no article is indexed.
    func updatedIndex() throws -> (index: CollectionIndex, update: IndexUpdate) {
        let analyser = try analyser()
        let progress = ProgressLine()
        let updated: (CollectionIndex, IndexUpdate)
        do {
            let index = try CollectionIndex(path: indexPath)
            updated = (index, try index.update(roots, analyser: analyser, progress: progress.show))
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
