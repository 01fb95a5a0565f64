"""B13: structured data on Arrow layouts (issue 13), from Python, with peers
in the same run (bench/README.md, shared/BENCHMARKS.md row B13):

  export   a record batch of one int64 column, 10^3 .. 10^8 rows, handed to
           pyarrow through the PyCapsule interface (the core's Arrow C Data
           export): flat in rows. Peers: pyarrow.record_batch over
           pyarrow.array(numpy) (pyarrow's own zero-copy import) and a copying
           path (numpy copies the values, pyarrow takes the copy).
  append   a typed vector filled value by value (Vector.append) and chunk by
           chunk (Vector.extend) against array.array and numpy concatenation.
  duckdb   DuckDB SUM and GROUP BY over 10^8 f64 rows (plus an int32 key)
           read from a WeaveHeap batch stream (the C Stream export, which
           DuckDB takes through __arrow_c_stream__; and the same through a
           pyarrow.RecordBatchReader), against the same queries over a
           pyarrow table, a pyarrow stream of the same batches, and a pandas
           DataFrame; each contender in its own
           process (peak RSS is the process's), the processes run in a
           rotating order, several passes.

    cmake -S . -B build -DWEAVEHEAP_PYTHON=ON && cmake --build build -j2 --target weaveheap_python
    PYTHONPATH=build/bindings/python python3 bench/python/b13_arrow.py export [--quick]
    PYTHONPATH=build/bindings/python python3 bench/python/b13_arrow.py append [--quick]
    PYTHONPATH=build/bindings/python python3 bench/python/b13_arrow.py duckdb [--rows 100000000] [--passes 3]
    PYTHONPATH=build/bindings/python python3 bench/python/b13_arrow.py duckdb --rows 100000 --check   # the smoke test

`duckdb --check` times nothing that it asserts: it checks that every
contender's query results equal the closed form (ctest: b13_duckdb_smoke)."""
import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from array import array

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b11_arrow_export import measure  # noqa: E402  (the interleaved timeit loop B11 uses)

KEYS = 16              # GROUP BY keys
BATCH_ROWS = 1 << 20   # rows per record batch of the DuckDB stream


# -- export ---------------------------------------------------------------

