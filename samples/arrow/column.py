"""The Arrow sample, Python half (README.md): one typed column made by C code
in a region this process owns, read by pyarrow and polars in place.

    python3 samples/arrow/column.py build/samples/arrow/libweaveheap_sample_arrow.so
    (PYTHONPATH: the build's weaveheap package)

Checks what it shows (the same buffer address in every reader, the copy
counter unmoved, the values, the borrow ending with the readers) and exits
non-zero on any wrong one."""
import gc
import sys

import numpy as np
import polars as pl
import pyarrow as pa

import weaveheap
from sample_lib import load

ROWS = 1_000_000


def check(ok: bool, what: str) -> None:
    if not ok:
        sys.exit(f"FAILED: {what}")
    print(f"ok: {what}")


def main() -> int:
    lib = load(sys.argv)
    region = weaveheap.Region()
    copies = weaveheap.stats().copies

    # C makes the column: an int64 vector, appended value by value in place.
    vec = weaveheap.Vector.from_handle(lib.column(region, ROWS))
    address = lib.address(vec)                       # where the core keeps the values
    expected = np.arange(ROWS, dtype=np.int64) * 7 - 3
    check(vec.length() == ROWS and vec.element_type() == weaveheap.ElementType.INT64,
          f"C made an int64 column of {ROWS} rows at 0x{address:x}")

    # pyarrow imports it through the Arrow PyCapsule interface.
    arr = pa.array(vec)
    check(arr.type == pa.int64() and arr.buffers()[1].address == address,
          "pyarrow's value buffer is the core's memory (same address)")
    check(np.array_equal(arr.to_numpy(zero_copy_only=True), expected), "pyarrow reads C's values")

    # polars too (its own Arrow export shows where its values are).
    series = pl.Series("x", vec)
    check(series.to_arrow().buffers()[1].address == address, "polars' value buffer is the core's memory")
    check(series.sum() == int(expected.sum()), f"polars sums the column: {series.sum()}")
    last_two = series.filter(series > int(expected[-3]))
    check(last_two.to_list() == expected[-2:].tolist(), f"polars filters the column: {last_two.to_list()}")

    check(weaveheap.stats().copies == copies, "copy counter unmoved: 0 copies from C to pyarrow and polars")

    # The readers hold a shared borrow: the region cannot be reset under them.
    try:
        region.reset()
        check(False, "reset refused while pyarrow and polars hold the column")
    except weaveheap.BorrowError as e:
        check(True, f"reset refused while pyarrow and polars hold the column ({type(e).__name__})")
    del arr, series, last_two                        # (a filter that keeps a run of rows may be a slice of it)
    gc.collect()
    region.reset()                                   # raises if a borrow were still held
    check(region.stats().borrows_active == 0, "the readers let go: reset went through")
    region.close()
    print("arrow column sample: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
