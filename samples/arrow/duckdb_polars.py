"""The DuckDB/Polars sample (README.md): a producer written in C makes record
batches in a region this process owns; DuckDB aggregates them (SUM and GROUP
BY) through the Arrow C Stream export, and Polars filters them, without a
copy; the borrow the consumers hold ends when they release it.

    python3 samples/arrow/duckdb_polars.py build/samples/arrow/libweaveheap_sample_arrow.so
    (PYTHONPATH: the build's weaveheap package)

Checks every result against the producer's formula (computed apart, with
numpy), every buffer address against the core's, the copy counter, and the
borrow (reset refused before the consumer lets go, accepted after); exits
non-zero on any wrong one."""
import gc
import sys

import duckdb
import numpy as np
import polars as pl
import pyarrow as pa

import weaveheap
from sample_lib import load

BATCHES = 8
ROWS = 50_000          # per batch


def check(ok: bool, what: str) -> None:
    if not ok:
        sys.exit(f"FAILED: {what}")
    print(f"ok: {what}")


def produce(lib, region, count: int):
    """The C producer's batches, one at a time. Today a stream holds batches
    made beforehand, so the caller drains this into one; a stream whose
    `next` calls the C producer as it is read takes the same function
    (sample_producer_batch) in its place."""
    for index in range(count):
        handle, columns = lib.batch(region, index, ROWS)
        yield weaveheap.Batch.from_handle(handle), columns


def expected_rows():
    """The producer's formula, apart from it: (station, reading) of every row."""
    rows = np.arange(BATCHES * ROWS, dtype=np.int64)
    return rows % 7, (rows * 37) % 1000 - 500


def refused_reset(region) -> bool:
    try:
        region.reset()
    except weaveheap.BorrowError:
        return True
    return False


def main() -> int:
    lib = load(sys.argv)
    region = weaveheap.Region()
    stream = region.batch_stream(BATCHES)
    batches, addresses = [], []
    for batch, columns in produce(lib, region, BATCHES):
        stream.add_batch(batch)
        batches.append(batch)
        addresses.append([lib.address(c) for c in columns])
    check(stream.num_batches() == BATCHES, f"C produced {BATCHES} batches of {ROWS} rows (station int32, reading int64)")
    station, reading = expected_rows()
    copies = weaveheap.stats().copies

    # The stream as pyarrow reads it: every batch's buffers are the core's.
    reader = pa.RecordBatchReader.from_stream(stream)
    read = list(reader)
    check([[rb.column(k).buffers()[1].address for k in range(2)] for rb in read] == addresses,
          "each batch pyarrow reads from the C Stream has the core's column addresses")
    del reader, read

    # Polars filters the batches, each one over the core's buffers.
    held = region.stats().borrows_active
    frames = [pl.from_arrow(pa.record_batch(b)) for b in batches]
    check(all(f["reading"].to_arrow().buffers()[1].address == a[1] for f, a in zip(frames, addresses)),
          "polars' columns are the core's memory")
    hot = pl.concat(frames, rechunk=False).filter((pl.col("station") == 3) & (pl.col("reading") > 400))
    mask = (station == 3) & (reading > 400)
    check(hot.height == int(mask.sum()) and hot["reading"].sum() == int(reading[mask].sum()),
          f"polars: station 3 above 400 is {hot.height} rows, their readings sum to {hot['reading'].sum()}")
    check(region.stats().borrows_active == held + BATCHES, "polars holds one export (one borrow) per batch")
    del frames, hot
    gc.collect()
    check(region.stats().borrows_active == held, "polars let go: its borrows are back")

    # DuckDB scans the stream (the C Stream export, batch by batch). A
    # registered reader is read once: one registration per query.
    con = duckdb.connect()
    con.register("readings", pa.RecordBatchReader.from_stream(stream))
    [(total, count)] = con.execute("SELECT sum(reading), count(*) FROM readings").fetchall()
    check(total == int(reading.sum()) and count == BATCHES * ROWS, f"DuckDB: SUM(reading) = {total} over {count} rows")
    con.unregister("readings")
    con.register("readings", pa.RecordBatchReader.from_stream(stream))
    groups = con.execute("SELECT station, sum(reading), count(*) FROM readings GROUP BY station ORDER BY station").fetchall()
    want = [(s, int(reading[station == s].sum()), int((station == s).sum())) for s in range(7)]
    check(groups == want, f"DuckDB: GROUP BY station gives the 7 sums ({groups[0]} ...)")
    # DuckDB also takes the stream object itself: it calls __arrow_c_stream__
    # at each query and releases the export when the query ends.
    con.register("direct", stream)
    [(direct_total,)] = con.execute("SELECT sum(reading) FROM direct WHERE station = 3").fetchall()
    check(direct_total == int(reading[station == 3].sum()),
          f"DuckDB over the stream object (no pyarrow between): SUM for station 3 = {direct_total}")
    con.unregister("direct")
    check(weaveheap.stats().copies == copies, "copy counter unmoved: 0 copies from C to pyarrow, polars and DuckDB")

    # DuckDB still holds the stream: the owner can neither drop it nor reset.
    check(refused_reset(region), "reset refused while DuckDB holds the stream")
    try:
        stream.close()
        check(False, "closing the stream refused while DuckDB holds it")
    except weaveheap.BorrowError:
        check(True, "closing the stream refused while DuckDB holds it")
    con.unregister("readings")
    con.close()
    gc.collect()

    # DuckDB let go: the stream, then its batches, give their borrows back.
    stream.close()
    for b in batches:
        b.close()
    region.reset()
    check(region.stats().borrows_active == 0, "DuckDB let go: the stream closed and the reset went through")
    region.close()
    print("DuckDB/Polars sample: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