def bench_export(args) -> None:
    import numpy as np
    import pyarrow as pa
    import weaveheap
    from weaveheap import ElementType

    top = 6 if args.quick else args.max_exp
    region = weaveheap.Region()
    results = []
    for k in range(3, top + 1):
        rows = 10 ** k
        values = np.arange(rows, dtype=np.int64)
        vec = region.vector(ElementType.INT64, rows)
        vec.extend(values)
        batch = region.batch(1)
        batch.add_column("x", vec)
        g = dict(pa=pa, np=np, batch=batch, vec=vec, values=values)
        copies = weaveheap.stats().copies
        zero = measure({
            "pa.record_batch(WeaveHeap batch)": ("pa.record_batch(batch)", g),
            "pa.record_batch([pa.array(numpy)])": ("pa.record_batch([pa.array(values)], names=['x'])", g),
        }, 2000, args.rounds)
        counted = weaveheap.stats().copies - copies
        number = max(2, min(2000, 10 ** 8 // rows // 8))
        copy = measure({"copy, then pyarrow": (
            "pa.record_batch([pa.array(np.frombuffer(vec.view(), np.int64).copy())], names=['x'])", g)},
            number, max(3, args.rounds // 3))
        gc.collect()
        assert region.stats().borrows_active == 1, "an export outlived its pyarrow batch"   # the batch holds its column
        batch.close()
        vec.close()
        region.reset()
        del values, g
        results.append((k, zero, copy, counted))
    region.close()

    w, n, c = "pa.record_batch(WeaveHeap batch)", "pa.record_batch([pa.array(numpy)])", "copy, then pyarrow"
    print("### B13a: Arrow export of a record batch (one int64 column), median ns per pyarrow batch\n")
    print(f"| rows | {w} | {n} | {c} | WeaveHeap / numpy | copy / WeaveHeap | copies counted (exports) |")
    print("|---|---|---|---|---|---|---|")
    for k, zero, copy, counted in results:
        print(f"| 10^{k} | {zero[w]:.0f} | {zero[n]:.0f} | {copy[c]:.0f} | {zero[w] / zero[n]:.2f}x "
              f"| {copy[c] / zero[w]:.0f}x | {counted} |")
    first, last = results[0], results[-1]
    print()
    for name in (w, n):
        print(f"- {name}: {last[1][name] / first[1][name]:.2f}x from 10^3 to 10^{last[0]} rows (flat = 1)")
    print(f"- {c}: {last[2][c] / first[2][c]:.0f}x over the same range\n")


# -- append ---------------------------------------------------------------

def rounds_of(contenders: dict, rounds: int) -> dict:
    """{name: (setup, fill)} -> {name: median seconds of fill}; one warm-up,
    then `rounds` rounds in a rotating order. Timed by the thread's CPU
    time: on the shared machine a fill of 10^7 values is long enough to be
    preempted, and wall time would count other sessions' work."""
    names = list(contenders)
    samples = {n: [] for n in names}
    for r in range(rounds + 1):
        for n in names[r % len(names):] + names[:r % len(names)]:
            setup, fill = contenders[n]
            state = setup()
            t0 = time.thread_time()
            fill(state)
            dt = time.thread_time() - t0
            if r:
                samples[n].append(dt)
            del state
    return {n: statistics.median(s) for n, s in samples.items()}


def bench_append(args) -> None:
    import numpy as np
    import weaveheap
    from weaveheap import ElementType

    region = weaveheap.Region()
    n_values = 10 ** 5 if args.quick else 10 ** 6
    n_chunked = 10 ** 6 if args.quick else 10 ** 7
    chunk = 4096
    source = np.arange(n_chunked, dtype=np.int64)
    chunks = [source[i:i + chunk] for i in range(0, n_chunked, chunk)]
    byte_chunks = [memoryview(c).cast("B") for c in chunks]      # what array.frombytes takes

    def fresh_vector(n):
        def setup():
            region.reset()
            return region.vector(ElementType.INT64, n)
        return setup

    def per_value_vector(v):
        app = v.append
        for i in range(n_values):
            app(i)
        assert v.length() == n_values

    def per_value_array(a):
        app = a.append
        for i in range(n_values):
            app(i)
        assert len(a) == n_values

    def per_value_list(a):
        app = a.append
        for i in range(n_values):
            app(i)

    per_value = rounds_of({
        "Vector.append (capacity given)": (fresh_vector(n_values), per_value_vector),
        "array.array('q').append": (lambda: array("q"), per_value_array),
        "list.append (reference)": (lambda: [], per_value_list),
    }, args.rounds)

    def chunked_vector(v):
        ext = v.extend
        for c in byte_chunks:
            ext(c)
        assert v.length() == n_chunked

    def chunked_array(a):
        ext = a.frombytes
        for c in byte_chunks:
            ext(c)
        assert len(a) == n_chunked

    def chunked_numpy(acc):
        for c in chunks:
            acc.append(c)
        out = np.concatenate(acc)
        assert len(out) == n_chunked

    def chunked_numpy_small_pages(acc):
        # numpy asks the kernel for transparent huge pages on large arrays
        # (madvise), which makes its first touch of 80 MB far cheaper than
        # anyone else's here: this row turns that off, to compare the copies
        multiarray = (np._core if hasattr(np, "_core") else np.core).multiarray
        madvise = multiarray._get_madvise_hugepage()
        multiarray._set_madvise_hugepage(False)
        try:
            chunked_numpy(acc)
        finally:
            multiarray._set_madvise_hugepage(madvise)

    per_chunk = rounds_of({
        f"Vector.extend ({chunk} values a call)": (fresh_vector(n_chunked), chunked_vector),
        "array.array('q').frombytes": (lambda: array("q"), chunked_array),
        "numpy: list of chunks + np.concatenate": (lambda: [], chunked_numpy),
        "numpy, the same without huge pages": (lambda: [], chunked_numpy_small_pages),
    }, args.rounds)
    region.close()

    print(f"### B13b: typed-vector append from Python, ns per value (median of {args.rounds} rounds)\n")
    for title, n, table, base in (
            (f"one value a call, {n_values} values", n_values, per_value, "array.array('q').append"),
            (f"{chunk} values a call, {n_chunked} values", n_chunked, per_chunk, "array.array('q').frombytes")):
        print(f"{title}:\n")
        print(f"| contender | ns per value | vs {base} |")
        print("|---|---|---|")
        for name, s in table.items():
            print(f"| {name} | {s / n * 1e9:.2f} | {s / table[base]:.2f}x |")
        print()


# -- duckdb ---------------------------------------------------------------

def make_columns(start: int, stop: int):
    """Rows start..stop-1: key = row % KEYS (int32), value = (row % 1000) / 4 (f64)."""
    import numpy as np
    rows = np.arange(start, stop, dtype=np.int64)
    return (rows % KEYS).astype(np.int32), (rows % 1000).astype(np.float64) / 4


def expected(rows: int):
    """SUM(v) and [k, SUM(v), COUNT(*)] per key, from one period of the rows
    (the key repeats every 16 rows, the value every 1000: together every
    2000). Every value is a multiple of 1/4 and every sum stays below 2^50,
    so each sum is exact in f64 whatever the order of additions."""
    full, rest = divmod(rows, 2000)
    k, v = make_columns(0, 2000)
    kr, vr = k[:rest], v[:rest]
    total = float(v.sum()) * full + float(vr.sum())
    groups = [[g, float(v[k == g].sum()) * full + float(vr[kr == g].sum()),
               int((k == g).sum()) * full + int((kr == g).sum())] for g in range(KEYS)]
    return total, groups


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def current_rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


QUERIES = {
    "SUM": "SELECT sum(v) FROM t",
    "GROUP BY": "SELECT k, sum(v), count(*) FROM t GROUP BY k ORDER BY k",
}


def duckdb_peer(name: str, rows: int, reps: int) -> dict:
    """One contender, in this process: build the rows, run each query `reps`
    times, report medians, results and memory."""
    import duckdb
    import numpy as np
    import pyarrow as pa

    base = current_rss()
    keep = []                     # what the contender's table is made of
    con = duckdb.connect()
    if name.startswith("weaveheap stream"):
        import weaveheap
        from weaveheap import ElementType
        region = weaveheap.Region()
        stream = region.batch_stream(max(1, -(-rows // BATCH_ROWS)))
        for start in range(0, rows, BATCH_ROWS):
            stop = min(rows, start + BATCH_ROWS)
            k, v = make_columns(start, stop)
            kv = region.vector(ElementType.INT32, stop - start)
            kv.extend(k)
            vv = region.vector(ElementType.FLOAT64, stop - start)
            vv.extend(v)
            b = region.batch(2)
            b.add_column("k", kv)
            b.add_column("v", vv)
            stream.add_batch(b)
            keep += [kv, vv, b]
        copies = weaveheap.stats().copies
        if name == "weaveheap stream":
            def source():             # DuckDB calls __arrow_c_stream__ at each query: no pyarrow between
                return stream
        else:
            def source():
                return pa.RecordBatchReader.from_stream(stream)
    else:
        if name == "pandas DataFrame":
            import pandas as pd
            k = np.empty(rows, dtype=np.int32)          # filled in place, batch by batch
            v = np.empty(rows, dtype=np.float64)
            for s in range(0, rows, BATCH_ROWS):
                k[s:s + BATCH_ROWS], v[s:s + BATCH_ROWS] = make_columns(s, min(rows, s + BATCH_ROWS))
            frame = pd.DataFrame({"k": k, "v": v}, copy=False)
            del k, v

            def source():
                return frame
        else:
            parts = (make_columns(s, min(rows, s + BATCH_ROWS)) for s in range(0, rows, BATCH_ROWS))
            batches = [pa.record_batch([pa.array(k), pa.array(v)], names=["k", "v"]) for k, v in parts]
            table = pa.Table.from_batches(batches)
            if name == "pyarrow table":
                def source():
                    return table
            else:
                def source():
                    return pa.RecordBatchReader.from_batches(table.schema, batches)
    built = current_rss()
    times, results = {q: [] for q in QUERIES}, {}
    for rep in range(reps + 1):              # one warm-up
        for q, sql in QUERIES.items():
            con.register("t", source())      # a stream is read once: registered anew for each query
            t0 = time.perf_counter()
            results[q] = con.execute(sql).fetchall()
            dt = time.perf_counter() - t0
            con.unregister("t")
            if rep:
                times[q].append(dt)
    out = {"name": name, "rows": rows, "times": {q: statistics.median(t) for q, t in times.items()},
           "results": [[float(x) if isinstance(x, float) else x for x in row] for rows_ in results.values()
                       for row in rows_],
           "rss_base": base, "rss_built": built, "rss_peak": peak_rss()}
    if name.startswith("weaveheap stream"):
        out["copies_during_queries"] = weaveheap.stats().copies - copies
    con.close()
    return out


PEERS = ("weaveheap stream", "weaveheap stream via pyarrow reader", "pyarrow table", "pyarrow stream",
         "pandas DataFrame")


def check_results(reports: list, rows: int) -> None:
    """Every contender's SUM and GROUP BY equal the exact values."""
    total, groups = expected(rows)
    for rep in reports:
        got = rep["results"]
        assert got[0] == [total], f"{rep['name']}: SUM {got[0]} != {total}"
        assert got[1:] == groups, f"{rep['name']}: GROUP BY {got[1:]} != {groups}"
        if "copies_during_queries" in rep:
            assert rep["copies_during_queries"] == 0, f"{rep['name']}: the queries made copies"


def bench_duckdb(args) -> None:
    passes = 1 if args.check else args.passes
    reports = {p: [] for p in PEERS}
    for r in range(passes):
        for p in PEERS[r % len(PEERS):] + PEERS[:r % len(PEERS)]:
            cmd = [sys.executable, os.path.abspath(__file__), "duckdb-peer", p, "--rows", str(args.rows),
                   "--reps", str(1 if args.check else args.reps)]
            done = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
            reports[p].append(json.loads(done.stdout.strip().splitlines()[-1]))
    check_results([rep for reps in reports.values() for rep in reps], args.rows)
    if args.check:
        print(f"b13 duckdb smoke: {len(PEERS)} contenders, SUM and GROUP BY over {args.rows} rows equal the "
              f"closed form; the WeaveHeap stream's queries made 0 copies")
        return
    rows = args.rows
    data = rows * (4 + 8)
    med = {p: {q: statistics.median(rep["times"][q] for rep in reports[p]) for q in QUERIES} for p in PEERS}
    peak = {p: max(rep["rss_peak"] for rep in reports[p]) for p in PEERS}
    grown = {p: max(rep["rss_peak"] - rep["rss_base"] for rep in reports[p]) for p in PEERS}
    built = {p: statistics.median(rep["rss_built"] - rep["rss_base"] for rep in reports[p]) for p in PEERS}
    print(f"### B13c: DuckDB over {rows:.0e} rows (int32 key, f64 value: {data / 2**20:.0f} MiB of data), "
          f"{passes} passes x {args.reps} reps, medians\n")
    print("| contender | SUM ms | GROUP BY ms | SUM vs pyarrow table | GROUP BY vs pyarrow table | "
          "RSS of the data (MiB) | peak RSS (MiB) | peak over the start, bytes per row |")
    print("|---|---|---|---|---|---|---|---|")
    ref = med["pyarrow table"]
    for p in PEERS:
        print(f"| {p} | {med[p]['SUM'] * 1e3:.1f} | {med[p]['GROUP BY'] * 1e3:.1f} | "
              f"{med[p]['SUM'] / ref['SUM']:.2f}x | {med[p]['GROUP BY'] / ref['GROUP BY']:.2f}x | "
              f"{built[p] / 2**20:.0f} | {peak[p] / 2**20:.0f} | {grown[p] / rows:.1f} |")
    print(f"\n- copies counted during the WeaveHeap queries: "
          f"{max(rep['copies_during_queries'] for p in PEERS[:2] for rep in reports[p])}")
    print(f"- data bytes per row: {data / rows:.0f}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="part", required=True)
    e = sub.add_parser("export")
    e.add_argument("--rounds", type=int, default=11)
    e.add_argument("--max-exp", type=int, default=8, help="largest batch: 10^N rows (default 8)")
    e.add_argument("--quick", action="store_true", help="up to 10^6 rows")
    a = sub.add_parser("append")
    a.add_argument("--rounds", type=int, default=7)
    a.add_argument("--quick", action="store_true", help="10x fewer values")
    d = sub.add_parser("duckdb")
    d.add_argument("--rows", type=int, default=10 ** 8)
    d.add_argument("--passes", type=int, default=3, help="runs of every contender, in a rotating order")
    d.add_argument("--reps", type=int, default=5, help="queries timed in each run")
    d.add_argument("--check", action="store_true", help="one pass, one rep: assert the results (no timing)")
    p = sub.add_parser("duckdb-peer")
    p.add_argument("name", choices=PEERS)
    p.add_argument("--rows", type=int, required=True)
    p.add_argument("--reps", type=int, required=True)
    args = ap.parse_args()
    if args.part == "export":
        bench_export(args)
    elif args.part == "append":
        bench_append(args)
    elif args.part == "duckdb":
        bench_duckdb(args)
    else:
        print(json.dumps(duckdb_peer(args.name, args.rows, args.reps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
