import Foundation
import Testing

/// Problems the command line prints name files, and a file name can hold an escape sequence: what reaches the
/// terminal on standard error must be as safe as what the reader draws.
@Suite(.serialized) struct HostileCommandLineTests {
    @Test(.enabled(if: Products.dossier != nil, "needs the built dossier binary"))
    func problemsPrintFileNamesSafely() throws {
        let folder = try ScratchFolder(label: "hostile-cli")
        let articles = try folder.folder("articles")
        try folder.write("articles/good.txt", HostileCorpus.article("plain"))
        try folder.write("articles/\u{1B}]52;c;ZXZpbA==\u{07}clip.txt", [])
        try folder.write("articles/\u{1B}[2J\u{1B}[Hwipe\nforged line.txt", [0x41, 0x00])
        try folder.write(rawName: Array("caf".utf8) + [0xE9, 0x1B, 0x5B, 0x41] + Array(".txt".utf8), in: "articles", [0x41])

        let process = Process()
        process.executableURL = Products.dossier!
        process.arguments = ["list", articles]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["XDG_CACHE_HOME": folder.path("cache"), "XDG_DATA_HOME": folder.path("data")]) { _, new in new }
        let errors = folder.path("stderr"), output = folder.path("stdout")
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        try process.run()
        process.waitUntilExit()

        #expect(process.terminationStatus == 0)
        let printed = try [UInt8](Data(contentsOf: URL(fileURLWithPath: errors)))
        let text = String(decoding: printed, as: UTF8.self)
        #expect(!printed.contains(0x1B) && !printed.contains(0x07), "raw ESC or BEL on standard error: \(text.debugDescription)")
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3, "one line per problem, a line feed in a name cannot forge another: \(lines)")
        #expect(lines.contains { $0.contains("\u{241B}]52;c;") == false && $0.contains("\u{241B}clip.txt: empty file") })
        #expect(lines.contains { $0.contains("\u{241B}\u{241B}wipe\u{2424}forged line.txt: binary file") })
        #expect(lines.contains { $0.hasSuffix("file name is not valid UTF-8") && $0.contains("\u{241B}.txt") })
        let listed = String(decoding: try Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
        #expect(listed.contains("good.txt"))
    }
}
