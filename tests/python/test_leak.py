"""No leak: create / view / release / close in a loop keeps process memory
and the core's live counters flat."""
import gc

import weaveheap


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def cycle(n):
    import numpy as np
    for i in range(n):
        with weaveheap.Region() as r:
            buf = r.alloc(4096)
            with buf.view(writable=True) as mv:
                mv[0] = i & 0xFF
            with memoryview(buf) as mv:
                assert mv[0] == i & 0xFF
            a = np.from_dlpack(buf)
            del a
            s = r.string("x" * 100)
            assert s.dup() == "x" * 100
            b = r.bytes(b"y" * 100)
            assert b.dup() == b"y" * 100
            try:
                r.string(b"\xff")
            except weaveheap.InvalidUtf8Error:
                pass
            buf.close()
            s.close()
            b.close()


def live(stats):
    return (stats.regions_live, stats.bytes_live, stats.borrows_active)


def test_loop_keeps_memory_and_counters_flat():
    cycle(2000)                     # warm up: allocator pools, numpy caches
    gc.collect()
    base_rss, base = rss_kib(), live(weaveheap.stats())
    cycle(20000)
    gc.collect()
    grown = rss_kib() - base_rss
    assert live(weaveheap.stats()) == base
    assert grown < 2048, f"RSS grew by {grown} KiB over 20000 cycles"
