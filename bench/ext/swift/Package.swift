// swift-tools-version:6.0
// B12 for Swift (bench/README.md, "Extensions"): the generated Zpack package
// against a hand-written binding of the same zlib crc32 (ExtPeer) and a
// copying one. The bench_ext_swift target stages it next to the staged
// WeaveHeap and Zpack packages and builds it in release mode.
import PackageDescription

let package = Package(
    name: "BenchExtSwift",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
        .package(name: "Zpack", path: "../Zpack"),
    ],
    targets: [
        .target(name: "ExtPeer", path: "Sources/ExtPeer", linkerSettings: [.linkedLibrary("z")]),
        .executableTarget(
            name: "bench-ext-swift",
            dependencies: ["ExtPeer", .product(name: "WeaveHeap", package: "WeaveHeap"),
                           .product(name: "Zpack", package: "Zpack")],
            path: "Sources/bench-ext-swift"),
    ],
    swiftLanguageModes: [.v6]
)
