import DossierUI
import Foundation

/// Why a program the reader ran for the user did not do its work, in plain words.
public struct ExternalProgramError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// The programs the reader hands work to with the terminal suspended: the editor for long notes (`$VISUAL`, then
/// `$EDITOR`, then `vi`), the program that shows an article's file (`$PAGER`, then `less`) and the one that opens its
/// URL (`$BROWSER`, then `xdg-open`); the config file's `[open]` chooses the last two. Each is a shell command line;
/// the file or URL is passed as its last argument.
public struct ExternalPrograms: Hashable, Sendable {
    /// The command line that edits a text file.
    public var editor: String
    /// The command line that shows an article's file.
    public var fileOpener: String
    /// The command line that opens an article's URL.
    public var urlOpener: String

    public init(editor: String, fileOpener: String = "less", urlOpener: String = "xdg-open") {
        self.editor = editor
        self.fileOpener = fileOpener
        self.urlOpener = urlOpener
    }

    /// The programs `environment` names.
    public init(environment: [String: String]) {
        func named(_ variables: String...) -> String? {
            variables.compactMap { environment[$0] }.first { !$0.allSatisfy(\.isWhitespace) }
        }
        self.init(editor: named("VISUAL", "EDITOR") ?? "vi", fileOpener: named("PAGER") ?? "less", urlOpener: named("BROWSER") ?? "xdg-open")
    }

    /// Shows the file, or opens the URL, of an article.
    public func open(_ source: ArticleSource) -> Result<Void, ExternalProgramError> {
        switch source {
        case .file(let address): Self.run(fileOpener, argument: Self.file(of: address))
        case .url(let url): Self.run(urlOpener, argument: url)
        }
    }

    /// The file of an article's address: the address itself, or for a record (`feed.xml#3`) the file that holds it.
    public static func file(of address: String) -> String {
        guard !FileManager.default.fileExists(atPath: address), let hash = address.lastIndex(of: "#"),
              !address[address.index(after: hash)...].isEmpty, address[address.index(after: hash)...].allSatisfy(\.isNumber) else { return address }
        return String(address[..<hash])
    }

    /// Runs `command` (a shell command line) with `argument` as its last argument and waits for it.
    public static func run(_ command: String, argument: String) -> Result<Void, ExternalProgramError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The argument goes in as "$1", never into the command text, so no file name or URL is read by the shell.
        process.arguments = ["-c", command + " \"$1\"", "sh", argument]
        do {
            try process.run()
        } catch {
            return .failure(ExternalProgramError(description: "Cannot run \(command): \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(ExternalProgramError(description: "\(command) exited with status \(process.terminationStatus)"))
        }
        return .success(())
    }

    /// Edits `text` in the editor on a temporary file and returns what was saved.
    public func edit(_ text: String) -> Result<String, ExternalProgramError> {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-note-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try (text.isEmpty ? "" : text + "\n").write(to: file, atomically: true, encoding: .utf8)
        } catch {
            return .failure(ExternalProgramError(description: "Cannot write a temporary file: \(error.localizedDescription)"))
        }
        return Self.run(editor, argument: file.path).flatMap {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return .failure(ExternalProgramError(description: "The edited note was not saved"))
            }
            return .success(String(decoding: data, as: UTF8.self))
        }
    }
}
