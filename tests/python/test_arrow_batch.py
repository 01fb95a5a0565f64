"""Record batches and streams through the Arrow PyCapsule interface: a struct array of the
batch's columns that pyarrow (record_batch), polars and DuckDB read in place
(the same addresses, the copy counter unmoved); the borrow the export holds
ends when the consumer lets go; refusals raise the core's typed errors and
change nothing."""
import gc
import struct

import pytest

import weaveheap
from weaveheap import ElementType
from conftest import core_address

pa = pytest.importorskip("pyarrow")



def three_columns(region, n=1000):
    """A batch of an int64 id, a float64 score and a nullable int32 flag (null at row 3)."""
    ids = region.vector(ElementType.INT64, n)
    ids.extend(struct.pack(f"={n}q", *range(n)))
    score = region.vector(ElementType.FLOAT64, n)
    score.extend(struct.pack(f"={n}d", *[k / 2 for k in range(n)]))
    flag = region.vector(ElementType.INT32, n, nullable=True)
    for k in range(n):
        if k == 3:
            flag.append_null()
        else:
            flag.append(k % 2)
    b = region.batch(3)
    b.add_column("id", ids)
    b.add_column("score", score)
    b.add_column("flag", flag)
    return b, (ids, score, flag)


def assert_export_ends_with(region, batch, drop):
    """While the consumer holds the export, closing the batch and resetting the
    region are refused; once `drop` lets go, the batch closes and the reset goes
    through."""
    with pytest.raises(weaveheap.BorrowError):
        batch.close()
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    drop()
    gc.collect()
    batch.close()
    assert region.stats().borrows_active == 0
    region.reset()


def test_columns_and_queries(region):
    b, (ids, score, flag) = three_columns(region, 10)
    assert (b.num_columns(), b.num_rows()) == (3, 10)
    assert [b.column_name(i) for i in range(3)] == ["id", "score", "flag"]
    assert region.stats().borrows_active == 3          # the batch holds each column
    with pytest.raises(weaveheap.BorrowError):
        ids.append(1)                                   # a column cannot change in a batch
    with pytest.raises(weaveheap.BorrowError):
        score.close()
    with pytest.raises(weaveheap.OutOfRangeError):
        b.column_name(3)
    b.close()
    assert region.stats().borrows_active == 0
    score.close()                                       # its owner's again


def test_add_column_refusals_name_the_column(region):
    b = region.batch(2)
    five = region.vector(ElementType.INT8, 5)
    five.extend(bytes(5))
    four = region.vector(ElementType.INT8, 4)
    four.extend(bytes(4))
    b.add_column("five", five)
    before = region.stats()
    with pytest.raises(weaveheap.InvalidArgumentError, match="column 'four' has 4 values, the batch 5"):
        b.add_column("four", four)
    with pytest.raises(weaveheap.InvalidArgumentError, match="'five' is already a column"):
        b.add_column("five", five)
    with pytest.raises(weaveheap.InvalidArgumentError, match="1 to 63 bytes"):
        b.add_column("x" * 64, five)
    with pytest.raises(weaveheap.WrongKindError):
        b.add_column("buffer", region.alloc(8))
    other = weaveheap.Region()
    far = other.vector(ElementType.INT8, 5)
    far.extend(bytes(5))
    with pytest.raises(weaveheap.InvalidArgumentError, match="another region"):
        b.add_column("far", far)
    with pytest.raises(weaveheap.InvalidArgumentError, match="expected a weaveheap object"):
        b.add_column("text", "not a vector")
    after = region.stats()
    assert after.borrows_active == before.borrows_active and b.num_columns() == 1
    four.close()                                        # never borrowed
    b.close()
    far.close()
    other.close()


