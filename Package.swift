// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "KinGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kingraph", targets: ["kingraph"]),
        .library(name: "KinGraphCore", targets: ["KinGraphCore"]),
        .library(name: "KinGraphFormats", targets: ["KinGraphFormats"]),
        .library(name: "KinGraphRender", targets: ["KinGraphRender"]),
        .library(name: "KinGraphReport", targets: ["KinGraphReport"]),
        .library(name: "KinGraphMatch", targets: ["KinGraphMatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // cgraph's memory in per-graph address ranges, so layouts do not depend on malloc.
        .target(name: "CGraphvizArena", dependencies: ["CGraphviz"]),
        .target(name: "KinGraphCore"),
        .target(name: "KinGraphFormats", dependencies: ["KinGraphCore"]),
        .target(name: "KinGraphRender", dependencies: ["KinGraphCore", "CGraphviz", "CGraphvizArena"]),
        .target(name: "KinGraphReport", dependencies: ["KinGraphCore", "KinGraphRender", "KinGraphFormats"]),
        .target(
            name: "KinGraphStore",
            dependencies: [
                "KinGraphCore", "KinGraphFormats",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "KinGraphMatch", dependencies: ["KinGraphCore"]),
        .target(
            name: "KinGraphServer",
            dependencies: [
                "KinGraphCore", "KinGraphFormats", "KinGraphRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "KinGraphPostgres",
            dependencies: [
                "KinGraphCore", "KinGraphFormats", "KinGraphStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .target(
            name: "KinGraphCLI",
            dependencies: [
                "KinGraphCore", "KinGraphFormats", "KinGraphRender", "KinGraphReport", "KinGraphStore", "KinGraphMatch",
                "KinGraphServer", "KinGraphPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kingraph", dependencies: ["KinGraphCLI"]),
        .executableTarget(name: "KinGraphRenderBench", dependencies: ["KinGraphRender", "KinGraphCore"]),
        .testTarget(
            name: "KinGraphCoreTests", dependencies: ["KinGraphCore"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KinGraphFormatsTests", dependencies: ["KinGraphFormats", "KinGraphCore"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KinGraphRenderTests", dependencies: ["KinGraphRender", "KinGraphCore", "KinGraphFormats"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "KinGraphMatchTests", dependencies: ["KinGraphMatch", "KinGraphCore", "KinGraphFormats"]),
        .testTarget(
            name: "KinGraphReportTests", dependencies: ["KinGraphReport", "KinGraphCore", "KinGraphRender", "KinGraphFormats"]),
        .testTarget(
            name: "KinGraphStoreTests",
            dependencies: ["KinGraphStore", "KinGraphCore", "KinGraphFormats", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "KinGraphPostgresTests",
            dependencies: ["KinGraphPostgres", "KinGraphStore", "KinGraphCore", "KinGraphFormats"]),
        .testTarget(
            name: "KinGraphCLITests", dependencies: ["KinGraphCLI", "KinGraphStore"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KinGraphServerTests",
            dependencies: [
                "KinGraphServer", "KinGraphCLI", "KinGraphCore", "KinGraphFormats",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
