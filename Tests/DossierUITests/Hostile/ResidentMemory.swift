import Foundation

/// The test process's resident memory, from `/proc/self/status`, with the kernel's high-water mark reset between
/// measurements so that each hostile input gets its own peak.
enum ResidentMemory {
    /// Resets the peak to the current resident size (Linux: `5` to `/proc/self/clear_refs`); false when the kernel
    /// refuses, in which case the peak is the whole process's so far, an upper bound.
    @discardableResult
    static func resetPeak() -> Bool {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return write(descriptor, "5", 1) == 1
    }

    /// The resident size now, in bytes.
    static var current: Int { field("VmRSS:") }

    /// The highest resident size since the last reset, in bytes.
    static var peak: Int { field("VmHWM:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kilobytes = Int(line.dropFirst(name.count).filter(\.isNumber)) else { return 0 }
        return kilobytes * 1024
    }
}
