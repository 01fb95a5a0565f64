"""B6 and B8 from Python, every peer in the same run, interleaved, after a
warm-up; prints medians and ratios as Markdown tables (ratios first).

    cmake -S . -B build-python -DWEAVEHEAP_PYTHON=ON && cmake --build build-python -j2 --target bench_python
    python3 bench/python/run.py --build build-python [--rounds 15] [--quick]

B6: a trivial core call (abi_version), a call on a handle (buffer_size), an
alloc + release pair and a view, against a hand-written METH_FASTCALL floor,
SWIG without -builtin, ctypes, cffi (ABI mode), pybind11 and nanobind.
Times are per call, minus the empty timing loop ("net"); ratios use net
times. B8: zero-copy handoffs (memoryview, numpy.from_dlpack, pyarrow.array)
at 64 B .. 256 MiB next to the copies that grow with size."""
import argparse
import ctypes
import gc
import json
import statistics
import sys
import timeit
from pathlib import Path


def load(build: Path):
    paths = json.loads((build / "bench" / "python" / "peers" / "paths.json").read_text())
    sys.path[:0] = [paths["package"], paths["peers"]]
    return paths


def measure(peers: dict, number: int, rounds: int) -> dict:
    """{name: (stmt, globals)} -> {name: median ns per call}, interleaved."""
    timers = {n: timeit.Timer(stmt, globals=g) for n, (stmt, g) in peers.items()}
    for t in timers.values():                       # warm-up
        t.timeit(max(1, number // 10))
    samples = {n: [] for n in timers}
    for _ in range(rounds):
        for n, t in timers.items():
            samples[n].append(t.timeit(number) / number * 1e9)
    return {n: statistics.median(s) for n, s in samples.items()}


def b6(paths, rounds: int, number: int):
    import weaveheap
    from weaveheap import native
    import bench_floor
    import bench_swig_proxy
    peers_cpp = {}
    for name, key in (("bench_pybind11", "pybind11"), ("bench_pybind11_debian", "pybind11_debian"),
                      ("bench_nanobind", "nanobind")):
        try:
            peers_cpp[key] = __import__(name)
        except ImportError:
            print(f"({name} was not built: skipped)")
    lib = ctypes.CDLL(paths["libweaveheap"])
    ct_abi = lib.weaveheap_abi_version
    ct_abi.restype, ct_abi.argtypes = ctypes.c_uint32, []
    ct_size = lib.weaveheap_buffer_size
    ct_size.restype, ct_size.argtypes = ctypes.c_uint64, [ctypes.c_uint64, ctypes.c_void_p]
    try:
        import cffi
        ffi = cffi.FFI()
        ffi.cdef("uint32_t weaveheap_abi_version(void); uint64_t weaveheap_buffer_size(uint64_t, void*);")
        cf = ffi.dlopen(paths["libweaveheap"])
    except ImportError:
        cf = None

    region = weaveheap.Region()
    buf = region.alloc(64)
    h = buf.handle
    # The peers share the shared library's core (the package has its own):
    # a buffer there for them.
    lib.weaveheap_region_create.restype = ctypes.c_uint64
    lib.weaveheap_region_create.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.weaveheap_buffer_alloc.restype = ctypes.c_uint64
    lib.weaveheap_buffer_alloc.argtypes = [ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_void_p]
    r_shared = lib.weaveheap_region_create(None, None)
    h_shared = lib.weaveheap_buffer_alloc(r_shared, 64, 16, None)
    assert ct_size(h_shared, None) == 64
    ba = bytearray(64)
    fb = bench_floor.Buffer(h_shared)  # the tight floor's object, on the peers' buffer
    nb = peers_cpp["nanobind"].Buffer(h_shared) if "nanobind" in peers_cpp else None
    assert fb.size() == 64 and (nb is None or nb.size() == 64)
    g = dict(fb=fb, nb=nb, hs=h_shared, rs=r_shared, weaveheap=weaveheap, native=native, floor=bench_floor, proxy=bench_swig_proxy, ct_abi=ct_abi,
             ct_size=ct_size, cf=cf, buf=buf, h=h, region=region, r=region.handle, ba=ba,
             abi=weaveheap.abi_version, size=buf.size, **peers_cpp)
    groups = {
        "trivial call: abi_version()": {
            "empty loop": "pass",
            "floor (METH_FASTCALL)": "floor.abi_version()",
            "weaveheap (SWIG -builtin)": "abi()",
            "floor (METH_NOARGS, SWIG's convention)": "floor.abi_version_noargs()",
            "SWIG without -builtin": "proxy.abi_version()",
            "ctypes": "ct_abi()",
            "cffi (ABI)": "cf.weaveheap_abi_version()" if cf else None,
            "pybind11 2.10 (Debian)": "pybind11_debian.abi_version()" if "pybind11_debian" in peers_cpp else None,
            "pybind11 3 (PyPI)": "pybind11.abi_version()" if "pybind11" in peers_cpp else None,
            "nanobind": "nanobind.abi_version()" if "nanobind" in peers_cpp else None,
        },
        "call on a handle: buffer_size": {
            "empty loop": "pass",
            "floor (METH_FASTCALL)": "floor.buffer_size(hs)",
            "tight floor: fb.size() (METH_NOARGS on an object)": "fb.size()",
            "weaveheap buf.size()": "buf.size()",
            "weaveheap native.buffer_size(h)": "native.buffer_size(h)",
            "SWIG without -builtin": "proxy.buffer_size(hs)",
            "ctypes (no error value)": "ct_size(hs, None)",
            "cffi (ABI, no error value)": "cf.weaveheap_buffer_size(hs, cf_null)" if cf else None,
            "pybind11 2.10 (Debian)": "pybind11_debian.buffer_size(hs)" if "pybind11_debian" in peers_cpp else None,
            "pybind11 3 (PyPI)": "pybind11.buffer_size(hs)" if "pybind11" in peers_cpp else None,
            "nanobind": "nanobind.buffer_size(hs)" if "nanobind" in peers_cpp else None,
            "nanobind nb.size() (a method, like buf.size())": "nb.size()" if "nanobind" in peers_cpp else None,
        },
        "alloc 32 B + release": {
            "empty loop": "pass",
            "floor (METH_FASTCALL, one call)": "floor.alloc_release(rs)",
            "weaveheap r.alloc(32).close()": "region.alloc(32).close()",
            "weaveheap native (two calls)": "native.buffer_release(native.buffer_alloc(r, 32))",
        },
        "view: create + release": {
            "empty loop": "pass",
            "memoryview(bytearray) (no borrow)": "memoryview(ba).release()",
            "weaveheap memoryview(buf)": "memoryview(buf).release()",
            "weaveheap buf.view(writable=True)": "buf.view(writable=True).release()",
        },
    }
    if cf:
        g["cf_null"] = ffi.NULL
    results = {}
    for title, peers in groups.items():
        peers = {n: (s, g) for n, s in peers.items() if s}
        results[title] = measure(peers, number, rounds)
    buf.close()
    region.close()
    return results


def report_b6(results):
    print("## B6: calls from Python (median ns per call, net of the empty loop)\n")
    lines = []
    for title, res in results.items():
        empty = res.pop("empty loop")
        net = {n: max(v - empty, 0.01) for n, v in res.items()}
        base = next(iter(net))
        ours = next(n for n in net if n.startswith("weaveheap"))
        print(f"### {title}\n")
        print(f"| peer | median ns | net ns | vs {base} | {ours} is faster by |")
        print("|---|---|---|---|---|")
        for n, v in res.items():
            print(f"| {n} | {v:.1f} | {net[n]:.1f} | {net[n] / net[base]:.2f}x | "
                  f"{net[n] / net[ours]:.2f}x |")
        print(f"\n(empty timing loop: {empty:.1f} ns)\n")
        lines.append((title, net, base, ours))
    return lines


def b8(rounds: int, quick: bool):
    import weaveheap
    try:
        import numpy as np
    except ImportError:
        np = None
    try:
        import pyarrow as pa
    except ImportError:
        pa = None
    sizes = [64, 64 << 10, 1 << 20, 16 << 20] + ([] if quick else [256 << 20])
    region = weaveheap.Region()
    rows = []
    for size in sizes:
        buf = region.alloc(size, align=64)
        dst = bytearray(size)
        mv_keep = memoryview(dst)
        with buf.view(writable=True) as w:           # touch every page once
            w[:] = b"\x01" * size if size <= (16 << 20) else bytes(size)
        view = buf.view()
        g = dict(buf=buf, np=np, pa=pa, view=view, dst=dst, mv_keep=mv_keep)
        copy_number = max(3, min(20000, (1 << 28) // max(size, 1) // 4))
        peers = {"memoryview(buf)": ("memoryview(buf).release()", g)}
        if np is not None:
            peers["numpy.from_dlpack(buf)"] = ("np.from_dlpack(buf)", g)
        if pa is not None:
            peers["pyarrow.array(buf)"] = ("pa.array(buf)", g)
        copies_before = weaveheap.stats().copies
        zero = measure(peers, 20000 if not quick else 2000, rounds)
        zero_copies = weaveheap.stats().copies - copies_before
        view.release()
        gc.collect()
        view = buf.view()
        g["view"] = view
        copy = measure({"bytes(view) (copy)": ("bytes(view)", g),
                        "memcpy (dst[:] = view)": ("mv_keep[:] = view", g)},
                       copy_number, max(3, rounds // 3))
        view.release()
        buf.close()
        rows.append((size, zero, copy, zero_copies))
    region.close()
    return rows


def human(n):
    for unit, shift in (("MiB", 20), ("KiB", 10)):
        if n >= 1 << shift:
            return f"{n >> shift} {unit}"
    return f"{n} B"


def report_b8(rows):
    print("## B8: zero-copy handoff vs copies (median ns per handoff)\n")
    names = list(rows[0][1]) + list(rows[0][2])
    print("| size | " + " | ".join(names) + " | copy / memoryview | copies counted (zero-copy runs) |")
    print("|---" * (len(names) + 3) + "|")
    for size, zero, copy, counted in rows:
        vals = {**zero, **copy}
        ratio = copy["bytes(view) (copy)"] / zero["memoryview(buf)"]
        print(f"| {human(size)} | " + " | ".join(f"{vals[n]:.0f}" for n in names) +
              f" | {ratio:.0f}x | {counted} |")
    first, last = rows[0], rows[-1]
    print()
    for n in first[1]:
        print(f"- {n}: {last[1][n] / first[1][n]:.2f}x from {human(first[0])} to {human(last[0])} (flat = 1)")
    print(f"- bytes() copy: {last[2]['bytes(view) (copy)'] / first[2]['bytes(view) (copy)']:.0f}x over the "
          f"same range")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", type=Path, default=Path("build-python"))
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--number", type=int, default=200000, help="calls per B6 sample")
    ap.add_argument("--quick", action="store_true", help="fewer calls, no 256 MiB")
    args = ap.parse_args()
    paths = load(args.build.resolve())
    if args.quick:
        args.rounds, args.number = 5, 20000
    lines = report_b6(b6(paths, args.rounds, args.number))
    rows = b8(args.rounds, args.quick)
    print("## Ratios (targets from BENCHMARKS.md)\n")
    for title, net, base, ours in lines:
        print(f"- {title}: weaveheap / floor = {net[ours] / net[base]:.2f}x" +
              "".join(f"; {n} / weaveheap = {net[n] / net[ours]:.1f}x" for n in net
                      if n.split(" ")[0] in ("pybind11", "nanobind", "ctypes", "cffi")))
    print("  (targets: <= 1.5x the floor; pybind11 >= 3x slower; ctypes >= 8x slower)\n")
    # issue 14: the handle call against like-for-like peers (a method on an
    # object holding the handle, one attribute lookup each)
    for title, net, base, ours in lines:
        tight = "tight floor: fb.size() (METH_NOARGS on an object)"
        nb = "nanobind nb.size() (a method, like buf.size())"
        if tight in net:
            print(f"- issue 14, {title}: {ours} / {tight} = {net[ours] / net[tight]:.2f}x (target <= 1.3x)" +
                  (f"; / {nb} = {net[ours] / net[nb]:.2f}x (target <= 1.2x)" if nb in net else ""))
    print()
    report_b8(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
