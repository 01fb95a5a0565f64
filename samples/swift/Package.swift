// swift-tools-version:6.0
// A program using the WeaveHeap Swift package, found as ../WeaveHeap (a copy
// of generated/swift; docs/swift.md shows how to build it against the core),
// in the Swift 6 language mode.
import PackageDescription

let package = Package(
    name: "WeaveHeapSample",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
    ],
    targets: [
        .executableTarget(
            name: "weaveheap-sample",
            dependencies: [.product(name: "WeaveHeap", package: "WeaveHeap")],
            path: "Sources/weaveheap-sample"),
    ],
    swiftLanguageModes: [.v6]
)
