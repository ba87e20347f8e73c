@testable import DossierCore
import Foundation
import Testing

/// The walker returns each article file with the signature the index compares, from the stat it made anyway.
@Suite struct FileWalkerTests {
    @Test func entriesCarryTheSignatureOfEachFileInWalkOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "Bee headline\n\nBody.")
        try folder.write("a-z/c", "Sea headline\n\nA longer body than the others.")
        try folder.write("a/d.TXT", "Dee headline\n\nBody.")
        try folder.write("a/e.png", [0x89, 0x50, 0x4E, 0x47])
        try folder.write("target/f.txt", "Eff headline\n\nBody of the linked file.")
        try FileManager.default.createSymbolicLink(atPath: folder.path("a/link.txt"), withDestinationPath: folder.path("target/f.txt"))

        let (entries, problems) = FileWalker().entries(under: [folder.url.path, folder.path("b.txt")])
        #expect(problems.isEmpty)
        let names = ["a-z/c", "a/d.TXT", "a/link.txt", "b.txt", "target/f.txt", "b.txt"]
        #expect(entries.map(\.path) == names.map(folder.path))
        for entry in entries { #expect(entry.signature == FileSignature(path: entry.path)) }
        // A link's signature is its target's.
        #expect(entries[2].signature == entries[4].signature)
        let (paths, pathProblems) = FileWalker().files(under: [folder.url.path, folder.path("b.txt")])
        #expect(paths == entries.map(\.path))
        #expect(pathProblems.isEmpty)
    }

    @Test func filesThatDocumentAFolderAreSkippedWithANoteUnlessNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("README.TXT", "About this data set\n\nThe files are news articles collected in 2024.")
        try folder.write("LICENSE", "Permission is hereby granted, free of charge, to any person obtaining a copy.")
        try folder.write("changelog.md", "# Changes\n\n- Added March articles.")
        try folder.write("readme-of-the-mayor.txt", "Mayor reads the readme\n\nA story about a mayor, not a readme file.")
        try folder.write("story.txt", "Port deal signed\n\nThe harbour board signed the deal.")
        let (paths, problems) = FileWalker().files(under: [folder.url.path])
        #expect(paths == ["readme-of-the-mayor.txt", "story.txt"].map(folder.path))
        #expect(Set(problems.map(\.path)) == Set(["README.TXT", "LICENSE", "changelog.md"].map(folder.path)))
        #expect(problems.allSatisfy { $0.reason == .documentation && $0.description.contains("documents the folder") })
        // Named on its own, it is what the user asked for.
        #expect(FileWalker().files(under: [folder.path("README.TXT")]).0 == [folder.path("README.TXT")])
    }
}
