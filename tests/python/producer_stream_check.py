"""A stream whose batches a C producer makes as they are read
(stream_source.create, through the package's function table), read by
pyarrow and DuckDB: batch by batch, each batch given back when the consumer
releases it; the producer's error raised by the reader; reset and close
refused while a consumer holds the stream. Run by ctest (python_arrow_producer)
with WEAVEHEAP_PRODUCER_HELPER naming the helper library
(tests/python/producer_helper.c)."""
import ctypes
import os

import duckdb
import pyarrow as pa
import pytest

import weaveheap
from weaveheap import BatchStream, BorrowError, Region

HELPER = ctypes.CDLL(os.environ["WEAVEHEAP_PRODUCER_HELPER"])
HELPER.helper_stream.restype = ctypes.c_uint64
HELPER.helper_stream.argtypes = [ctypes.c_void_p, ctypes.c_uint64, ctypes.c_uint64, ctypes.c_uint64,
                                 ctypes.c_uint64, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_int32)]
HELPER.helper_made.restype = ctypes.c_uint64
HELPER.helper_made.argtypes = [ctypes.c_void_p]
HELPER.helper_free.argtypes = [ctypes.c_void_p]

_get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
_get_pointer.restype = ctypes.c_void_p
_get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
API = _get_pointer(weaveheap._C_API, b"weaveheap._C_API")


class Source:
    """A producer's stream in `region`, as a BatchStream, and its helper."""

    def __init__(self, region, batches, rows, fail_at=0):
        self.helper = ctypes.c_void_p()
        code = ctypes.c_int32()
        handle = HELPER.helper_stream(API, region.handle, batches, rows, fail_at, ctypes.byref(self.helper),
                                      ctypes.byref(code))
        assert handle and code.value == 0
        self.stream = BatchStream.from_handle(handle)

    @property
    def made(self):
        return HELPER.helper_made(self.helper)

    def close(self):
        self.stream.close()
        HELPER.helper_free(self.helper)


def test_pyarrow_reads_batch_by_batch_and_each_goes_back():
    r = Region()
    src = Source(r, batches=4, rows=1000)
    live = r.stats().bytes_live
    reader = pa.RecordBatchReader.from_stream(src.stream)
    assert reader.schema == pa.schema([pa.field("id", pa.int64(), nullable=False),
                                       pa.field("twice", pa.int64(), nullable=False)])
    assert src.made == 1  # the schema came from the first batch
    for k in range(4):
        batch = reader.read_next_batch()
        assert src.made == k + 1  # made as read, not before
        assert batch.column("id").to_pylist() == list(range(k * 1000, (k + 1) * 1000))
        assert batch.column("twice").to_pylist() == [2 * i for i in range(k * 1000, (k + 1) * 1000)]
        assert r.stats().bytes_live > live
        del batch
        assert r.stats().bytes_live == live  # the batch and its columns went back with it
    with pytest.raises(StopIteration):
        reader.read_next_batch()
    assert r.stats().copies == 0
    with pytest.raises(BorrowError):
        r.reset()  # the reader still holds the stream
    reader.close()
    del reader
    src.close()
    r.reset()


def test_more_data_than_the_region_may_hold():
    r = Region(byte_limit=1 << 20)
    src = Source(r, batches=40, rows=16384)  # 40 x 256 KiB: 10 MiB through a 1 MiB region
    total = sum(b.num_rows for b in pa.RecordBatchReader.from_stream(src.stream))
    assert total == 40 * 16384
    src.close()


def test_duckdb_aggregates_the_stream():
    r = Region()
    src = Source(r, batches=5, rows=2000)
    reader = pa.RecordBatchReader.from_stream(src.stream)
    con = duckdb.connect()
    con.register("t", reader)
    n = 5 * 2000
    assert con.execute("SELECT count(*), sum(id), sum(twice) FROM t").fetchall() == [(n, n * (n - 1) // 2,
                                                                                       n * (n - 1))]
    assert src.made == 5
    with pytest.raises(BorrowError):
        src.stream.close()  # DuckDB's reader holds it
    with pytest.raises(BorrowError):
        r.reset()
    con.unregister("t")
    con.close()
    del reader
    src.close()
    r.reset()
    assert r.stats().bytes_live == 0


def test_the_producers_error_is_the_readers():
    r = Region()
    src = Source(r, batches=5, rows=10, fail_at=3)
    reader = pa.RecordBatchReader.from_stream(src.stream)
    assert reader.read_next_batch().num_rows == 10
    assert reader.read_next_batch().num_rows == 10
    with pytest.raises(pa.ArrowInvalid, match="the helper's source broke"):
        reader.read_next_batch()
    with pytest.raises(pa.ArrowInvalid, match="the helper's source broke"):  # for good
        reader.read_next_batch()
    assert src.made == 2
    reader.close()
    del reader
    src.close()
    r.reset()


def test_duckdb_sql_over_the_stream_itself():
    """duckdb.sql takes the BatchStream (its __arrow_c_stream__) by name: it
    exports once for the schema and once to scan, and the second export
    goes on where the first stopped (the batch pulled for the schema)."""
    r = Region()
    src = Source(r, batches=3, rows=500)
    st = src.stream  # noqa: F841 (DuckDB finds it by name)
    n = 3 * 500
    assert duckdb.sql("SELECT count(*), sum(twice) FROM st").fetchall() == [(n, n * (n - 1))]
    assert src.made == 3
    assert r.stats().copies == 0
    # Read once: what was read is gone, and with it what told the schema.
    with pytest.raises(pa.ArrowInvalid, match="read to its end"):
        pa.RecordBatchReader.from_stream(src.stream)
    src.close()
    r.reset()
    assert r.stats().bytes_live == 0


def test_for_batch_in_a_producers_stream():
    r = Region()
    src = Source(r, batches=6, rows=300)
    live = r.stats().bytes_live
    seen = k = 0
    for batch in src.stream:  # (not enumerate: its result tuple would keep the batch)
        assert src.made == k + 1  # one made per step
        assert batch.column("id")[0].as_py() == k * 300
        seen += batch.num_rows
        k += 1
        del batch
        assert r.stats().bytes_live == live  # given back as soon as the step's batch goes
    assert seen == 6 * 300
    src.close()
    r.reset()
