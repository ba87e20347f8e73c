import Foundation

/// Expands the paths a user names into article files: folders are walked recursively in byte order of their names,
/// hidden entries are skipped, symbolic links are followed with loop detection.
struct FileWalker {
    /// Extensions read as plain text inside folders; files with no extension are tried too.
    static let textExtensions: Set<String> = ["txt", "text"]

    func files(under paths: [String]) -> ([String], [LoadProblem]) {
        var files: [String] = []
        var problems: [LoadProblem] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                problems.append(LoadProblem(path: path, reason: RawFile.reason(errno: errno, path: path)))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, files: &files, problems: &problems)
            } else {
                let ext = Self.extensionOf(path)
                if ext.isEmpty || Self.textExtensions.contains(ext) {
                    files.append(path)
                } else {
                    problems.append(LoadProblem(path: path, reason: .unsupportedFormat(ext)))
                }
            }
        }
        return (files, problems)
    }

    private struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    private func walk(_ root: String, files allFiles: inout [String], problems: inout [LoadProblem]) {
        var files: [String] = []
        // Depth-first with an explicit stack, so deep trees cannot overflow the call stack.
        var stack: [(path: String, ancestors: Set<Identity>)] = [(root, [])]
        while let (folder, ancestors) = stack.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0 else {
                problems.append(LoadProblem(path: folder, reason: RawFile.reason(errno: errno, path: folder)))
                continue
            }
            let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            if ancestors.contains(identity) {
                problems.append(LoadProblem(path: folder, reason: .symlinkLoop))
                continue
            }
            guard let names = entries(of: folder, problems: &problems) else { continue }
            var subfolders: [String] = []
            for name in names {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var entry = stat()
                guard stat(path, &entry) == 0 else {
                    problems.append(LoadProblem(path: path, reason: RawFile.reason(errno: errno, path: path)))
                    continue
                }
                if (entry.st_mode & S_IFMT) == S_IFDIR {
                    subfolders.append(path)
                } else if (entry.st_mode & S_IFMT) == S_IFREG {
                    let ext = Self.extensionOf(name)
                    if ext.isEmpty || Self.textExtensions.contains(ext) { files.append(path) }
                }
            }
            let inner = ancestors.union([identity])
            for sub in subfolders.reversed() { stack.append((sub, inner)) }
        }
        files.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        allFiles += files
    }

    /// The visible entry names of a folder, sorted by their bytes.
    private func entries(of folder: String, problems: inout [LoadProblem]) -> [String]? {
        guard let dir = opendir(folder) else {
            problems.append(LoadProblem(path: folder, reason: .unreadable(RawFile.errorText(errno))))
            return nil
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                let shown = String(decoding: bytes, as: UTF8.self)
                problems.append(LoadProblem(path: folder + "/" + shown, reason: .unreadable("file name is not valid UTF-8")))
                continue
            }
            names.append(name)
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static func extensionOf(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
