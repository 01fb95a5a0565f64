"""weaveheap.import_arrow: pyarrow, polars and DuckDB data taken into a region
without a copy (docs/arrow.md, "Import"). Zero copy is shown by addresses
(the core's view and the re-export are the producer's buffers) and by the
counters (imports moves, copies does not); the producer's memory is held by
the region alone after the Python objects go, and given back at close()."""
import gc

import pyarrow as pa
import pytest

import weaveheap
from conftest import core_address


def _stats(region):
    return region.stats()


@pytest.mark.parametrize("values, type_, fmt", [
    ([1, 2, None, 4], pa.int64(), "l"),
    ([1.5, -2.0, 3.25], pa.float64(), "g"),
    ([7, 8], pa.int32(), "i"),
])
def test_fixed_width_in_place(region, values, type_, fmt):
    arr = pa.array(values, type=type_)
    before = _stats(region)
    f = weaveheap.import_arrow(region, arr)
    after = _stats(region)
    assert isinstance(f, weaveheap.Foreign)
    assert after.imports == before.imports + 1
    assert after.copies == before.copies
    assert f.length() == len(values)
    assert f.null_count() == arr.null_count
    assert core_address(f) == arr.buffers()[1].address  # the producer's values, in place
    assert f.format() == fmt
    # re-exported to pyarrow: the same buffers, the same values
    again = pa.array(f)
    assert again.buffers()[1].address == arr.buffers()[1].address
    assert again.to_pylist() == values
    del again
    gc.collect()
    f.close()


def test_strings_and_nested(region):
    s = pa.array(["x", "yz", None, "w"])
    fs = weaveheap.import_arrow(region, s)
    assert fs.format() == "u"
    assert bytes(fs.view()) == b"xyzw"  # the data bytes, in place
    assert core_address(fs) == s.buffers()[2].address
    nested = pa.array([[1, 2], [], [3]])
    fn = weaveheap.import_arrow(region, nested)
    assert fn.format() == "+l"
    assert fn.num_children() == 1
    assert len(fn.view()) == 0  # no single buffer to show: an empty view
    back = pa.array(fn)
    assert back.to_pylist() == [[1, 2], [], [3]]
    assert back.values.buffers()[1].address == nested.values.buffers()[1].address
    del back
    gc.collect()
    fs.close()
    fn.close()


def test_region_alone_holds_the_producers_memory(region):
    base = pa.total_allocated_bytes()
    arr = pa.array(range(100_000), type=pa.int64())
    held = pa.total_allocated_bytes()
    assert held > base
    address = arr.buffers()[1].address
    f = weaveheap.import_arrow(region, arr)
    del arr
    gc.collect()
    assert pa.total_allocated_bytes() >= held  # the region holds it
    assert core_address(f) == address
    back = pa.array(f)
    assert back[99_999].as_py() == 99_999
    del back
    gc.collect()
    f.close()  # the producer's release: its memory goes back
    assert pa.total_allocated_bytes() == base


def test_reset_releases_and_borrows_refuse(region):
    base = pa.total_allocated_bytes()
    f = weaveheap.import_arrow(region, pa.array([1, 2, 3]))
    view = f.view()
    with pytest.raises(weaveheap.BorrowError):
        f.close()
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    view.release()
    exported = pa.array(f)
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del exported
    gc.collect()
    region.reset()  # releases the foreign: the producer's release runs
    assert pa.total_allocated_bytes() == base
    with pytest.raises(weaveheap.StaleHandleError):
        f.length()


def test_refusals(region):
    with pytest.raises(TypeError):
        weaveheap.import_arrow(region, object())
    arr = pa.array([1, 2])
    schema, array = arr.__arrow_c_array__()
    before = _stats(region)
    with pytest.raises(weaveheap.InvalidArgumentError):
        region._import_arrow_foreign(array, schema)  # capsules swapped: nothing moved
    assert _stats(region).imports == before.imports
    f = region._import_arrow_foreign(schema, array)  # still the caller's, still whole
    assert f.length() == 2
    with pytest.raises(weaveheap.InvalidArgumentError):
        region._import_arrow_foreign(schema, array)  # already moved: released structs
    f.close()


def test_stream_of_pyarrow_table(region):
    t = pa.table({"x": [1, 2, 3], "y": ["a", "b", "c"]})
    before = _stats(region)
    st = weaveheap.import_arrow(region, t)
    assert isinstance(st, weaveheap.ForeignStream)
    batches = list(st)
    assert [b.format() for b in batches] == ["+s"]
    rb = pa.record_batch(batches[0])
    assert rb.column(0).buffers()[1].address == t.column(0).chunk(0).buffers()[1].address
    assert rb.to_pydict() == {"x": [1, 2, 3], "y": ["a", "b", "c"]}
    assert _stats(region).imports == before.imports + 2  # the stream and its batch
    del rb
    gc.collect()
    st.close()
    st.close()
    with pytest.raises(weaveheap.StaleHandleError):
        next(st)


def test_polars_series_and_frame(region):
    pl = pytest.importorskip("polars")
    s = pl.Series("a", [1, 2, 3])
    before = _stats(region)
    got = weaveheap.import_arrow(region, s)
    items = list(got) if isinstance(got, weaveheap.ForeignStream) else [got]
    assert sum(i.length() for i in items) == 3
    assert pl.Series(pa.array(items[0])).to_list() == [1, 2, 3]
    df = pl.DataFrame({"k": ["u", "v"], "n": [10.5, 20.5]})
    frames = list(weaveheap.import_arrow(region, df))
    back = pl.from_arrow(pa.record_batch(frames[0]))
    assert back.to_dict(as_series=False) == {"k": ["u", "v"], "n": [10.5, 20.5]}
    assert _stats(region).copies == before.copies
    del back
    gc.collect()


def test_duckdb_result_stream(region):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    rel = con.sql("SELECT range AS i, range * 2 AS d FROM range(10000)")
    reader = rel.to_arrow_reader(2048) if hasattr(rel, "to_arrow_reader") else rel.fetch_record_batch(2048)
    before = _stats(region)
    st = weaveheap.import_arrow(region, reader)
    total, count = 0, 0
    for batch in st:
        count += 1
        rb = pa.record_batch(batch)
        total += pa.compute.sum(rb.column(1)).as_py()
        del rb
    assert total == sum(2 * i for i in range(10000))
    after = _stats(region)
    assert after.imports == before.imports + 1 + count
    assert after.copies == before.copies
    gc.collect()
    st.close()
