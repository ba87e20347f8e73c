import Foundation

/// Memory figures of the running process, as the benchmark reports them.
public enum ProcessMemory {
    /// The peak resident set size of this process so far, in bytes.
    public static var peakResidentBytes: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        // Linux reports ru_maxrss in kilobytes.
        return Int(usage.ru_maxrss) * 1024
    }

    /// The current resident set size of this process, in bytes, from `/proc/self/statm`.
    public static var residentBytes: Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
