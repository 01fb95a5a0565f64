// B9 for Swift: each core call next to a C no-op of the same shape, called
// through the same Clang importer, in the same run, rounds interleaved.
// Prints ns per call (median and minimum of the rounds) and the ratio of the
// medians; which of the two runs first alternates by round. Usage: weaveheap-bench-swift [rounds] [calls per round]
import Glibc
import CWeaveHeap
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

var sink: UInt64 = 0

/// ns per call of a loop of `calls` calls (the loop is one @inline(never)
/// function per case, so each case calls its function directly).
func time(_ loop: (Int) throws -> UInt64) rethrows -> Double {
    let start = now()
    sink &+= try loop(calls)
    return Double(now() - start) / Double(calls)
}

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
@inline(never) func loopCAbiVersion(_ n: Int) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(weaveheap_abi_version()) }
    return acc
}
@inline(never) func loopNoopU32(_ n: Int) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(weaveheap_bench_noop_u32()) }
    return acc
}
@inline(never) func loopSize(_ buffer: Buffer, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= try buffer.size() }
    return acc
}
/// The same shape as a generated method: a zeroed error, the call, a check.
@inline(never) func loopNoopHandle(_ handle: UInt64, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n {
        var err = weaveheap_bench_error()
        acc &+= weaveheap_bench_noop_handle(handle, &err)
        if err.code != 0 { throw WeaveHeapError.make(code: err.code, message: "") }
    }
    return acc
}

@inline(never) func loopCPublishStop(_ n: Int) -> UInt64 {
    for _ in 0..<n { weaveheap_publish_stop() }
    return 0
}
/// buffer.size() without the Swift wrapper: the C call with an error value.
@inline(never) func loopCSize(_ handle: UInt64, _ n: Int) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n {
        var err = weaveheap_error()
        acc &+= weaveheap_buffer_size(handle, &err)
        if err.code != 0 { throw WeaveHeapError.make(code: err.code, message: "") }
    }
    return acc
}

struct Pair {
    let name: String
    let core: (Int) throws -> UInt64
    let peerName: String
    let peer: (Int) throws -> UInt64
}

let region = try Region()
let buffer = try region.alloc(size: 64)
let pairs = [
    Pair(name: "publishStop()", core: loopPublishStop, peerName: "C no-op", peer: loopNoop),
    Pair(name: "weaveheap_publish_stop() (C, no wrapper)", core: loopCPublishStop,
         peerName: "C no-op", peer: loopNoop),
    Pair(name: "abiVersion()", core: loopAbiVersion, peerName: "C no-op returning u32", peer: loopNoopU32),
    Pair(name: "weaveheap_abi_version() (C, no wrapper)", core: loopCAbiVersion,
         peerName: "C no-op returning u32", peer: loopNoopU32),
    Pair(name: "buffer.size() (throws; handle check)", core: { try loopSize(buffer, $0) },
         peerName: "C no-op (handle, error*) -> u64, error checked", peer: { try loopNoopHandle(buffer.handle, $0) }),
    Pair(name: "weaveheap_buffer_size() (C, no wrapper)", core: { try loopCSize(buffer.handle, $0) },
         peerName: "C no-op (handle, error*) -> u64, error checked", peer: { try loopNoopHandle(buffer.handle, $0) }),
]

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
func fmt(_ x: Double) -> String {
    let scaled = (x * 100).rounded() / 100
    return "\(scaled)"
}

print("B9 Swift: \(rounds) rounds of \(calls) calls, ns per call (median / min)")
for pair in pairs {
    var core: [Double] = [], peer: [Double] = []
    for round in 0..<rounds {           // alternate which goes first
        if round % 2 == 0 {
            core.append(try time(pair.core))
            peer.append(try time(pair.peer))
        } else {
            peer.append(try time(pair.peer))
            core.append(try time(pair.core))
        }
    }
    let ratio = median(core) / median(peer)
    print("\(pair.name): \(fmt(median(core))) / \(fmt(core.min()!))  vs  \(pair.peerName): "
          + "\(fmt(median(peer))) / \(fmt(peer.min()!))  ratio \(fmt(ratio))x")
}
try buffer.close()
try region.close()
if sink == 42 { print("") }
