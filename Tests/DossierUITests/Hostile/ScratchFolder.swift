import Foundation

/// A temporary folder for hostile inputs, written with POSIX calls so that names may hold any byte, trees may nest
/// past `PATH_MAX` and modes may lock the owner out; it removes itself, whatever was made in it.
final class ScratchFolder: @unchecked Sendable {
    /// The folder's path.
    let path: String

    init(label: String) throws {
        var template = Array((NSTemporaryDirectory() + "dossier-\(label)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw ScratchError("mkdtemp", errno) }
        path = String(cString: made)
        chmod(path, 0o755)  // so that the unprivileged cases reach what is inside
    }

    deinit { Self.remove(path) }

    struct ScratchError: Error, CustomStringConvertible {
        var description: String
        init(_ call: String, _ code: Int32) { description = "\(call): \(String(cString: strerror(code)))" }
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String { path + "/" + name }

    /// Writes `bytes` to `name` (a relative path; missing folders are made) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path(name)
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Self.writeFile(file, bytes)
        return file
    }

    /// Writes the UTF-8 of `text` to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    /// Writes `bytes` to a file whose name is the raw bytes `name` (which need not be UTF-8), in the folder itself
    /// or in the existing subfolder `subfolder`.
    func write(rawName name: [UInt8], in subfolder: String? = nil, _ bytes: [UInt8]) throws {
        let folder = open(subfolder.map(path) ?? path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw ScratchError("open", errno) }
        defer { close(folder) }
        let descriptor = (name + [0]).withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { openat(folder, $0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        }
        guard descriptor >= 0 else { throw ScratchError("openat", errno) }
        defer { close(descriptor) }
        try Self.writeAll(descriptor, bytes)
    }

    /// Makes `depth` nested folders named `component` under `name` with `leaf` in the innermost, walking down with
    /// `openat` so that the whole path may be longer than `PATH_MAX`; returns the top folder's path.
    func nest(_ name: String, depth: Int, component: String, leaf: (name: String, bytes: [UInt8])) throws -> String {
        let top = path(name)
        guard mkdir(top, 0o755) == 0 else { throw ScratchError("mkdir", errno) }
        var folder = open(top, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { throw ScratchError("open", errno) }
        for _ in 0..<depth {
            guard mkdirat(folder, component, 0o755) == 0 else { close(folder); throw ScratchError("mkdirat", errno) }
            let inner = openat(folder, component, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            close(folder)
            guard inner >= 0 else { throw ScratchError("openat", errno) }
            folder = inner
        }
        defer { close(folder) }
        let file = openat(folder, leaf.name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw ScratchError("openat", errno) }
        defer { close(file) }
        try Self.writeAll(file, leaf.bytes)
        return top
    }

    /// Makes a symbolic link `name` pointing at `target` (taken as is, relative or absolute).
    @discardableResult
    func link(_ name: String, to target: String) throws -> String {
        let link = path(name)
        guard symlink(target, link) == 0 else { throw ScratchError("symlink", errno) }
        return link
    }

    /// Makes a folder (and its parents).
    @discardableResult
    func folder(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
        return path(name)
    }

    static func writeFile(_ file: String, _ bytes: [UInt8]) throws {
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ScratchError("open \(file)", errno) }
        defer { close(descriptor) }
        try writeAll(descriptor, bytes)
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ScratchError("write", errno)
            }
            written += count
        }
    }

    /// Removes a tree below an open folder descriptor, giving each folder back its permissions first.
    private static func remove(_ path: String) {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if folder >= 0 { empty(folder) }
        rmdir(path)
    }

    private static func empty(_ folder: Int32) {
        fchmod(folder, 0o700)
        guard let stream = fdopendir(folder) else { close(folder); return }
        defer { closedir(stream) }
        var names: [[CChar]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.bindMemory(to: CChar.self).prefix { $0 != 0 }) }
            if name != [46] && name != [46, 46] { names.append(name + [0]) }
        }
        for name in names {
            if unlinkat(folder, name, 0) == 0 { continue }
            let inner = openat(folder, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if inner >= 0 { empty(inner) }
            unlinkat(folder, name, AT_REMOVEDIR)
        }
    }
}
