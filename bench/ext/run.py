"""B12 from Python (issue 11): zpack.crc32(buf), the generated extension
package taking a weaveheap Buffer, against a hand-written METH_FASTCALL
binding of the same zlib crc32 taking a buffer-protocol object (a memoryview
of the same Buffer: CPython's own zero-copy mechanism), and against copying
the bytes in first (bytes(view), then the same hand-written crc32: what a
copying generator does), at 64 B .. 256 MiB.

Fair: the same bytes (one Buffer a size), the same crc32 loop (zpack.c's),
the same number of calls for every row of a size, each row's loop the same
Python code with the function and argument bound as locals. Each round times
every row once, in a rotating order, by the thread's CPU time; a ratio is the
median of the per-round ratios. "net" takes off an empty loop of the same
shape measured in the same round (the interpreter's loop, not the binding).

    cmake --build <build> --target bench_ext && bench/ext/run.sh <build>
    PYTHONPATH=... python3 bench/ext/run.py [--rounds 11] [--max-size 268435456]
"""
import argparse
import statistics
import sys
import time

import bench_ext_peer
import weaveheap
import zpack

SIZES = [64, 4096, 65536, 1 << 20, 16 << 20, 256 << 20]
PATTERN = bytes(((i * 7) ^ (i >> 9)) & 0xFF for i in range(1 << 16))


def loop_of(f):
    """n calls of f(x), the same code for every row."""
    def run(n, x):
        for _ in range(n):
            f(x)
    return run


def empty(x):
    return x


def table(size, rounds):
    region = weaveheap.Region()
    buf = region.alloc(size, align=64)
    with buf.view(writable=True) as w:
        for off in range(0, size, len(PATTERN)):
            chunk = min(len(PATTERN), size - off)
            w[off:off + chunk] = PATTERN[:chunk]
    view = buf.view()                       # the hand-written path's argument, held (a shared borrow)
    peer = bench_ext_peer.crc32
    copy = lambda v: peer(bytes(v))         # noqa: E731  what a copying binding does
    rows = {
        "empty loop": (loop_of(empty), view),
        "hand-written (memoryview)": (loop_of(peer), view),
        "zpack.crc32(buf)": (loop_of(zpack.crc32), buf),
        "copy in (bytes(view))": (loop_of(copy), view),
        # the same C function given the raw int handle instead of the Buffer
        "zpack.crc32(handle)": (loop_of(zpack.crc32), buf.handle),
    }
    want = peer(view)
    assert zpack.crc32(buf) == want == copy(view), "the rows disagree"
    before = region.stats()
    zpack.crc32(buf)
    assert region.stats().copies == before.copies, "the extension copied"
    # the same number of calls for every row: >= 30 ms of the hand-written row, >= 3 calls
    calls, hand = 3, rows["hand-written (memoryview)"]
    while True:
        t0 = time.thread_time_ns()
        hand[0](calls, hand[1])
        if time.thread_time_ns() - t0 >= 30e6:
            break
        calls *= 2
    names = list(rows)
    for fn, x in rows.values():              # warm-up
        fn(calls, x)
    per = {n: [] for n in names}
    for r in range(rounds):
        for k in range(len(names)):
            name = names[(r + k) % len(names)]
            fn, x = rows[name]
            t0 = time.thread_time_ns()
            fn(calls, x)
            per[name].append((time.thread_time_ns() - t0) / calls)
    view.release()
    buf.close()
    region.close()
    e, h = per["empty loop"], per["hand-written (memoryview)"]
    z, c = per["zpack.crc32(buf)"], per["copy in (bytes(view))"]
    raw = per["zpack.crc32(handle)"]
    med = statistics.median
    return {
        "size": size, "calls": calls,
        "hand": med(h), "ext": med(z), "copy": med(c), "empty": med(e),
        "ext_ratio": med([a / b for a, b in zip(z, h)]),
        "ext_net_ratio": med([(a - m) / (b - m) for a, b, m in zip(z, h, e)]),
        "ext_minus_hand": med([a - b for a, b in zip(z, h)]),
        "copy_ratio": med([a / b for a, b in zip(c, h)]),
        "raw_ratio": med([(a - m) / (b - m) for a, b, m in zip(raw, h, e)]),
    }


def fmt(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} us"
    return f"{ns:.1f} ns"


def size_name(n):
    for unit, k in (("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= k:
            return f"{n // k} {unit}"
    return f"{n} B"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("--max-size", type=int, default=SIZES[-1])
    args = ap.parse_args()
    print(f"\n### B12 from Python ({sys.version.split()[0]}), {args.rounds} rounds, thread CPU time\n")
    print("| size | calls | hand-written | zpack.crc32 | copy in | empty loop | **zpack / hand** | net | zpack - hand | copy / hand | zpack.crc32(buf.handle) / hand, net |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in SIZES:
        if size > args.max_size:
            break
        t = table(size, args.rounds)
        print(f"| {size_name(size)} | {t['calls']} | {fmt(t['hand'])} | {fmt(t['ext'])} | {fmt(t['copy'])} | "
              f"{fmt(t['empty'])} | **{t['ext_ratio']:.3f}x** | {t['ext_net_ratio']:.3f}x | "
              f"{t['ext_minus_hand']:+.1f} ns | {t['copy_ratio']:.2f}x | {t['raw_ratio']:.3f}x |", flush=True)


if __name__ == "__main__":
    main()
