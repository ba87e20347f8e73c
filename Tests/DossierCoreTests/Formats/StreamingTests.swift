import Foundation
import Testing
@testable import DossierCore

/// A 50 MB JSON Lines file is read a record at a time: finding its last record keeps memory flat.
struct StreamingTests {
    /// The resident set size of this process, in bytes.
    static func residentBytes() -> Int {
        let fields = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
        return (fields.count > 1 ? Int(fields[1]) ?? 0 : 0) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    @Test func fiftyMegabytesOfJSONLinesStream() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("big.jsonl")
        let body = String(repeating: "The harbour authority said the ferries would run again from Monday. ", count: 28)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var records = 0, written = 0
        while written < 50 << 20 {
            var chunk = ""
            for _ in 0..<500 {
                records += 1
                chunk += #"{"title": "Story \#(records)", "text": "\#(body)"}"# + "\n"
            }
            handle.write(Data(chunk.utf8))
            written += chunk.utf8.count
        }
        try handle.close()
        let before = Self.residentBytes()
        let last = try CollectionLoader().read("\(path)#\(records)").get()
        let grown = Self.residentBytes() - before
        #expect(last.title == "Story \(records)")
        #expect(last.record == LineRange(line: records))
        #expect(grown < 16 << 20, "resident memory grew by \(grown >> 20) MiB reading a \(written >> 20) MiB file")
    }
}
