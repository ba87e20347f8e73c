// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierText", targets: ["DossierText"]),
        .library(name: "DossierUI", targets: ["DossierUI"]),
        .library(name: "DossierApp", targets: ["DossierApp"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // Load, parse, extract entities, cross-link, persist. No terminal code.
        .target(
            name: "DossierCore",
            dependencies: [
                "CZlib",
                "DossierHTML",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")],
            // Optimised in debug builds too: the tests tag and parse tens of megabytes (the hostile inputs, the
            // generated corpora), which unoptimised code takes 5 to 10 times as long to do. `swift test` ran in 53 s
            // (69 s of user CPU) with this, 86 s (125 s) without. The module has no `assert` that -O would drop.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // The system zlib, for gzip-compressed documents.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Text for a terminal: cell widths, sanitising, wrapping, and the layout of an article that `show` prints and
        // the reader styles. No terminal, no state.
        .target(name: "DossierText", dependencies: ["DossierCore"]),
        // The system libxml2, for HTML pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // libxml2's HTML parser, walked into plain values. It must not import Foundation: libxml2's headers pull in
        // the system ICU, which clashes with Foundation's own (swiftlang/swift-foundation-icu#93).
        // libxml2's HTML parser behind a C interface whose header includes none of libxml2's.
        .target(name: "CHTMLTree", dependencies: ["CLibXML2"]),
        .target(name: "DossierHTML", dependencies: ["CHTMLTree"]),
        // App state, actions, reduce, keymap, layout and rendering into a grid of cells. No ncurses.
        .target(name: "DossierUI", dependencies: ["DossierCore", "DossierText"]),
        // The run loop and what performs the reader's effects: the open collection, the background indexer, the
        // marks database, the user's programs, and the config file (TOMLKit). No ncurses.
        .target(name: "DossierApp", dependencies: ["DossierCore", "DossierText", "DossierUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The system ncursesw library (Debian's libncurses-dev), linked by its module map; shim.h defines what
        // `pkg-config --cflags ncursesw` would, which SwiftPM drops with a warning.
        .systemLibrary(name: "CNcursesw"),
        // The only code that touches the terminal: draws cells, reads keys, restores the terminal.
        .target(name: "DossierTerminal", dependencies: ["CNcursesw", "DossierUI"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierText", "DossierUI", "DossierApp", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic generated corpora and the measurements behind docs/benchmarks.md.
        .target(name: "DossierBench", dependencies: ["DossierCore", "DossierText", "DossierUI", "DossierApp"]),
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "DossierBench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DossierCoreTests",
            dependencies: ["DossierCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DossierHTMLTests", dependencies: ["DossierHTML"]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierApp", "DossierText", "DossierCore", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Golden"]),
        .testTarget(name: "DossierBenchTests", dependencies: ["DossierBench", "DossierCore", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)

// MARK: Fuzzing (issue 7)
// libFuzzer harnesses for the parser, the tokenizer and tagger, the filter language and the key decoder, declared
// only when DOSSIER_FUZZ=1: scripts/fuzz.sh builds them with -sanitize=fuzzer,address in its own scratch folder,
// so that a normal `swift build` or `swift test` never sees them.
if Context.environment["DOSSIER_FUZZ"] == "1" {
    package.targets += [
        .target(name: "FuzzerDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "fuzz-parser", dependencies: ["FuzzerDriver", "DossierCore"], path: "Fuzz/Parser"),
        .executableTarget(name: "fuzz-tagger", dependencies: ["FuzzerDriver", "DossierCore"], path: "Fuzz/Tagger"),
        .executableTarget(name: "fuzz-query", dependencies: ["FuzzerDriver", "DossierCore"], path: "Fuzz/Query"),
        .executableTarget(name: "fuzz-keys", dependencies: ["FuzzerDriver", "DossierCore", "DossierUI", "DossierApp"], path: "Fuzz/Keys"),
    ]
}
