// B12 from Swift (issue 11): Zpack.crc32(src: buf), the generated extension
// package taking a WeaveHeap Buffer, against a hand-written binding of the
// same zlib crc32 called with an UnsafeRawBufferPointer of a view of the same
// Buffer (Swift's own zero-copy path), and against copying the bytes in first
// (into a [UInt8], then the same hand-written crc32: what a copying binding
// does), at 64 B .. 256 MiB.
//
// Fair: the same bytes (one Buffer a size), the same crc32 loop (zpack.c's,
// crc_pieces.h), the same number of calls for every row of a size, each row a
// loop function of the same shape. Each round times every row once, in a
// rotating order, after a warm-up, by the thread's CPU time; a ratio is the
// median of the per-round ratios. Before timing, every row must return the
// same checksum and the extension's call must leave the region's copy counter
// unchanged. Usage: bench-ext-swift [rounds] [max size]
import ExtPeer
import Glibc
import WeaveHeap
import Zpack

let args = CommandLine.arguments
let rounds = args.count > 1 ? Int(args[1])! : 11
let maxSize = args.count > 2 ? UInt64(args[2])! : 256 << 20
let sizes: [UInt64] = [64, 4096, 65536, 1 << 20, 16 << 20, 256 << 20]

func now() -> Int64 {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
}

nonisolated(unsafe) var sink: UInt64 = 0

/// The hand-written binding: the view's base address and count.
@inline(__always) func peer(_ raw: UnsafeRawBufferPointer) -> UInt32 {
    bench_ext_peer_crc32(raw.baseAddress, UInt64(raw.count))
}

@inline(never) func loopHand(_ n: Int, _ raw: UnsafeRawBufferPointer) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(peer(raw)) }
    return acc
}

@inline(never) func loopZpack(_ n: Int, _ buf: Buffer) throws -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(try Zpack.crc32(src: buf)) }
    return acc
}

@inline(never) func copyIn(_ raw: UnsafeRawBufferPointer) -> UInt32 {
    let copied = [UInt8](raw)
    return copied.withUnsafeBytes { peer($0) }
}

@inline(never) func loopCopy(_ n: Int, _ raw: UnsafeRawBufferPointer) -> UInt64 {
    var acc: UInt64 = 0
    for _ in 0..<n { acc &+= UInt64(copyIn(raw)) }
    return acc
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

/// `x` with `digits` decimals (no Foundation in this package).
func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int64((abs(x) * scale).rounded())
    let whole = scaled / Int64(scale), part = String(scaled % Int64(scale))
    let sign = x < 0 && scaled != 0 ? "-" : ""
    return digits == 0 ? "\(sign)\(whole)"
        : "\(sign)\(whole)." + String(repeating: "0", count: digits - part.count) + part
}

func fmt(_ ns: Double) -> String {
    if ns >= 1e6 { return fixed(ns / 1e6, 2) + " ms" }
    if ns >= 1e3 { return fixed(ns / 1e3, 2) + " us" }
    return fixed(ns, 1) + " ns"
}

func sizeName(_ n: UInt64) -> String {
    if n >= 1 << 20 { return "\(n >> 20) MiB" }
    if n >= 1 << 10 { return "\(n >> 10) KiB" }
    return "\(n) B"
}

func table(_ size: UInt64) throws -> String {
    let region = try Region()
    let buf = try region.alloc(size: size, align: 64)
    try buf.view(.unique) { (w: UnsafeMutableRawBufferPointer) in
        for i in 0..<w.count { w[i] = UInt8(truncatingIfNeeded: (i &* 7) ^ (i >> 9)) }
    }
    let view = try buf.view()             // the hand-written path's pointer, held (a shared borrow)
    let line: String = try view.withUnsafeBytes { raw in
        let want = peer(raw)
        let before = try region.stats()
        guard try Zpack.crc32(src: buf) == want, copyIn(raw) == want else { fatalError("the rows disagree") }
        guard try region.stats().copies == before.copies else { fatalError("the extension copied") }
        let rows: [(Int) throws -> UInt64] = [
            { n in loopHand(n, raw) },
            { n in try loopZpack(n, buf) },
            { n in loopCopy(n, raw) },
        ]
        // the same number of calls for every row: >= 30 ms of the hand-written row, >= 3
        var calls = 3
        while true {
            let t0 = now()
            sink &+= try rows[0](calls)
            if now() - t0 >= 30_000_000 { break }
            calls *= 2
        }
        for row in rows { sink &+= try row(calls) }      // warm-up
        var per: [[Double]] = Array(repeating: [], count: rows.count)
        for r in 0..<rounds {
            for k in 0..<rows.count {
                let i = (k + r) % rows.count
                let t0 = now()
                sink &+= try rows[i](calls)
                per[i].append(Double(now() - t0) / Double(calls))
            }
        }
        let ratio = { (a: [Double], b: [Double]) in median(zip(a, b).map { $0 / $1 }) }
        let diff = median(zip(per[1], per[0]).map { $0 - $1 })
        return "| \(sizeName(size)) | \(calls) | \(fmt(median(per[0]))) | \(fmt(median(per[1]))) | "
            + "\(fmt(median(per[2]))) | **\(fixed(ratio(per[1], per[0]), 3))x** | "
            + "\(diff >= 0 ? "+" : "")\(fixed(diff, 1)) ns | \(fixed(ratio(per[2], per[0]), 2))x |"
    }
    try view.close()
    try buf.close()
    try region.close()
    return line
}

print("\n### B12 from Swift (release), \(rounds) rounds, thread CPU time\n")
print("| size | calls | hand-written | Zpack.crc32 | copy in | **zpack / hand** | zpack - hand | copy / hand |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for size in sizes where size <= maxSize {
    print(try table(size))
}
