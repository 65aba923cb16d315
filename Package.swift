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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "KinGraphCore"),
        .target(name: "KinGraphFormats", dependencies: ["KinGraphCore"]),
        .target(name: "KinGraphRender", dependencies: ["KinGraphCore", "CGraphviz"]),
        .target(name: "KinGraphReport", dependencies: ["KinGraphCore", "KinGraphRender", "KinGraphFormats"]),
        .target(
            name: "KinGraphStore",
            dependencies: [
                "KinGraphCore", "KinGraphFormats",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
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
                "KinGraphCore", "KinGraphFormats", "KinGraphRender", "KinGraphReport", "KinGraphStore",
                "KinGraphPostgres",
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
    ],
    swiftLanguageModes: [.v6]
)
