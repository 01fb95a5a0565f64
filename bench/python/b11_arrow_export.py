"""B11: a typed vector handed to pyarrow through the Arrow PyCapsule
interface (the core's own Arrow C Data export), at 10^3 .. 10^7 rows: the
cost must be flat in rows (no per-row work, no copy). Peers in the same run,
interleaved, after a warm-up (bench/README.md): pyarrow.array(numpy) (pyarrow's
own zero-copy import of a numpy array, the issue's peer) and a copying path
(numpy copies the vector's values, then pyarrow takes the copy).

    cmake -S . -B build -DWEAVEHEAP_PYTHON=ON && cmake --build build -j2 --target weaveheap_python
    PYTHONPATH=build/bindings/python python3 bench/python/b11_arrow_export.py [--rounds 15] [--quick]

Each timed operation is a whole round trip: the export (or import) made,
the pyarrow array built over it, then dropped, so that the borrow is given
back by the release callback before the next one."""
import argparse
import gc
import statistics
import struct
import sys
import timeit


def measure(peers: dict, number: int, rounds: int) -> dict:
    """{name: (stmt, globals)} -> {name: median ns per call}, interleaved."""
    timers = {n: timeit.Timer(stmt, globals=g) for n, (stmt, g) in peers.items()}
    for t in timers.values():                       # warm-up
        t.timeit(max(1, number // 10))
    samples = {n: [] for n in timers}
    for r in range(rounds):
        order = list(timers.items())
        order = order[r % len(order):] + order[:r % len(order)]   # rotating order
        for n, t in order:
            samples[n].append(t.timeit(number) / number * 1e9)
    return {n: statistics.median(s) for n, s in samples.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--quick", action="store_true", help="5 rounds, up to 10^6 rows")
    args = ap.parse_args()
    if args.quick:
        args.rounds = 5
    import numpy as np
    import pyarrow as pa
    import weaveheap
    from weaveheap import ElementType

    rows_list = [10 ** k for k in range(3, 7 if args.quick else 8)]
    region = weaveheap.Region()
    results = []
    for rows in rows_list:
        vec = region.vector(ElementType.INT64, rows)
        values = np.arange(rows, dtype=np.int64)
        vec.extend(values.tobytes())
        g = dict(pa=pa, np=np, vec=vec, values=values)
        copies = weaveheap.stats().copies
        zero = measure({
            "pyarrow.array(vector)": ("pa.array(vec)", g),
            "pyarrow.array(numpy)": ("pa.array(values)", g),
        }, 2000, args.rounds)
        export_copies = weaveheap.stats().copies - copies
        number = max(3, min(2000, 10 ** 8 // rows // 8))
        copy = measure({"copy, then pyarrow": ("pa.array(np.frombuffer(vec.view(), np.int64).copy())", g)},
                       number, max(3, args.rounds // 3))
        assert region.stats().borrows_active == 0
        gc.collect()
        vec.close()
        region.reset()
        results.append((rows, zero, copy, export_copies))
    region.close()

    print("## B11: Arrow export of a typed vector (median ns per pyarrow array)\n")
    print("| rows | pyarrow.array(vector) | pyarrow.array(numpy) | copy, then pyarrow | vector / numpy | "
          "copy / vector | copies counted (exports) |")
    print("|---|---|---|---|---|---|---|")
    for rows, zero, copy, counted in results:
        v, n, c = zero["pyarrow.array(vector)"], zero["pyarrow.array(numpy)"], copy["copy, then pyarrow"]
        print(f"| 10^{len(str(rows)) - 1} | {v:.0f} | {n:.0f} | {c:.0f} | {v / n:.2f}x | {c / v:.0f}x | {counted} |")
    first, last = results[0], results[-1]
    print()
    for name in first[1]:
        print(f"- {name}: {last[1][name] / first[1][name]:.2f}x from 10^3 to 10^{len(str(last[0])) - 1} rows "
              f"(flat = 1)")
    c = "copy, then pyarrow"
    print(f"- {c}: {last[2][c] / first[2][c]:.0f}x over the same range")
    return 0


if __name__ == "__main__":
    sys.exit(main())
