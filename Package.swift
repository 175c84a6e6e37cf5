// swift-tools-version: 6.1
import PackageDescription

let strictness: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "AICareerFinder",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CareerKit", targets: ["CareerKit"]),
        .executable(name: "careerfinder", targets: ["careerfinder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The domain: knowledge base, comparison, salaries. No networking, no database.
        .target(
            name: "CareerKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/KnowledgeBase")],
            swiftSettings: strictness
        ),
        // The embedded default store: SQLite through GRDB.
        .target(
            name: "CareerStoreSQLite",
            dependencies: ["CareerKit", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness
        ),
        // The command-line face.
        .executableTarget(
            name: "careerfinder",
            dependencies: [
                "CareerKit",
                "CareerStoreSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CareerKitTests",
            dependencies: ["CareerKit", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CareerStoreSQLiteTests",
            dependencies: ["CareerStoreSQLite", "CareerKit"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "careerfinderTests",
            dependencies: ["careerfinder", "CareerKit"],
            exclude: ["Fixtures"],
            swiftSettings: strictness
        ),
    ],
    swiftLanguageModes: [.v6]
)
