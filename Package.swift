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
        .library(name: "KinGraphSynthetic", targets: ["KinGraphSynthetic"]),
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
        // Fictional archives of any size, for benchmarks and demonstrations (`kingraph generate`).
        .target(name: "KinGraphSynthetic", dependencies: ["KinGraphCore"]),
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
            ],
            // The OpenAPI description of /api/, built into the binary (docs/openapi.json links to it).
            resources: [.embedInCode("API/openapi.json")]
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
                "KinGraphServer", "KinGraphPostgres", "KinGraphSynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "kingraph", dependencies: ["KinGraphCLI"]),
        // Benchmarks, built by `make bench`; not part of the shipped `kingraph`.
        .executableTarget(
            name: "KinGraphQueryBench",
            dependencies: [
                "KinGraphCLI", "KinGraphCore", "KinGraphFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/KinGraphQueryBench"),
        .executableTarget(
            name: "KinGraphRenderBench", dependencies: ["KinGraphRender", "KinGraphCore"], path: "Benchmarks/KinGraphRenderBench"),
        // What every test target shares: the CLI runner, a scratch folder, the fixtures,
        // output inspection (SVG, PDF, PNG), test archives and the fuzz targets' `Exercise`.
        .target(
            name: "KinGraphTestSupport", dependencies: ["KinGraphCore"], path: "Tests/KinGraphTestSupport",
            resources: [.copy("Fixtures")]),
        .testTarget(name: "KinGraphCoreTests", dependencies: ["KinGraphCore", "KinGraphTestSupport"]),
        .testTarget(
            name: "KinGraphFormatsTests",
            dependencies: ["KinGraphFormats", "KinGraphCore", "KinGraphSynthetic", "KinGraphTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KinGraphRenderTests",
            dependencies: ["KinGraphRender", "KinGraphCore", "KinGraphFormats", "KinGraphTestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "KinGraphMatchTests",
            dependencies: ["KinGraphMatch", "KinGraphCore", "KinGraphFormats", "KinGraphSynthetic", "KinGraphTestSupport"]),
        .testTarget(
            name: "KinGraphSyntheticTests",
            dependencies: ["KinGraphSynthetic", "KinGraphCore", "KinGraphFormats", "KinGraphTestSupport"]),
        .testTarget(
            name: "KinGraphReportTests",
            dependencies: ["KinGraphReport", "KinGraphCore", "KinGraphRender", "KinGraphFormats", "KinGraphTestSupport"]),
        .testTarget(
            name: "KinGraphStoreTests",
            dependencies: [
                "KinGraphStore", "KinGraphCore", "KinGraphFormats", "KinGraphSynthetic", "KinGraphTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "KinGraphPostgresTests",
            dependencies: ["KinGraphPostgres", "KinGraphStore", "KinGraphCore", "KinGraphFormats", "KinGraphTestSupport"]),
        .testTarget(name: "KinGraphCLITests", dependencies: ["KinGraphCLI", "KinGraphStore", "KinGraphTestSupport"]),
        .testTarget(
            name: "KinGraphServerTests",
            dependencies: [
                "KinGraphServer", "KinGraphCLI", "KinGraphCore", "KinGraphFormats", "KinGraphTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
