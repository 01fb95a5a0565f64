// swift-tools-version:6.0; Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
// weaveheap 0.1.0 for Swift, in the Swift 6 language mode (complete
// concurrency checking). https://github.com/weaveheap/weaveheap
// SPDX-License-Identifier: MIT (the LICENSE file)
// The C module `CWeaveHeap` imports weaveheap.h and links libweaveheap, which
// SwiftPM finds with pkg-config (weaveheap.pc): extract the C SDK
// (weaveheap-0.1.0-linux-<arch>.tar.gz) and put its lib/pkgconfig on
// PKG_CONFIG_PATH, or install it where pkg-config looks; no -Xcc or -Xlinker flags.
// SwiftPM drops the .pc's rpath ("prohibited flag"): at run time the loader must
// find libweaveheap.so (a system prefix, or LD_LIBRARY_PATH; docs/swift.md).
// `swift test` runs the generated API contract and misuse-matrix tests.
import PackageDescription

let package = Package(
    name: "WeaveHeap",
    products: [
        .library(name: "WeaveHeap", targets: ["WeaveHeap"]),
    ],
    targets: [
        .systemLibrary(
            name: "CWeaveHeap",
            path: "Sources/CWeaveHeap",
            pkgConfig: "weaveheap",
            providers: [
                .apt(["libweaveheap-dev"]),
                .yum(["weaveheap-devel"]),
                .brew(["weaveheap"]),
            ]),
        .target(name: "WeaveHeap", dependencies: ["CWeaveHeap"], path: "Sources/WeaveHeap"),
        .testTarget(name: "WeaveHeapGeneratedTests", dependencies: ["WeaveHeap"], path: "Tests/WeaveHeapGeneratedTests"),
    ],
    swiftLanguageModes: [.v6]
)
