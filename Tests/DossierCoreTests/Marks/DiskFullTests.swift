import DossierCore
import Foundation
import GRDB
import Testing

/// Marks made until the disk gives out — a file-size limit in the child, or a 1 MB tmpfs when the tests may mount
/// one — end with a clear error naming the database, and every mark committed before is still there.
@Suite("Marks when the disk is full", .serialized)
struct DiskFullTests {
    /// What a `dossier mark-stress` run gave: its exit status, the ids it reported committed, and its errors.
    struct Run {
        var status: Int32
        var reported: [String]
        var errors: String
    }

    /// Runs `dossier mark-stress` through `sh`, with SIGXFSZ ignored and, when given, a limit on file sizes in
    /// 512-byte blocks (as `ulimit -f` counts them in POSIX shells).
    static func stress(database: String, count: Int, prefix: String, blockLimit: Int? = nil) throws -> Run {
        let limit = blockLimit.map { "ulimit -f \($0); " } ?? ""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(limit)trap '' XFSZ; exec \"$0\" mark-stress --db \"$1\" --count \(count) --prefix \(prefix)",
                             try DossierExecutable.path(), database]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let reported = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, reported: reported, errors: message)
    }

    /// Checks the database after the failure: the earlier marks and every reported one are there, the file is
    /// sound, and it takes a new mark once there is room again.
    static func checkIntact(_ database: String, before: [String], during: [String]) throws {
        let store = try MarkStore(path: database)
        let marks = try store.allArticleMarks()
        let missing = (before + during).filter { marks[ArticleID(rawValue: $0)]?.tags != ["stress"] }
        #expect(missing.isEmpty, "marks committed before the disk filled are missing: \(missing.prefix(5))")
        let check = try DatabaseQueue(path: database).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
    }

    @Test func fileSizeLimitStopsMarkingWithAClearError() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("marks.sqlite")
        let before = try Self.stress(database: database, count: 50, prefix: "before")
        #expect(before.status == 0 && before.reported.count == 50)

        // Room for the database as it is and 64 KB more: the write-ahead log fills that within a few dozen marks.
        let size = try FileManager.default.attributesOfItem(atPath: database)[.size] as! Int
        let limited = try Self.stress(database: database, count: 100_000, prefix: "limited", blockLimit: (size + 65_536) / 512)
        #expect(limited.status == 1, "the run stops with an error")
        #expect(limited.reported.count < 100_000)
        #expect(limited.errors.hasPrefix("dossier: \(database): "), "the error names the database: \(limited.errors)")
        #expect(limited.errors.contains("may be full, past a file size limit"), "the error says why: \(limited.errors)")
        #expect(limited.errors.split(separator: "\n").count == 1, "one line, no stack trace: \(limited.errors)")
        try Self.checkIntact(database, before: before.reported, during: limited.reported)
        let after = try Self.stress(database: database, count: 5, prefix: "after")
        #expect(after.status == 0 && after.reported.count == 5, "marking works again once there is room")
        print("disk full (file-size limit): \(before.reported.count) marks before, \(limited.reported.count) committed until the limit; error: \(limited.errors.trimmingCharacters(in: .newlines))")
    }

    @Test(.enabled(if: SmallFileSystem.canMount, "needs permission to mount a tmpfs"))
    func fullFileSystemStopsMarkingWithAClearError() throws {
        let folder = try TemporaryFolder()
        let mountPoint = folder.path("small")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        try SmallFileSystem.mount(at: mountPoint, size: "1m")
        defer { SmallFileSystem.unmount(mountPoint) }
        let database = mountPoint + "/marks.sqlite"
        let before = try Self.stress(database: database, count: 20, prefix: "before")
        #expect(before.status == 0 && before.reported.count == 20)
        let filled = try Self.stress(database: database, count: 100_000, prefix: "filled")
        #expect(filled.status == 1, "the run stops with an error")
        #expect(filled.errors == "dossier: \(database): the disk is full; the change was not saved\n", "\(filled.errors)")
        #expect(filled.errors.split(separator: "\n").count == 1, "one line, no stack trace: \(filled.errors)")
        try Self.checkIntact(database, before: before.reported, during: filled.reported)
        print("disk full (1 MB tmpfs): \(before.reported.count) marks before, \(filled.reported.count) committed until the disk filled; error: \(filled.errors.trimmingCharacters(in: .newlines))")
    }
}

/// A small tmpfs, for running out of space for real; mounting needs root (or the capability) in this namespace.
enum SmallFileSystem {
    /// Whether a tmpfs can be mounted here: tried once, on a throwaway folder.
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? TemporaryFolder() else { return false }
        guard (try? mount(at: folder.url.path, size: "64k")) != nil else { return false }
        unmount(folder.url.path)
        return true
    }()

    static func mount(at path: String, size: String) throws {
        let status = run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size),mode=0700", "tmpfs", path])
        guard status == 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "mount exited \(status)"]) }
    }

    static func unmount(_ path: String) {
        _ = run("/bin/umount", [path])
    }

    private static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
