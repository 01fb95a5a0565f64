// swift-tools-version:6.0; Generated from samples/extension/zpack.wh by weaveheap_gen: do not edit. IDL sha256 a79f42f696d09eae4e0adf0c4e603e9a5ffe4d5838b0b8389db22b59b0cee278
// zpack 0.1.0 for Swift, an extension of weaveheap (docs/extensions.md#packages).
// SPDX-License-Identifier: MIT
// It depends on the WeaveHeap package (weaveheap 0.1.0, the core IDL it was
// generated against), found beside it by path as the release's weaveheap-swift archive unpacks.
// The C module `CZpack` imports zpack.h and links libzpack, which
// SwiftPM finds with pkg-config (zpack.pc); libzpack links no core: the
// package binds it to the core the WeaveHeap package links.
import PackageDescription

let package = Package(
    name: "Zpack",
    products: [
        .library(name: "Zpack", targets: ["Zpack"]),
    ],
    dependencies: [
        .package(name: "WeaveHeap", path: "../WeaveHeap"),
    ],
    targets: [
        .systemLibrary(name: "CZpack", path: "Sources/CZpack", pkgConfig: "zpack"),
        .target(name: "Zpack",
                dependencies: ["CZpack", .product(name: "WeaveHeap", package: "WeaveHeap")],
                path: "Sources/Zpack"),
    ],
    swiftLanguageModes: [.v6]
)
