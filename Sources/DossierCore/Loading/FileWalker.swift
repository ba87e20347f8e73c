import Foundation

/// Expands the paths a user names into article files: folders are walked recursively in byte order of their names,
/// hidden entries are skipped, symbolic links are followed with loop detection.
struct FileWalker {
    /// Whether a file named `name` is read: no extension, one of `DocumentFormat.extensions`, or one of those
    /// followed by `.gz`. (What it holds decides how it is read.)
    static func isDocumentName(_ name: String) -> Bool {
        var ext = extensionOf(name)
        if ext == "gz" {
            ext = extensionOf(String(name.dropLast(3)))
            guard !ext.isEmpty else { return true }
        }
        return ext.isEmpty || DocumentFormat.extensions.contains(ext)
    }

    /// Names that, whatever their extension, document a folder rather than hold an article (`README.TXT` beside a
    /// data set): a walk skips them with a note; named on their own, they are read.
    private static let documentationNames: Set<String> = [
        "README", "READ_ME", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "HISTORY", "CONTRIBUTING", "AUTHORS",
        "NOTICE", "INSTALL", "CODE_OF_CONDUCT",
    ]

    /// Whether a file named `name` documents its folder (`README.md`, `LICENSE`, `changelog.txt`).
    static func isDocumentation(_ name: String) -> Bool {
        let stem = name.utf8.prefix { $0 != UInt8(ascii: ".") }
        // The longest of the names is 15 letters: most names are looked at no further.
        guard stem.count <= 15 else { return false }
        return documentationNames.contains(String(name.prefix { $0 != "." }).uppercased())
    }

    /// An article file and its signature as the walk found it.
    struct Entry: Equatable, Sendable {
        var path: String
        var signature: FileSignature
    }

    /// The article files under `paths`, in walk order, and the paths that could not be examined.
    func files(under paths: [String]) -> ([String], [LoadProblem]) {
        let (entries, problems) = entries(under: paths)
        return (entries.map(\.path), problems)
    }

