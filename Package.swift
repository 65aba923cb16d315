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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        .target(
            name: "KinGraphServer",
            dependencies: [
                "KinGraphCore", "KinGraphFormats", "KinGraphRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .target(
            name: "KinGraphCLI",
            dependencies: [
                "KinGraphCore", "KinGraphFormats", "KinGraphRender", "KinGraphServer",
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
            name: "KinGraphCLITests", dependencies: ["KinGraphCLI"],
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
