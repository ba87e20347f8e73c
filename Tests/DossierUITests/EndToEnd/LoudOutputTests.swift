import Foundation
import GRDB
import Testing

/// Outputs that fail loudly, options that are checked, and text that never reaches a terminal or a page raw: the
/// built `dossier` run through `bash`, with its standard output on a full device, closed, or a pipe nobody reads.
@Suite struct LoudOutputTests {
    static var available: Bool { Products.dossier != nil }
    static let data = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-loud-data-\(getpid())").path

    /// Runs `script` in bash in the repository folder, `$0` being the built binary, with marks in a data folder of
    /// the test's own (never the user's); its exit status, output and errors.
    func bash(_ script: String) throws -> Products.Outcome {
        try Products.run(["-c", script, Products.dossier!.path], executable: URL(fileURLWithPath: "/bin/bash"),
                         environment: ["XDG_DATA_HOME": Self.data, "DOSSIER_DB": ""])
    }

    /// A new folder holding `files` (name → bytes).
    func collection(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-loud-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static let printing = [
        "list seeds", "list seeds --json", "show seeds/000_60547e2e5f7a7922.txt", "show seeds/000_60547e2e5f7a7922.txt --json",
        "show seeds/000_60547e2e5f7a7922.txt --raw", "entities seeds --json", "mentions seeds --json", "search spyware seeds",
        "export seeds --all", "export seeds --all --format json", "config --print-default", "entities seeds",
        "mentions seeds", "marks seeds --orphaned --json", "links '\(firstEntity)' seeds", "links '\(firstEntity)' seeds --json",
        "entity '\(firstEntity)' --json",
    ]

    /// The name of the seeds' first entity, as `dossier entities --json` lists it (for the commands that take one).
    static let firstEntity: String = {
        guard available, let listed = try? Products.run(["entities", "seeds", "--json"]).output,
              let entities = try? JSONSerialization.jsonObject(with: listed) as? [[String: Any]] else { return "" }
        return entities.first?["name"] as? String ?? ""
    }()

    @Test(.enabled(if: available && FileManager.default.fileExists(atPath: "/dev/full")), arguments: printing)
    func aFullDiskIsAnErrorNotACrashOrSilence(_ command: String) throws {
        let run = try bash("\"$0\" \(command) > /dev/full")
        #expect(run.status == 1, "\(command): exit \(run.status)")
        #expect(run.errors.contains("dossier: cannot write to standard output: No space left on device"), "\(command): \(run.errors)")
        #expect(!run.errors.contains("Fatal error"))
    }

    @Test(.enabled(if: available), arguments: printing)
    func aClosedStandardOutputIsAnError(_ command: String) throws {
        let run = try bash("\"$0\" \(command) >&-")
        #expect(run.status == 1, "\(command): exit \(run.status)")
        #expect(run.errors.contains("dossier: cannot write to standard output: standard output is closed"), "\(command): \(run.errors)")
    }

    @Test(.enabled(if: available), arguments: printing)
    func aBrokenPipeEndsQuietlyEvenWithSIGPIPEIgnored(_ command: String) throws {
        let run = try bash("trap '' PIPE; { sleep 0.3; \"$0\" \(command); echo \"status=$?\" >&2; } | true")
        #expect(run.errors == "status=1\n", "\(command): \(run.errors)")
    }

    @Test(.enabled(if: available)) func badOptionValuesAreUsageErrors() throws {
        for command in ["train-ner --train x --out /tmp/m --epochs 0", "train-ner --train x --out /tmp/m --members 0",
                        "train-page-dump --pages x --out /tmp/m --epochs 0", "tag --conll x --benchmark --repeats 0",
                        "search spyware seeds --limit 0", "search spyware seeds --limit=-1", "show x --width 0", "mark '' seeds --star"] {
            let run = try bash("\"$0\" \(command)")
            #expect(run.status == 2, "\(command): exit \(run.status), \(run.errors)")
        }
    }

    @Test(.enabled(if: available)) func aFilterMayStartWithAMinus() throws {
        let run = try bash("\"$0\" list seeds --filter -is:read --json")
        #expect(run.status == 0, "\(run.errors)")
        let rows = try #require(try JSONSerialization.jsonObject(with: run.output) as? [[String: Any]])
        #expect(rows.count == 2)
    }

    @Test(.enabled(if: available)) func searchesAreBounded() throws {
        let repeated = Array(repeating: "spyware", count: 120).joined(separator: " ")
        let once = try bash("\"$0\" search spyware seeds --json")
        let many = try bash("\"$0\" search '\(repeated)' seeds --json")
        #expect(many.status == 0)
        #expect(many.output == once.output)
        let long = try bash("\"$0\" search \"$(printf 'spyware %.0s' $(seq 10000))\" seeds")
        #expect(long.status == 2)
        #expect(long.errors.contains("longer than 1000 characters"))
        let distinct = (1...40).map { "word\($0)" }.joined(separator: " ")
        let wide = try bash("\"$0\" search '\(distinct)' seeds")
        #expect(wide.status == 2)
        #expect(wide.errors.contains("more than 32 different terms"))
    }

    @Test(.enabled(if: available)) func messagesQuotingArgumentsAreSafe() throws {
        for command in ["show $'\\e]52;c;aGVsbG8=\\a' seeds", "list seeds --filter $'bogus:\\e[31m\\x9b'", "links $'\\e]0;title\\a' seeds",
                        "$'\\e[2J'"] {
            let run = try bash("\"$0\" \(command)")
            #expect(run.status != 0)
            #expect(!run.errors.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }, "\(command)")
        }
    }

    @Test(.enabled(if: available)) func jsonEscapesWhatATerminalWouldActOn() throws {
        let text = "Headline with \u{202E}reversed\u{202C}, \u{85}next line and \u{7F} delete\n\nBody text of the article, long enough to be one.\n"
        let folder = try collection(["a.txt": Array(text.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try bash("\"$0\" show \"\(folder.path)/a.txt\" --json")
        #expect(run.status == 0)
        let json = String(decoding: run.output, as: UTF8.self)
        #expect(json.contains("\\u202e") && json.contains("\\u0085") && json.contains("\\u007f"))
        #expect(!json.unicodeScalars.contains { [0x202E, 0x202C, 0x85, 0x7F].contains($0.value) })
        let parsed = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        #expect((parsed["title"] as? String)?.contains("\u{202E}reversed") == true)
    }

    @Test(.enabled(if: available)) func markdownExportShowsDocumentsAsWritten() throws {
        let title = "<script>alert(1)</script> [click](javascript:alert(2)) **loud**"
        let folder = try collection(["we`ird.txt": Array((title + "\n\nA paragraph of the article, long enough to be one.\n").utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try bash("\"$0\" export --all \"\(folder.path)\"")
        #expect(run.status == 0, "\(run.errors)")
        let markdown = String(decoding: run.output, as: UTF8.self)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(markdown.contains("\\[click\\](javascript:alert(2))"))
        #expect(markdown.contains("\\*\\*loud\\*\\*"))
        #expect(markdown.contains("``\(folder.path)/we`ird.txt``"))
    }

    @Test(.enabled(if: available && FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func rawBytesReachOnlyPipesUnlessForced() throws {
        let folder = try collection(["a.txt": Array("Title \u{1B}]52;c;aGVsbG8=\u{07}here\n\nBody of the article.\n".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try bash("\"$0\" show \"\(folder.path)/a.txt\" --raw")
        #expect(piped.output.contains(0x1B))
        // `script` gives the command a terminal and copies what it wrote.
        let terminal = try bash("script -qec \"$0 show '\(folder.path)/a.txt' --raw\" /dev/null")
        #expect(terminal.status == 0)
        #expect(!terminal.output.contains(0x1B) && !terminal.output.contains(0x07))
        #expect(String(decoding: terminal.output, as: UTF8.self).contains("here"))
        let forced = try bash("script -qec \"$0 show '\(folder.path)/a.txt' --raw --force\" /dev/null")
        #expect(forced.output.contains(0x1B))
    }

    @Test(.enabled(if: available && Products.hasTmux)) func aTerminalThatCannotMoveTheCursorIsRefused() throws {
        let session = try TmuxSession(command: "sh -c 'XDG_DATA_HOME=\(Self.data) TERM=dumb \(Products.dossier!.path) seeds --index \(Products.index); echo exit=$?; sleep 30'",
                                      width: 200, height: 20, directory: Products.repository)
        let screen = try session.waitFor("the message and the exit status", seconds: 20) { $0.contains("exit=") }
        #expect(screen.contains("exit=2"))
        #expect(screen.contains("cannot move the cursor"))
    }

    @Test(.enabled(if: available)) func aCacheThatCannotBeUsedIsWorkedAroundWithAWarning() throws {
        let unavailable = try bash("\"$0\" list seeds --json --index /dev/null/index.sqlite")
        #expect(unavailable.status == 0)
        #expect(unavailable.errors.contains("warning: /dev/null/index.sqlite: cannot open the index: its folder cannot be made; working without the cache"))
        #expect((try JSONSerialization.jsonObject(with: unavailable.output) as? [Any])?.count == 2)
        // A cache disk with no room left, when this machine lets the test mount a small one.
        let mountPoint = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-full-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        defer { _ = try? bash("umount \(mountPoint); rmdir \(mountPoint)") }
        guard try bash("mount -t tmpfs -o size=64k tmpfs \(mountPoint) && dd if=/dev/zero of=\(mountPoint)/filler bs=4k count=100 2>/dev/null; test -f \(mountPoint)/filler").status == 0 else { return }
        let full = try bash("\"$0\" search spyware seeds --json --index \(mountPoint)/index.sqlite")
        #expect(full.status == 0, "\(full.errors)")
        #expect(full.errors.contains("working without the cache this time"))
        #expect((try JSONSerialization.jsonObject(with: full.output) as? [Any])?.count == 2)
    }

    @Test(.enabled(if: available)) func aFilterOnADamagedIndexWarnsAndSearchesTheFiles() throws {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-damaged-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm", ".rebuild", ".damaged", ".damaged-wal", ".damaged-shm", ".damaged-2", ".damaged-2-wal", ".damaged-2-shm"] {
            unlink(index + suffix)
        } }
        let fine = try bash("\"$0\" list seeds --json --filter spyware --index \(index)")
        let expected = try #require(try JSONSerialization.jsonObject(with: fine.output) as? [Any]).count
        #expect(expected >= 1)
        try damageFullTextBlocks(ofIndexAt: index)
        let damaged = try bash("\"$0\" list seeds --json --filter spyware --index \(index)")
        #expect(damaged.status == 0, "\(damaged.errors)")
        #expect(damaged.errors.contains("the index is damaged") && damaged.errors.contains("searching the article files instead"), "\(damaged.errors)")
        #expect((try JSONSerialization.jsonObject(with: damaged.output) as? [Any])?.count == expected)
        // The next run finds the note the damage left, moves the index aside and rebuilds it: no warning.
        let rebuilt = try bash("\"$0\" list seeds --json --filter spyware --index \(index)")
        #expect(rebuilt.errors.isEmpty, "\(rebuilt.errors)")
        #expect((try JSONSerialization.jsonObject(with: rebuilt.output) as? [Any])?.count == expected)
        // A search that finds the damage rebuilds the index at once.
        try damageFullTextBlocks(ofIndexAt: index)
        let searched = try bash("\"$0\" search spyware seeds --json --index \(index)")
        #expect(searched.status == 0 && searched.errors.contains("the index is damaged; rebuilding it"), "search: \(searched.status) \(searched.errors)")
        #expect((try JSONSerialization.jsonObject(with: searched.output) as? [Any])?.count == expected)
        #expect(FileManager.default.fileExists(atPath: index + ".damaged-2"))
        #expect(FileManager.default.fileExists(atPath: index + ".damaged"))
    }
}
