// swift-tools-version:6.0
// zpack from Swift (tests/extension/CMakeLists.txt): ctest copies this folder
// next to the staged WeaveHeap package and a copy of
// samples/extension/generated/swift/Zpack, then builds and runs its tests.
import PackageDescription

let package = Package(
    name: "ZpackTests",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
        .package(name: "Zpack", path: "../Zpack"),
    ],
    targets: [
        .testTarget(
            name: "ZpackTests",
            dependencies: [.product(name: "WeaveHeap", package: "WeaveHeap"), .product(name: "Zpack", package: "Zpack")],
            path: "Tests/ZpackTests"),
    ],
    swiftLanguageModes: [.v6]
)
