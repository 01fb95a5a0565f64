// swift-tools-version:5.9
// The Swift binding's tests (tests/swift/CMakeLists.txt): ctest copies this
// folder next to a copy of generated/swift named WeaveHeap, then runs
// `swift test` here, so that generated/ stays free of build output.
import PackageDescription

let package = Package(
    name: "WeaveHeapTests",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
    ],
    targets: [
        .testTarget(
            name: "WeaveHeapTests",
            dependencies: [.product(name: "WeaveHeap", package: "WeaveHeap")],
            path: "Tests/WeaveHeapTests"),
    ]
)
