// swift-tools-version:6.0
// The Swift binding's tests (tests/swift/CMakeLists.txt): ctest copies this
// folder next to a copy of generated/swift named WeaveHeap, then runs
// `swift test` here, so that generated/ stays free of build output. It is a
// user program in the Swift 6 language mode (complete concurrency checking):
// what it does with regions across tasks is what the compiler lets a user do.
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
    ],
    swiftLanguageModes: [.v6]
)
