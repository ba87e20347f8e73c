import DossierCore
import DossierText
import Foundation

/// Trees and files hostile by their place in the file system: deep nesting, link loops, locked files and folders,
/// and files that vanish or change while they load.
extension HostileCorpus {
    static var folders: [HostileCase] {
        let family = "folders"
        let body = Array(article("deep").utf8)
        return [
            HostileCase(family: family, name: "200 nested folders", make: { folder in
                try folder.nest("deep", depth: 200, component: "d", leaf: ("a.txt", body))
            }, expected: .article(shows: ["Body with deep inside."])),
            HostileCase(family: family, name: "200 nested folders, path past PATH_MAX", make: { folder in
                try folder.nest("long", depth: 200, component: String(repeating: "n", count: 24), leaf: ("a.txt", body))
            }, expected: .problem(.unreadable("file name too long"))),
            HostileCase(family: family, name: "one article among 500 empty files", make: { folder in
                for number in 0..<500 { try folder.write("empty-\(number).txt", []) }
                try folder.write("zz-article.txt", body)
                return folder.path
            }, expected: Expectation(articles: 1, problems: Array(repeating: .empty, count: 500), shows: ["Body with deep inside."])),
            HostileCase(family: family, name: "only hidden files and other formats", make: { folder in
                try folder.write(".hidden.txt", body)
                try folder.write("page.pdf", body)
                try folder.write("photo.png", [0x89, 0x50, 0x4E, 0x47])
                return folder.path
            }, expected: Expectation(articles: 0, problems: [])),
            file(family, "a .pdf file named directly", body, file: "page.pdf", .problem(.unsupportedFormat("pdf"))),
        ]
    }

    static var symlinks: [HostileCase] {
        let family = "symbolic links"
        let body = Array(article("linked").utf8)
        func tree(_ name: String, _ expected: Expectation, _ build: @escaping @Sendable (ScratchFolder) throws -> Void) -> HostileCase {
            HostileCase(family: family, name: name, make: { folder in
                try build(folder)
                return folder.path("tree")
            }, expected: expected)
        }
        let loop = Expectation(articles: 0, problems: [.symlinkLoop])
        let articleAndLoop = Expectation(articles: 1, problems: [.symlinkLoop], shows: ["Body with linked inside."])
        return [
            tree("a link to itself", loop) { try $0.folder("tree"); try $0.link("tree/self.txt", to: $0.path("tree/self.txt")) },
            tree("two links in a cycle", Expectation(articles: 0, problems: [.symlinkLoop, .symlinkLoop])) {
                try $0.folder("tree")
                try $0.link("tree/a.txt", to: "b.txt")
                try $0.link("tree/b.txt", to: "a.txt")
            },
            tree("a folder linked to its parent", articleAndLoop) {
                try $0.write("tree/a.txt", body)
                try $0.link("tree/up", to: "..")
            },
            tree("a folder linked to itself", articleAndLoop) {
                try $0.write("tree/a.txt", body)
                try $0.link("tree/again", to: ".")
            },
            tree("a chain of 45 links", loop) { folder in
                try folder.write("tree/.link-45", body)
                for number in (0..<45).reversed() { try folder.link("tree/.link-\(number)", to: ".link-\(number + 1)") }
                try folder.link("tree/chain.txt", to: ".link-0")
            },
            tree("a broken link", Expectation(articles: 0, problems: [.brokenSymlink])) { try $0.folder("tree"); try $0.link("tree/gone.txt", to: "missing.txt") },
            tree("a FIFO among the articles is passed over", Expectation(articles: 1, problems: [], shows: ["Body with linked inside."])) {
                try $0.write("tree/a.txt", body)
                guard mkfifo($0.path("tree/pipe.txt"), 0o644) == 0 else { throw ScratchFolder.ScratchError("mkfifo", errno) }
            },
            HostileCase(family: family, name: "a link to /dev/zero named directly", make: { try $0.link("zero.txt", to: "/dev/zero") },
                        expected: .problem(.unreadable("not a regular file"))),
            HostileCase(family: family, name: "a link to a /proc file, which claims size 0", make: { try $0.link("status.txt", to: "/proc/self/status") },
                        expected: .problem(.empty)),
        ]
    }

    static var unreadable: [HostileCase] {
        let family = "unreadable"
        let body = Array(article("locked").utf8)
        func locked(_ name: String, _ expected: Expectation, _ build: @escaping @Sendable (ScratchFolder) throws -> String) -> HostileCase {
            HostileCase(family: family, name: name, make: build, expected: expected, unprivileged: true)
        }
        let denied = LoadProblem.Reason.unreadable("permission denied")
        return [
            locked("a file with mode 000", .problem(denied)) { folder in
                let path = try folder.write("locked.txt", body)
                chmod(path, 0)
                return path
            },
            locked("a folder with mode 000", .problem(denied)) { folder in
                try folder.write("locked/a.txt", body)
                chmod(folder.path("locked"), 0)
                return folder.path("locked")
            },
            locked("a folder that can be entered but not listed", .problem(denied)) { folder in
                try folder.write("blind/a.txt", body)
                chmod(folder.path("blind"), 0o311)
                return folder.path("blind")
            },
            locked("a folder that can be listed but not entered", .problem(denied)) { folder in
                try folder.write("shut/a.txt", body)
                chmod(folder.path("shut"), 0o644)
                return folder.path("shut")
            },
            HostileCase(family: family, name: "a FIFO named directly", make: { folder in
                guard mkfifo(folder.path("pipe.txt"), 0o644) == 0 else { throw ScratchFolder.ScratchError("mkfifo", errno) }
                return folder.path("pipe.txt")
            }, expected: .problem(.unreadable("not a regular file"))),
        ]
    }

    /// Files changed by another thread while the loader lists and reads them, each loaded many times.
    static var races: [HostileCase] {
        let family = "changing files"
        let body = Array((article("moving") + String(repeating: "Another paragraph of ordinary prose for the reader.\n\n", count: 150)).utf8)
        func racing(_ name: String, _ meddle: @escaping @Sendable (String, [UInt8]) -> Void) -> HostileCase {
            HostileCase(family: family, name: name, make: { folder in
                try folder.write("moving.txt", body)
                return folder.path
            }, expected: .raced, interference: { meddle($0 + "/moving.txt", body) })
        }
        return [
            racing("vanishes and comes back") { path, body in
                unlink(path)
                try? ScratchFolder.writeFile(path, body)
            },
            racing("truncated and rewritten") { path, body in
                truncate(path, 0)
                try? ScratchFolder.writeFile(path, body)
            },
            racing("grows and shrinks") { path, body in
                let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
                if descriptor >= 0 {
                    _ = body.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
                    close(descriptor)
                }
                truncate(path, off_t(body.count / 2))
            },
            racing("replaced by a folder") { path, body in
                unlink(path)
                mkdir(path, 0o755)
                rmdir(path)
                try? ScratchFolder.writeFile(path, body)
            },
            racing("replaced by a FIFO") { path, body in
                unlink(path)
                mkfifo(path, 0o644)
                unlink(path)
                try? ScratchFolder.writeFile(path, body)
            },
            racing("replaced by a link to itself") { path, body in
                unlink(path)
                symlink(path, path)
                unlink(path)
                try? ScratchFolder.writeFile(path, body)
            },
            racing("swapped for binary") { path, body in
                try? ScratchFolder.writeFile(path, [UInt8](repeating: 0, count: 512))
                try? ScratchFolder.writeFile(path, body)
            },
        ]
    }
}