    /// The article files under `paths` with their signatures, in walk order, and the paths that could not be examined.
    func entries(under paths: [String]) -> ([Entry], [LoadProblem]) {
        var files: [Entry] = []
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
                if Self.isDocumentName(path) {
                    files.append(Entry(path: path, signature: FileSignature(info)))
                } else {
                    problems.append(LoadProblem(path: path, reason: .unsupportedFormat(Self.extensionOf(path))))
                }
            }
        }
        return (files, problems)
    }

    private struct Identity: Hashable { var device: UInt64; var inode: UInt64 }

    /// Appends the article files under the folder `root` to `files`, in byte order of their paths. Below the root's
    /// own entries, each of its subfolders is walked on its own, on all cores, and their files joined in order: what
    /// one depth-first walk would give, sooner (most of a walk is the system telling each file's size and time).
    private func walk(_ root: String, files: inout [Entry], problems: inout [LoadProblem]) {
        let start = files.endIndex
        let subfolders = visit(root, ancestors: [], files: &files, problems: &problems)
        let trees = subfolders.concurrentMap(workers: ProcessInfo.processInfo.activeProcessorCount) { folder in
            var found: (files: [Entry], problems: [LoadProblem]) = ([], [])
            walkTree(folder, files: &found.files, problems: &found.problems)
            return found
        }
        for tree in trees {
            files += tree.files
            problems += tree.problems
        }
        // Depth-first order is byte order unless a name holds a byte below "/"; sort only then.
        let walked = files[start...]
        if zip(walked, walked.dropFirst()).contains(where: { $0.path.compareBytes($1.path) > 0 }) {
            files[start...].sort { $0.path.compareBytes($1.path) < 0 }
        }
    }

    /// A folder to walk and the folders it is inside (to tell a symbolic link loop).
    private struct Folder: Sendable {
        var path: String
        var ancestors: Set<Identity>
    }

    /// Appends the files under `folder` to `files`, depth-first with an explicit stack, so that deep trees cannot
    /// overflow the call stack.
    private func walkTree(_ folder: Folder, files: inout [Entry], problems: inout [LoadProblem]) {
        var stack = [folder]
        while let next = stack.popLast() {
            stack += visit(next.path, ancestors: next.ancestors, files: &files, problems: &problems).reversed()
        }
    }

    /// Lists `folder`: appends its article files to `files` and returns its subfolders, in byte order of their names.
    private func visit(_ folder: String, ancestors: Set<Identity>, files: inout [Entry], problems: inout [LoadProblem]) -> [Folder] {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            problems.append(LoadProblem(path: folder, reason: RawFile.reason(errno: errno, path: folder)))
            return []
        }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        if ancestors.contains(identity) {
            problems.append(LoadProblem(path: folder, reason: .symlinkLoop))
            return []
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard let listed = entries(of: folder, prefix: prefix, problems: &problems) else { return [] }
        var subfolders: [String] = []
        for entry in listed {
            switch entry.kind {
            case .folder: subfolders.append(prefix + entry.name)
            case .file where Self.isDocumentation(entry.name):
                problems.append(LoadProblem(path: prefix + entry.name, reason: .documentation))
            case .file(let signature): files.append(Entry(path: prefix + entry.name, signature: signature))
            case .failed(let code):
                let path = prefix + entry.name
                problems.append(LoadProblem(path: path, reason: RawFile.reason(errno: code, path: path)))
            }
        }
        let inner = ancestors.union([identity])
        return subfolders.map { Folder(path: $0, ancestors: inner) }
    }

    /// A visible entry of a folder that the walk keeps: a folder, an article file, or one that could not be examined.
    private struct Listed {
        enum Kind { case folder, file(FileSignature), failed(Int32) }
        var name: String
        var kind: Kind
    }

    /// The visible folders and article files of `folder` (whose path ends in `prefix`), sorted by the bytes of their names.
    private func entries(of folder: String, prefix: String, problems: inout [LoadProblem]) -> [Listed]? {
        guard let dir = opendir(folder) else {
            problems.append(LoadProblem(path: folder, reason: .unreadable(RawFile.errorText(errno))))
            return nil
        }
        defer { closedir(dir) }
        let descriptor = dirfd(dir)
        var listed: [Listed] = []
        // The bytes of the names kept, one after another, to sort by without touching the strings.
        var names: [UInt8] = [], spans: [Range<Int>] = []
        while let entry = readdir(dir) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let bytes = UnsafeRawBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
                guard bytes.first != UInt8(ascii: ".") else { return }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    let shown = String(decoding: bytes, as: UTF8.self)
                    problems.append(LoadProblem(path: prefix + shown, reason: .unreadable("file name is not valid UTF-8")))
                    return
                }
                let isText = Self.isTextName(bytes)
                // A regular file that is not text needs no stat; links and unknown types are followed to see.
                if entry.pointee.d_type == DT_REG && !isText { return }
                var info = stat()
                let kind: Listed.Kind
                if fstatat(descriptor, raw.baseAddress!.assumingMemoryBound(to: CChar.self), &info, 0) != 0 {
                    kind = .failed(errno)
                } else if (info.st_mode & S_IFMT) == S_IFDIR {
                    kind = .folder
                } else if (info.st_mode & S_IFMT) == S_IFREG && isText {
                    kind = .file(FileSignature(info))
                } else {
                    return
                }
                listed.append(Listed(name: name, kind: kind))
                names += bytes
                spans.append(names.count - bytes.count..<names.count)
            }
        }
        let order = names.withUnsafeBytes { all in
            listed.indices.sorted { a, b in
                let x = spans[a], y = spans[b]
                let sign = memcmp(all.baseAddress! + x.lowerBound, all.baseAddress! + y.lowerBound, min(x.count, y.count))
                return sign != 0 ? sign < 0 : x.count < y.count
            }
        }
        return order.map { listed[$0] }
    }

    /// Whether a file named `name` (bytes of UTF-8) is read: see `isDocumentName`.
    private static func isTextName(_ name: UnsafeRawBufferPointer) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return true }
        return isDocumentName(String(decoding: name, as: UTF8.self))
    }

    static func extensionOf(_ path: String) -> String {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
