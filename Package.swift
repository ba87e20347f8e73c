// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "DossierCore", targets: ["DossierCore"]),
        .library(name: "DossierUI", targets: ["DossierUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // Load, parse, extract entities, cross-link, persist. No terminal code.
        .target(
            name: "DossierCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")]
        ),
        // App state, actions, reduce, keymap, layout and rendering into a grid of cells. No ncurses.
        .target(name: "DossierUI", dependencies: ["DossierCore"]),
        // The system ncursesw library.
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The only code that touches the terminal: draws cells, reads keys, restores the terminal.
        .target(name: "DossierTerminal", dependencies: ["CNcursesw", "DossierUI"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierUI", "DossierTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DossierCoreTests",
            dependencies: ["DossierCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierCore"]),
    ]
)
