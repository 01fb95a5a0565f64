// B9 for Swift: each core call next to a C no-op of the same shape (the FFI's
// floor), and each Swift wrapper next to the raw C call it makes (what the
// wrapper adds), called through the same Clang importer, in the same run,
// rounds interleaved. Prints ns per call (median and minimum of the rounds)
// and the ratio of the medians; which of the two runs first alternates by
// round. Usage: weaveheap-bench-swift [rounds] [calls per round]
import Glibc
import CWeaveHeap
import FoundationEssentials
import Peers
import WeaveHeap

let args = CommandLine.arguments
let rounds = args.count > 1 ? Int(args[1])! : 11
let calls = args.count > 2 ? Int(args[2])! : 5_000_000

func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

nonisolated(unsafe) var sink: UInt64 = 0

/// ns per call of a loop of `n` calls (the loop is one @inline(never)
/// function per case, so each case calls its function directly).
func time(_ n: Int, _ loop: (Int) throws -> UInt64) rethrows -> Double {
    let start = now()
    sink &+= try loop(n)
    return Double(now() - start) / Double(n)
}

/// The raw C calls check their error as a generated method does.
@inline(__always) func check(_ err: inout weaveheap_error) throws {
    if err.code != 0 {
        let code = err.code
        weaveheap_error_clear(&err)
        throw WeaveHeapError(code: code, message: "") ?? WeaveHeapError.invalidArgument(message: "")
    }
}

// -- B9: trivial calls against C no-ops -----------------------------------------------
@inline(never) func loopPublishStop(_ n: Int) -> UInt64 {
    for _ in 0..<n { publishStop() }
    return 0
}
@inline(never) func loopNoop(_ n: Int) -> UInt64 {
    for _ in 0..<n { weaveheap_bench_noop() }
    return 0
}
@inline(never) func loopAbiVersion(_ n: Int) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(abiVersion()) }
    return acc
}
@inline(never) func loopNoopU32(_ n: Int) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(weaveheap_bench_noop_u32()) }
    return acc
}
/// The same shape as a generated method: a zeroed error, the call, a check.
@inline(never) func loopNoopHandle(_ handle: UInt64, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n {
        var err = weaveheap_bench_error()
        acc &+= weaveheap_bench_noop_handle(handle, &err)
        if err.code != 0 { throw WeaveHeapError.invalidArgument(message: "") }
    }
    return acc
}

// -- wrappers against the raw C calls they make ---------------------------------------
@inline(never) func loopSize(_ buffer: Buffer, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= try buffer.size() }
    return acc
}
@inline(never) func loopSizeThreadSafe(_ buffer: ThreadSafeBuffer, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= try buffer.size() }
    return acc
}
@inline(never) func loopCSize(_ handle: UInt64, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n {
        var err = weaveheap_error()
        acc &+= weaveheap_buffer_size(handle, &err)
        try check(&err)
    }
    return acc
}
@inline(never) func loopWriteArray(_ buffer: Buffer, _ data: [UInt8], _ n: Int) throws -> UInt64 {
    for _ in 0..<n { try buffer.write(offset: 0, data: data) }
    return 0
}
@inline(never) func loopWriteData(_ buffer: Buffer, _ data: Data, _ n: Int) throws -> UInt64 {
    for _ in 0..<n { try buffer.write(offset: 0, data: data) }
    return 0
}
@inline(never) func loopCWriteData(_ handle: UInt64, _ data: Data, _ n: Int) throws -> UInt64 {
    for _ in 0..<n {
        try data.withUnsafeBytes { bytes in
            var err = weaveheap_error()
            weaveheap_buffer_write(handle, 0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
                                   UInt64(bytes.count), &err)
            try check(&err)
        }
    }
    return 0
}
@inline(never) func loopCWrite(_ handle: UInt64, _ data: [UInt8], _ n: Int) throws -> UInt64 {
    try data.withUnsafeBufferPointer { bytes in
        for _ in 0..<n {
            var err = weaveheap_error()
            weaveheap_buffer_write(handle, 0, bytes.baseAddress, UInt64(bytes.count), &err)
            try check(&err)
        }
    }
    return 0
}
@inline(never) func loopView(_ buffer: Buffer, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= try buffer.view { UInt64($0[0]) } }
    return acc
}
@inline(never) func loopCView(_ handle: UInt64, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n {
        var view = weaveheap_view()
        var err = weaveheap_error()
        let token = weaveheap_borrow_shared(handle, &view, &err)
        try check(&err)
        acc &+= UInt64(view.data[0])
        weaveheap_borrow_release(token, nil)
    }
    return acc
}
@inline(never) func loopAllocClose(_ region: Region, _ n: Int) throws -> UInt64 {
    for _ in 0..<n {
        let buffer = try region.alloc(size: 16)
        try buffer.close()
    }
    return 0
}
@inline(never) func loopCAllocRelease(_ region: UInt64, _ n: Int) throws -> UInt64 {
    for _ in 0..<n {
        var err = weaveheap_error()
        let buffer = weaveheap_buffer_alloc(region, 16, 16, &err)
        try check(&err)
        weaveheap_buffer_release(buffer, &err)
        try check(&err)
    }
    return 0
}
@inline(never) func loopStringText(_ region: Region, _ n: Int) throws -> UInt64 {
    for _ in 0..<n { try region.string(text: "hello, world").close() }
    return 0
}
@inline(never) func loopStringBytes(_ region: Region, _ text: [UInt8], _ n: Int) throws -> UInt64 {
    for _ in 0..<n { try region.string(text: text).close() }
    return 0
}
@inline(never) func loopCString(_ region: UInt64, _ n: Int) throws -> UInt64 {
    var text = "hello, world"
    try text.withUTF8 { bytes in
        for _ in 0..<n {
            var err = weaveheap_error()
            let string = weaveheap_string_create(region, bytes.baseAddress, UInt64(bytes.count), &err)
            try check(&err)
            weaveheap_string_release(string, &err)
            try check(&err)
        }
    }
    return 0
}

