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
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
    ],
    targets: [
        // The domain and the application core: knowledge base, assessment, text analysis, planning, and the use cases
        // every face calls (UseCases/). No networking, no database, no processes.
        .target(
            name: "CareerKit",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/KnowledgeBase")],
            swiftSettings: strictness
        ),
        // The core's one port to this machine's tools: PDF text through poppler's pdftotext, for the CLI and the server.
        .target(
            name: "CareerDocuments",
            dependencies: ["CareerKit", .product(name: "Subprocess", package: "swift-subprocess")],
            swiftSettings: strictness
        ),
        // The embedded default store: SQLite through GRDB.
        .target(
            name: "CareerStoreSQLite",
            dependencies: ["CareerKit", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictness
        ),
        // The store for several servers: PostgreSQL through postgres-nio.
        .target(
            name: "CareerStorePostgres",
            dependencies: [
                "CareerKit", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictness
        ),
        // The web face: HTML pages and the JSON API.
        .target(
            name: "CareerServer",
            dependencies: [
                "CareerKit", "CareerDocuments", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            resources: [.copy("Resources/openapi.yaml"), .copy("Resources/Templates"), .copy("Resources/Static")],
            swiftSettings: strictness
        ),
        // The command-line face.
        .executableTarget(
            name: "careerfinder",
            dependencies: [
                "CareerKit",
                "CareerDocuments",
                "CareerStoreSQLite",
                "CareerStorePostgres",
                "CareerServer",
                "CMallocTuning",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictness
        ),
        // One C call Swift cannot reach: capping glibc's malloc arenas, so a long-running server's memory stays flat.
        .target(name: "CMallocTuning"),
        .testTarget(
            name: "CareerKitTests",
            dependencies: ["CareerKit", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CareerStoreSQLiteTests",
            dependencies: ["CareerStoreSQLite", "CareerKit", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CareerStoreTests",
            dependencies: ["CareerStoreSQLite", "CareerStorePostgres", "CareerKit"],
            swiftSettings: strictness
        ),
        .testTarget(
            name: "CareerServerTests",
            dependencies: [
                "CareerServer", "CareerKit", "CareerStoreSQLite",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
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
