import Foundation

/// Why a program the reader ran for the user did not do its work, in plain words.
public struct ExternalProgramError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// The programs the reader hands work to with the terminal suspended: the editor for long notes (`$VISUAL`, then
/// `$EDITOR`, then `vi`). Each is a shell command line; the file is passed as its last argument.
public struct ExternalPrograms: Sendable {
    /// The command line that edits a text file.
    public var editor: String

    public init(editor: String) {
        self.editor = editor
    }

    /// The programs `environment` names.
    public init(environment: [String: String]) {
        let named = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) }
        self.init(editor: named ?? "vi")
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
