import DossierCore
import Foundation
import GRDB
import Testing

/// The built `dossier` executable, found next to the test bundle in the build products folder.
enum DossierExecutable {
    static func path() throws -> String {
        let starts = [Bundle.main.executableURL?.deletingLastPathComponent(), Bundle.main.bundleURL]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for start in starts.compactMap({ $0 }) {
            var folder = start
            for _ in 0 ..< 4 {
                let candidate = folder.appendingPathComponent("dossier").path
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
                folder.deleteLastPathComponent()
            }
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no built dossier executable next to the tests; run swift build first"])
    }

    /// Starts `dossier mark-stress` on `database`, its output going to the pipes returned.
    static func startStress(database: String, count: Int, prefix: String) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = ["mark-stress", "--db", database, "--count", String(count), "--prefix", prefix]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }
}

@Suite("Marks across processes", .serialized)
struct MarkProcessTests {
    /// SIGKILLs a child that is making marks at random moments, 50 times; every mark it reported is in the file.
    @Test func marksReportedAsCommittedSurviveSIGKILL() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("crash.sqlite")
        _ = try MarkStore(path: database)
        var reported: [String] = []
        var emptyRuns = 0
        let started = Date()
        for run in 0 ..< 50 {
            let (process, output, _) = try DossierExecutable.startStress(database: database, count: 1_000_000, prefix: "run\(run)")
            usleep(UInt32.random(in: 20_000 ... 250_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                .split(separator: "\n").map(String.init)
            if lines.isEmpty { emptyRuns += 1 }
            reported += lines
        }
        let store = try MarkStore(path: database)
        let marks = try store.allArticleMarks()
        let missing = reported.filter { marks[ArticleID(rawValue: $0)]?.tags != ["stress"] }
        #expect(missing.isEmpty, "marks reported committed but missing: \(missing.prefix(5))")
        #expect(reported.count > 50, "the children made too few marks to test anything")
        let check = try DatabaseQueue(path: database).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        #expect(check == ["ok"])
        print(String(format: "crash test: 50 kills, %d marks reported and verified (%d in the file), %d kills before the first mark, %.1f s",
                     reported.count, marks.count, emptyRuns, Date().timeIntervalSince(started)))
    }

    /// Two processes mark the same file at once, 1,000 marks each: none fails, all are there.
    @Test func twoProcessesMarkOneDatabase() throws {
        let folder = try TemporaryFolder()
        let database = folder.path("shared.sqlite")
        _ = try MarkStore(path: database)
        let started = Date()
        let children = try ["left", "right"].map { try DossierExecutable.startStress(database: database, count: 1000, prefix: $0) }
        var outputs: [[String]] = []
        for (process, output, errors) in children {
            let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
            let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(problems.isEmpty, "\(problems)")
            outputs.append(lines.map(String.init))
        }
        let seconds = Date().timeIntervalSince(started)
        #expect(outputs.map(\.count) == [1000, 1000])
        let marks = try MarkStore(path: database).allArticleMarks()
        #expect(marks.count == 2000)
        #expect(marks.values.allSatisfy { $0.tags == ["stress"] })
        print(String(format: "concurrency test: 2 processes × 1000 marks, %d in the file, %.1f s", marks.count, seconds))
    }
}
