// swift-tools-version:6.0
// B9 for Swift (bench/swift/README.md): trivial core calls through the
// WeaveHeap package vs C no-ops imported by the same Clang importer.
import PackageDescription

let package = Package(
    name: "WeaveHeapBench",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
    ],
    targets: [
        .target(name: "Peers", path: "Sources/Peers"),
        .executableTarget(
            name: "weaveheap-bench-swift",
            dependencies: ["Peers", .product(name: "WeaveHeap", package: "WeaveHeap")],
            path: "Sources/weaveheap-bench-swift"),
    ],
    swiftLanguageModes: [.v6]
)
