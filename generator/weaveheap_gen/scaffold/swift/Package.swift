// swift-tools-version:6.0
// @name@'s Swift test (CMakeLists.txt): staged next to the WeaveHeap package
// and the generated @Name@ package, then built and run by `swift test`.
import PackageDescription

let package = Package(
    name: "@Name@Tests",
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
        .package(name: "@Name@", path: "../@Name@"),
    ],
    targets: [
        .testTarget(
            name: "@Name@Tests",
            dependencies: [.product(name: "WeaveHeap", package: "WeaveHeap"), .product(name: "@Name@", package: "@Name@")],
            path: "Tests/@Name@Tests"),
    ],
    swiftLanguageModes: [.v6]
)
