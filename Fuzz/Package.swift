// swift-tools-version:6.0
// libFuzzer targets for KinGraph's readers. Built and run by `make fuzz` (Fuzz/run.sh),
// never by `make test`; `make test` replays the committed corpus instead.
import PackageDescription

let core = Target.Dependency.product(name: "KinGraphCore", package: "KinGraph")
let formats = Target.Dependency.product(name: "KinGraphFormats", package: "KinGraph")

let package = Package(
    name: "KinGraphFuzz",
    dependencies: [.package(name: "KinGraph", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [core]),
        .executableTarget(name: "FuzzDate", dependencies: [core]),
        .executableTarget(name: "FuzzJSON", dependencies: [core, formats, "FuzzSupport"]),
        .executableTarget(name: "FuzzCSV", dependencies: [core, formats, "FuzzSupport"]),
        .executableTarget(name: "FuzzGEDCOM", dependencies: [core, formats, "FuzzSupport"]),
        .executableTarget(name: "FuzzFtM", dependencies: [core, formats, "FuzzSupport"]),
        .executableTarget(name: "FuzzNames", dependencies: [core]),
    ]
)