def test_record_batch_is_zero_copy_and_holds_the_borrow(region):
    b, cols = three_columns(region)
    addrs = [core_address(c) for c in cols]
    before = weaveheap.stats().copies
    held = [pa.record_batch(b)]
    rb = held[0]
    assert weaveheap.stats().copies == before           # no copy counted
    assert rb.schema.names == ["id", "score", "flag"]
    assert [f.type for f in rb.schema] == [pa.int64(), pa.float64(), pa.int32()]
    assert rb.schema.field("flag").nullable and not rb.schema.field("id").nullable
    assert rb.num_rows == 1000 and rb.column(2).null_count == 1
    assert rb.column(0)[999].as_py() == 999 and rb.column(1)[10].as_py() == 5.0 and rb.column(2)[3].as_py() is None
    assert [rb.column(i).buffers()[1].address for i in range(3)] == addrs   # the core's memory itself
    assert region.stats().borrows_active == 4           # three columns, and the batch for the export
    with pytest.raises(weaveheap.BorrowError):
        b.add_column("more", region.vector(ElementType.INT8, 1))
    del rb
    assert_export_ends_with(region, b, held.clear)


def test_schema_capsule_and_unconsumed_capsules(region):
    b, _ = three_columns(region, 4)
    schema = pa.Schema._import_from_c_capsule(b.__arrow_c_schema__())
    assert schema.names == ["id", "score", "flag"]
    assert region.stats().borrows_active == 3           # the schema holds nothing
    pair = b.__arrow_c_array__()
    assert region.stats().borrows_active == 4
    del pair
    gc.collect()
    assert region.stats().borrows_active == 3
    b.close()


def test_export_refusals(region):
    b = region.batch(1)
    b.close()
    with pytest.raises(weaveheap.StaleHandleError):
        pa.record_batch(b)
    v = region.vector(ElementType.INT8, 1)
    wrong = weaveheap.Batch.from_handle(v.handle, owned=False)
    before = weaveheap.stats()
    with pytest.raises(weaveheap.WrongKindError):
        pa.record_batch(wrong)
    after = weaveheap.stats()
    assert after.stale_rejected == before.stale_rejected + 1 and after.borrows_active == before.borrows_active


def polars_address(series) -> int:
    """The address of a polars Series' values, through polars' own Arrow
    export (zero-copy for primitive columns: it hands out its buffer)."""
    return series.to_arrow().buffers()[1].address


def test_polars_reads_in_place(region):
    pl = pytest.importorskip("polars")
    b, cols = three_columns(region)
    addrs = [core_address(c) for c in cols]
    before = weaveheap.stats().copies
    held = [pl.from_arrow(pa.record_batch(b))]
    df = held[0]
    assert df.columns == ["id", "score", "flag"] and df.height == 1000
    assert [polars_address(df[c]) for c in df.columns[:2]] == addrs[:2]   # polars' buffers are the core's
    assert df.filter(pl.col("score") > 499)["id"].to_list() == [999]
    assert df["flag"].null_count() == 1
    assert weaveheap.stats().copies == before
    del df
    assert_export_ends_with(region, b, held.clear)


def test_duckdb_queries_in_place(region):
    duckdb = pytest.importorskip("duckdb")
    b, cols = three_columns(region, 10000)
    before = weaveheap.stats().copies
    held = [pa.record_batch(b)]
    assert held[0].column(1).buffers()[1].address == core_address(cols[1])
    con = duckdb.connect()
    con.register("batch", held[0])                     # by name: no frame snapshot keeps it
    [(total, nulls)] = con.execute("SELECT sum(id), count(*) - count(flag) FROM batch").fetchall()
    assert total == sum(range(10000)) and nulls == 1
    groups = con.execute("SELECT flag, count(*) FROM batch WHERE flag IS NOT NULL GROUP BY flag ORDER BY flag")
    assert groups.fetchall() == [(0, 5000), (1, 4999)]   # row 3 (odd) is the null
    assert weaveheap.stats().copies == before
    con.unregister("batch")
    con.close()
    assert_export_ends_with(region, b, held.clear)


# -- streams: the Arrow C Stream Interface ------------------------------------------


