import Foundation
import Testing

/// A 50 MB JSON Lines file is read a record at a time: `dossier show` finds its last record and peaks at about the
/// memory it takes for a 1 MB file. Measured in a process of its own, as the other tests of this process allocate
/// meanwhile.
struct StreamingMemoryTests {
    /// A JSON Lines file of at least `bytes`, its records all alike; the number of records.
    static func write(_ path: String, bytes: Int) throws -> Int {
        let body = String(repeating: "The harbour authority said the ferries would run again from Monday. ", count: 28)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var records = 0, written = 0
        while written < bytes {
            var chunk = ""
            for _ in 0..<500 {
                records += 1
                chunk += #"{"title": "Story \#(records)", "text": "\#(body)"}"# + "\n"
            }
            handle.write(Data(chunk.utf8))
            written += chunk.utf8.count
        }
        try handle.close()
        return records
    }

    /// The peak resident memory of the built `dossier` run with `arguments`, sampled from /proc while it runs (VmHWM
    /// only grows, so the last sample is within a few milliseconds of the end), its exit status and its output.
    static func peakResident(_ arguments: [String]) throws -> (bytes: Int, status: Int32, output: Data) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-stream-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = Products.dossier!
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        var peak = 0
        while process.isRunning {
            let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
            if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) {
                peak = max(peak, kibibytes << 10)
            }
            usleep(2_000)
        }
        process.waitUntilExit()
        return (peak, process.terminationStatus, try Data(contentsOf: output))
    }

    @Test(.enabled(if: Products.dossier != nil, "needs the built dossier binary"))
    func theLastRecordOfFiftyMegabytesTakesTheMemoryOfOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (big, small) = (folder.appendingPathComponent("big.jsonl").path, folder.appendingPathComponent("small.jsonl").path)
        let (bigRecords, smallRecords) = (try Self.write(big, bytes: 50 << 20), try Self.write(small, bytes: 1 << 20))
        let one = try Self.peakResident(["show", "\(small)#\(smallRecords)", "--json"])
        let fifty = try Self.peakResident(["show", "\(big)#\(bigRecords)", "--json"])
        #expect(one.status == 0 && fifty.status == 0)
        let shown = try #require(try JSONSerialization.jsonObject(with: fifty.output) as? [String: Any])
        #expect(shown["title"] as? String == "Story \(bigRecords)")
        #expect(one.bytes > 0)
        #expect(fifty.bytes - one.bytes < 16 << 20, "\(fifty.bytes >> 20) MiB at the peak for 50 MB, \(one.bytes >> 20) MiB for 1 MB")
    }
}
