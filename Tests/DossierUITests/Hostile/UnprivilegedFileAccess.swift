import Foundation

/// Runs file access without the root user's power to read anything, so that permission problems can be tested
/// when the tests run as root (as in containers). Linux keeps a file-system user id per thread: switching this
/// thread's to `nobody` drops the permission-override capabilities for its calls until it is switched back.
enum UnprivilegedFileAccess {
    private typealias SetFileSystemUser = @convention(c) (UInt32) -> Int32

    private static let setFileSystemUser: SetFileSystemUser? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "setfsuid") else { return nil }
        return unsafeBitCast(symbol, to: SetFileSystemUser.self)
    }()

    /// Runs `body` on the calling thread as user `nobody` for file access when the process is root; as is otherwise.
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        guard getuid() == 0, let setFileSystemUser else { return try body() }
        _ = setFileSystemUser(65534)
        defer { _ = setFileSystemUser(0) }
        return try body()
    }
}
