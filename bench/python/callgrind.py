"""B6 as instruction counts (repeatable where wall time on a shared 2-core
machine is not): valgrind --tool=callgrind counts a loop of N calls at two
values of N; the difference divided by the extra calls is the cost of one
call, loop included.

    python3 bench/python/callgrind.py --build build-python"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

TIGHT = "tight floor b.size() (METH_NOARGS on an object)"
NANOBIND = "nanobind b.size() (a method on an object)"
OURS = "weaveheap buf.size() (a generated METH_NOARGS method)"
PEERS = {
    "empty loop": ("", "pass"),
    "floor abi_version (METH_FASTCALL)": ("import bench_floor as m", "m.abi_version()"),
    "floor abi_version (METH_NOARGS)": ("import bench_floor as m", "m.abi_version_noargs()"),
    "weaveheap.abi_version() (SWIG -builtin)": ("import weaveheap as m", "m.abi_version()"),
    "pybind11 2.10 abi_version": ("import bench_pybind11_debian as m", "m.abi_version()"),
    "pybind11 3 abi_version": ("import bench_pybind11 as m", "m.abi_version()"),
    "nanobind abi_version": ("import bench_nanobind as m", "m.abi_version()"),
    "ctypes abi_version": ("import ctypes, json; m = ctypes.CDLL(LIB).weaveheap_abi_version; "
                           "m.restype = ctypes.c_uint32; m.argtypes = []", "m()"),
    "floor buffer_size(h) (METH_FASTCALL)": ("import bench_floor as m, ctypes; h = SHARED_BUFFER()",
                                             "m.buffer_size(h)"),
    OURS: ("import weaveheap; b = weaveheap.Region().alloc(64)", "b.size()"),
    "pybind11 2.10 buffer_size(h)": ("import bench_pybind11_debian as m; h = SHARED_BUFFER()",
                                     "m.buffer_size(h)"),
    # issue 14: the same method call on an object holding the handle
    TIGHT: ("import bench_floor; b = bench_floor.Buffer(SHARED_BUFFER())", "b.size()"),
    NANOBIND: ("import bench_nanobind; b = bench_nanobind.Buffer(SHARED_BUFFER())", "b.size()"),
}

PRELUDE = """
import sys, ctypes
sys.path[:0] = [{package!r}, {peers!r}]
LIB = {lib!r}
def SHARED_BUFFER():
    lib = ctypes.CDLL(LIB)
    lib.weaveheap_region_create.restype = ctypes.c_uint64
    lib.weaveheap_region_create.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    lib.weaveheap_buffer_alloc.restype = ctypes.c_uint64
    lib.weaveheap_buffer_alloc.argtypes = [ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_void_p]
    return lib.weaveheap_buffer_alloc(lib.weaveheap_region_create(None, None), 64, 16, None)
"""


def instructions(script: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        env = dict(os.environ, PYTHONHASHSEED="0")
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                              sys.executable, "-c", script], capture_output=True, text=True, env=env)
        m = re.search(r"Collected : (\d+)", run.stderr)
        if run.returncode or not m:
            raise RuntimeError(run.stderr[-2000:])
        return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", type=Path, default=Path("build-python"))
    ap.add_argument("--calls", type=int, default=100000)
    args = ap.parse_args()
    paths = json.loads((args.build.resolve() / "bench" / "python" / "peers" / "paths.json").read_text())
    prelude = PRELUDE.format(package=paths["package"], peers=paths["peers"], lib=paths["libweaveheap"])
    n1, n2 = args.calls, 2 * args.calls
    results = {}
    for name, (setup, stmt) in PEERS.items():
        body = lambda n: f"{prelude}\n{setup}\nfor _ in range({n}):\n    {stmt}\n"
        try:
            results[name] = (instructions(body(n2)) - instructions(body(n1))) / (n2 - n1)
        except RuntimeError as e:
            print(f"({name}: skipped: {str(e).strip().splitlines()[-1]})")
    empty = results.pop("empty loop")
    print("| call | instructions per call | net of the loop | vs the FASTCALL floor |")
    print("|---|---|---|---|")
    floors = {"abi_version": results.get("floor abi_version (METH_FASTCALL)"),
              "size": results.get("floor buffer_size(h) (METH_FASTCALL)")}
    for name, ir in results.items():
        floor = floors["size" if "size" in name else "abi_version"]
        print(f"| {name} | {ir:.0f} | {ir - empty:.0f} | {(ir - empty) / (floor - empty):.2f}x |")
    print(f"\n(the empty loop: {empty:.0f} instructions per iteration)")
    net = {n: results[n] - empty for n in (OURS, TIGHT, NANOBIND) if n in results}
    if OURS in net and TIGHT in net:
        print(f"\nissue 14: buf.size() / the tight floor = {net[OURS] / net[TIGHT]:.2f}x (target <= 1.3x)" +
              (f"; / nanobind's b.size() = {net[OURS] / net[NANOBIND]:.2f}x (target <= 1.2x)"
               if NANOBIND in net else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