def stream_of(region, batches=3, rows=1000):
    """A stream of `batches` batches of an int64 "x" (consecutive values) and a
    nullable int32 "flag" (null at each batch's row 3), and their vectors."""
    st = region.batch_stream(batches + 1)
    held = []
    for k in range(batches):
        x = region.vector(ElementType.INT64, rows)
        x.extend(struct.pack(f"={rows}q", *range(k * rows, (k + 1) * rows)))
        flag = region.vector(ElementType.INT32, rows, nullable=True)
        for i in range(rows):
            if i == 3:
                flag.append_null()
            else:
                flag.append(i % 2)
        b = region.batch(2)
        b.add_column("x", x)
        b.add_column("flag", flag)
        st.add_batch(b)
        held.append((b, x, flag))
    return st, held


def close_all(region, st, held):
    st.close()
    for b, *_ in held:
        b.close()
    assert region.stats().borrows_active == 0
    region.reset()


def test_record_batch_reader_reads_batch_by_batch_in_place(region):
    st, held = stream_of(region)
    assert st.num_batches() == 3
    before = weaveheap.stats().copies
    reader = pa.RecordBatchReader.from_stream(st)
    assert reader.schema.names == ["x", "flag"] and reader.schema.field("flag").nullable
    got = list(reader)
    assert [b.num_rows for b in got] == [1000, 1000, 1000]
    assert [b.column(0)[999].as_py() for b in got] == [999, 1999, 2999]
    assert [b.column(1).null_count for b in got] == [1, 1, 1]
    assert [b.column(0).buffers()[1].address for b in got] == [core_address(x) for _, x, _ in held]
    assert weaveheap.stats().copies == before          # no copy counted
    with pytest.raises(weaveheap.BorrowError):
        st.close()                                     # the reader holds the stream
    with pytest.raises(weaveheap.BorrowError):
        st.add_batch(held[0][0])
    del reader
    gc.collect()
    st.close()                                         # the stream export is released ...
    with pytest.raises(weaveheap.BorrowError):
        held[2][0].close()                             # ... the batches it handed out still hold theirs
    del got
    gc.collect()
    for b, *_ in held:
        b.close()
    region.reset()


def test_duckdb_holds_the_stream_until_it_lets_go(region):
    duckdb = pytest.importorskip("duckdb")
    st, held = stream_of(region)
    before = weaveheap.stats().copies
    con = duckdb.connect()
    reader = pa.RecordBatchReader.from_stream(st)
    con.register("stream", reader)                     # DuckDB holds the reader
    del reader
    gc.collect()
    with pytest.raises(weaveheap.BorrowError):
        st.close()
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    rows = con.execute("SELECT sum(x), count(*) - count(flag), count(*) FROM stream").fetchall()
    assert rows == [(sum(range(3000)), 3, 3000)]
    assert weaveheap.stats().copies == before
    with pytest.raises(weaveheap.BorrowError):
        region.reset()                                 # still registered
    con.unregister("stream")
    con.close()
    gc.collect()
    close_all(region, st, held)                        # let go: everything closes, the reset goes through


def test_stream_refusals_change_nothing(region):
    st = region.batch_stream(2)
    with pytest.raises(weaveheap.InvalidArgumentError, match="no batch"):
        pa.RecordBatchReader.from_stream(st)           # no batch: no schema
    a = region.batch(1)
    a.add_column("x", region.vector(ElementType.INT8, 1))
    b = region.batch(1)
    b.add_column("y", region.vector(ElementType.INT8, 1))
    st.add_batch(a)
    before = region.stats()
    with pytest.raises(weaveheap.InvalidArgumentError, match="names its columns otherwise"):
        st.add_batch(b)
    with pytest.raises(weaveheap.WrongKindError):
        st.add_batch(region.vector(ElementType.INT8, 1))
    after = region.stats()
    assert st.num_batches() == 1 and after.borrows_active == before.borrows_active
    capsule = st.__arrow_c_stream__()                  # dropped unconsumed: the borrow comes back
    assert region.stats().borrows_active == before.borrows_active + 1
    del capsule
    gc.collect()
    assert region.stats().borrows_active == before.borrows_active
    st.close()
    with pytest.raises(weaveheap.StaleHandleError):
        st.__arrow_c_stream__()
    a.close()
    b.close()