struct Pair {
    let name: String
    let core: (Int) throws -> UInt64
    let peerName: String
    let peer: (Int) throws -> UInt64
    let scale: Int          // fewer calls for the cases that allocate
}

let region = try Region()
let buffer = try region.alloc(size: 64)
let safeRegion = try ThreadSafeRegion()
let safeBuffer = try safeRegion.alloc(size: 64)
let bytes = [UInt8](repeating: 7, count: 16)
let data = Data(bytes)
let hello = Array("hello, world".utf8)
// Allocation loops reset their regions between rounds, so every round starts alike.
let allocRegion = try Region()
let cAllocRegion = try Region()
let noopHandle = "C no-op (handle, error*) -> u64, error checked"
let pairs = [
    Pair(name: "publishStop()", core: loopPublishStop, peerName: "C no-op", peer: loopNoop, scale: 1),
    Pair(name: "abiVersion()", core: loopAbiVersion, peerName: "C no-op returning u32", peer: loopNoopU32, scale: 1),
    Pair(name: "buffer.size()", core: { try loopSize(buffer, $0) },
         peerName: noopHandle, peer: { try loopNoopHandle(buffer.handle, $0) }, scale: 1),
    Pair(name: "buffer.size()", core: { try loopSize(buffer, $0) },
         peerName: "weaveheap_buffer_size (C)", peer: { try loopCSize(buffer.handle, $0) }, scale: 1),
    Pair(name: "ThreadSafeBuffer.size()", core: { try loopSizeThreadSafe(safeBuffer, $0) },
         peerName: "weaveheap_buffer_size (C)", peer: { try loopCSize(safeBuffer.handle, $0) }, scale: 1),
    Pair(name: "buffer.write(16 B [UInt8])", core: { try loopWriteArray(buffer, bytes, $0) },
         peerName: "weaveheap_buffer_write (C)", peer: { try loopCWrite(buffer.handle, bytes, $0) }, scale: 2),
    Pair(name: "buffer.write(16 B Data)", core: { try loopWriteData(buffer, data, $0) },
         peerName: "weaveheap_buffer_write (C)", peer: { try loopCWrite(buffer.handle, bytes, $0) }, scale: 2),
    Pair(name: "buffer.write(16 B Data)", core: { try loopWriteData(buffer, data, $0) },
         peerName: "Data.withUnsafeBytes + weaveheap_buffer_write (C)",
         peer: { try loopCWriteData(buffer.handle, data, $0) }, scale: 2),
    Pair(name: "buffer.view { } (shared)", core: { try loopView(buffer, $0) },
         peerName: "borrow_shared + release (C)", peer: { try loopCView(buffer.handle, $0) }, scale: 2),
    Pair(name: "region.alloc + close()", core: { try loopAllocClose(allocRegion, $0) },
         peerName: "buffer_alloc + release (C)", peer: { try loopCAllocRelease(cAllocRegion.handle, $0) }, scale: 10),
    Pair(name: "region.string(text: [UInt8]) + close()", core: { try loopStringBytes(allocRegion, hello, $0) },
         peerName: "string_create + release (C)", peer: { try loopCString(cAllocRegion.handle, $0) }, scale: 10),
    Pair(name: "region.string(text: String) + close()", core: { try loopStringText(allocRegion, $0) },
         peerName: "string_create + release (C)", peer: { try loopCString(cAllocRegion.handle, $0) }, scale: 10),
]

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
func fmt(_ x: Double) -> String {
    let scaled = (x * 100).rounded() / 100
    return "\(scaled)"
}

print("B9 Swift: \(rounds) rounds of \(calls) calls, ns per call (median / min)")
for pair in pairs {
    var core: [Double] = [], peer: [Double] = []
    let n = calls / pair.scale
    for round in 0..<rounds {           // alternate which goes first
        try allocRegion.reset()
        try cAllocRegion.reset()
        if round % 2 == 0 {
            core.append(try time(n, pair.core))
            peer.append(try time(n, pair.peer))
        } else {
            peer.append(try time(n, pair.peer))
            core.append(try time(n, pair.core))
        }
    }
    let ratio = median(core) / median(peer)
    print("\(pair.name): \(fmt(median(core))) / \(fmt(core.min()!))  vs  \(pair.peerName): "
          + "\(fmt(median(peer))) / \(fmt(peer.min()!))  ratio \(fmt(ratio))x")
}
try buffer.close()
try safeBuffer.close()
try region.close()
try safeRegion.close()
if sink == 42 { print("") }
