import ArgumentParser
import DossierBench
import Foundation

/// `dossier-bench generate`: writes a deterministic corpus of scraped news articles and its manifest.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic corpus of scraped news articles, with manifest.json beside it.",
        discussion: """
            The same seed and count give byte-identical files: a thousand .txt files a subfolder, about one in a \
            thousand of them bad (binary, empty, or not valid UTF-8), and a story entity in about half the articles.
            Example: dossier-bench generate --articles 100000 --seed 1 /tmp/corpus
            """
    )

    @Option(help: "How many files to write.") var articles: Int
    @Option(help: "The seed every file derives from.") var seed: UInt64 = 1
    @Flag(help: "Print the manifest as JSON instead of a summary.") var json = false
    @Argument(help: "The folder to write into; it must be empty or missing.") var out: String

    func validate() throws {
        guard articles >= 0 else { throw ValidationError("--articles must be 0 or more.") }
    }

    func run() throws {
        let showProgress = isatty(STDERR_FILENO) != 0
        let start = ContinuousClock.now
        let generator = CorpusGenerator(seed: seed)
        let manifest: CorpusManifest
        do {
            manifest = try generator.write(articles: articles, to: URL(fileURLWithPath: out)) { written in
                guard showProgress else { return }
                FileHandle.standardError.write(Data("\rgenerated \(written) of \(articles) files".utf8))
            }
        } catch {
            if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
            throw ExitCode.failure
        }
        if showProgress { FileHandle.standardError.write(Data("\n".utf8)) }
        if json {
            print(manifest.json, terminator: "")
        } else {
            print(Self.summary(manifest, folder: out, elapsed: ContinuousClock.now - start))
        }
    }

    /// What a person reads after generating: counts, sizes, the bad files and the most used entities.
    static func summary(_ manifest: CorpusManifest, folder: String, elapsed: Duration) -> String {
        let seconds = Stopwatch.seconds(elapsed)
        var lines = [
            "\(manifest.fileCount) files (\(manifest.articleCount) articles) in \(folder), seed \(manifest.seed), "
                + String(format: "%.1f s", seconds),
            "\(manifest.wordCount) words of prose, \(manifest.byteCount) bytes, \(manifest.entityCount) entities",
            "story entity: \(manifest.storyEntity.name) (\(manifest.storyEntity.kind.rawValue)) in "
                + "\(manifest.storyEntity.articleCount) articles",
            "bad files: \(manifest.badFiles.count)" + (manifest.badFiles.isEmpty ? "" : " (" + BadFileKind.allCases.map { kind in
                "\(manifest.badFiles.count { $0.kind == kind }) \(kind.rawValue)"
            }.joined(separator: ", ") + "; listed in manifest.json)"),
            "most used entities:",
        ]
        for entity in manifest.topEntities.prefix(10) {
            let aliases = entity.aliases.isEmpty ? "" : " (" + entity.aliases.joined(separator: ", ") + ")"
            lines.append("  \(entity.articleCount)\t\(entity.kind.rawValue)\t\(entity.name)\(aliases)")
        }
        return lines.joined(separator: "\n")
    }
}
