// swift-tools-version:6.0; Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
// weaveheap 0.1.0 for Swift, in the Swift 6 language mode (complete
// concurrency checking). The C module `CWeaveHeap` imports weaveheap.h, found on the C
// include path: build with
//   swift build -Xcc -I<generated/c> -Xlinker -L<dir of libweaveheap> [-Xlinker -rpath -Xlinker <dir>]
// or install the core (cmake --install) where the compiler and linker look.
// `swift test` runs the generated API contract and misuse-matrix tests.
import PackageDescription

let package = Package(
    name: "WeaveHeap",
    products: [
        .library(name: "WeaveHeap", targets: ["WeaveHeap"]),
    ],
    targets: [
        .systemLibrary(name: "CWeaveHeap", path: "Sources/CWeaveHeap"),
        .target(name: "WeaveHeap", dependencies: ["CWeaveHeap"], path: "Sources/WeaveHeap"),
        .testTarget(name: "WeaveHeapGeneratedTests", dependencies: ["WeaveHeap"], path: "Tests/WeaveHeapGeneratedTests"),
    ],
    swiftLanguageModes: [.v6]
)
