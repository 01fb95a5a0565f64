"""Vectors through the Arrow PyCapsule interface: pyarrow, polars and DuckDB
read the core's memory in place (the same addresses, the copy counter
unmoved), and the shared borrow each export holds ends when the consumer lets
go (reset refused before, accepted after)."""
import gc
import struct

import pytest

import weaveheap
from weaveheap import ElementType, native
from conftest import core_address

pa = pytest.importorskip("pyarrow")



def int32_with_null(region, n=1000):
    v = region.vector(ElementType.INT32, n, nullable=True)
    for k in range(n):
        if k == 3:
            v.append_null()
        else:
            v.append(k * 7)
    return v


def assert_borrow_ends_with(region, vec, drop):
    """While the consumer holds the export, resetting the region is refused;
    once `drop` lets go, the borrow is back and the reset goes through."""
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    with pytest.raises(weaveheap.BorrowError):
        vec.close()
    assert region.stats().borrows_active >= 1
    drop()
    gc.collect()
    assert region.stats().borrows_active == 0
    region.reset()


TYPES = [
    (ElementType.INT8, "int8", [-128, 0, 127]),
    (ElementType.INT16, "int16", [-32768, 1, 32767]),
    (ElementType.INT32, "int32", [-2**31, 2, 2**31 - 1]),
    (ElementType.INT64, "int64", [-2**63, 3, 2**63 - 1]),
    (ElementType.UINT8, "uint8", [0, 4, 255]),
    (ElementType.UINT16, "uint16", [0, 5, 65535]),
    (ElementType.UINT32, "uint32", [0, 6, 2**32 - 1]),
    (ElementType.UINT64, "uint64", [0, 7, 2**63 - 1]),
    (ElementType.BOOLEAN, "bool_", [1, 0, 1]),
]


@pytest.mark.parametrize("etype,pa_name,values", TYPES, ids=[t[1] for t in TYPES])
def test_every_integer_type_reaches_pyarrow_typed(region, etype, pa_name, values):
    v = region.vector(etype, 8)
    for x in values:
        v.append(x)
    arr = pa.array(v)
    assert arr.type == getattr(pa, pa_name)()
    expected = [bool(x) for x in values] if etype == ElementType.BOOLEAN else values
    assert arr.to_pylist() == expected
    assert arr.buffers()[1].address == core_address(v)
    del arr
    gc.collect()
    v.close()


@pytest.mark.parametrize("etype,fmt,pa_type", [(ElementType.FLOAT32, "f", "float32"),
                                               (ElementType.FLOAT64, "d", "float64")])
def test_floats_by_extend(region, etype, fmt, pa_type):
    v = region.vector(etype, 4)
    v.extend(struct.pack("=3" + fmt, 1.5, -2.25, 8.0))
    arr = pa.array(v)
    assert arr.type == getattr(pa, pa_type)()
    assert arr.to_pylist() == [1.5, -2.25, 8.0]
    assert arr.buffers()[1].address == core_address(v)


def test_pyarrow_array_is_zero_copy_and_holds_the_borrow(region):
    v = int32_with_null(region)
    addr = core_address(v)
    before = weaveheap.stats().copies
    held = [pa.array(v)]
    arr = held[0]
    assert weaveheap.stats().copies == before          # no copy counted
    assert arr.type == pa.int32() and len(arr) == 1000 and arr.null_count == 1
    assert arr[3].as_py() is None and arr[999].as_py() == 999 * 7
    validity, values = arr.buffers()
    assert values.address == addr                      # the core's memory itself
    assert validity is not None
    with pytest.raises(weaveheap.BorrowError):
        v.append(1)                                    # nothing changes under the export
    del arr, validity, values
    assert_borrow_ends_with(region, v, held.clear)


def test_arrow_schema_capsule(region):
    v = region.vector(ElementType.UINT16, 2, nullable=True)
    t = pa.DataType._import_from_c_capsule(v.__arrow_c_schema__())
    assert t == pa.uint16()
    assert region.stats().borrows_active == 0          # the schema holds nothing


def test_export_refusals_change_nothing(region):
    v = region.vector(ElementType.INT64, 2)
    view = v.view(writable=False)
    # a shared view and an export live together
    arr = pa.array(v)
    del arr
    view.release()
    gc.collect()
    token, _ = native.borrow_unique(v.handle)
    try:
        before = region.stats()
        with pytest.raises(weaveheap.BorrowConflictError):
            pa.array(v)
        after = region.stats()
        assert after.borrows_active == before.borrows_active == 1
        assert after.borrow_conflicts == before.borrow_conflicts + 1
    finally:
        native.borrow_release(token)
    v.close()
    with pytest.raises(weaveheap.StaleHandleError):
        v.__arrow_c_array__()
    b = region.alloc(8)
    wrong = weaveheap.Vector.from_handle(b.handle, owned=False)
    with pytest.raises(weaveheap.WrongKindError):
        pa.array(wrong)


def test_capsules_dropped_unconsumed_give_the_borrow_back(region):
    v = region.vector(ElementType.INT8, 4)
    pair = v.__arrow_c_array__()
    assert region.stats().borrows_active == 1
    del pair
    gc.collect()
    assert region.stats().borrows_active == 0
    v.close()


def polars_address(series) -> int:
    """The address of a polars Series' values, through polars' own Arrow
    export (zero-copy for primitive columns: it hands out its buffer)."""
    return series.to_arrow().buffers()[1].address


def test_polars_reads_in_place(region):
    pl = pytest.importorskip("polars")
    v = region.vector(ElementType.FLOAT64, 1000)
    v.extend(struct.pack("=1000d", *[k / 2 for k in range(1000)]))
    addr = core_address(v)
    before = weaveheap.stats().copies
    held = [pl.Series("x", v)]                         # the PyCapsule interface, directly
    s = held[0]
    assert s.dtype == pl.Float64 and s.len() == 1000
    assert s.sum() == sum(k / 2 for k in range(1000))
    assert polars_address(s) == addr                   # polars' buffer is the core's memory
    df = pl.from_arrow(pa.table({"x": pa.array(v)}))
    held.append(df)
    assert polars_address(df["x"]) == addr
    assert df.filter(pl.col("x") > 499)["x"].to_list() == [499.5]
    assert weaveheap.stats().copies == before
    del s, df
    assert_borrow_ends_with(region, v, held.clear)


def test_duckdb_queries_in_place(region):
    duckdb = pytest.importorskip("duckdb")
    v = region.vector(ElementType.INT64, 10000, nullable=True)
    for k in range(10000):
        if k % 100 == 0:
            v.append_null()
        else:
            v.append(k)
    addr = core_address(v)
    before = weaveheap.stats().copies
    held = [pa.table({"x": pa.array(v)})]
    assert held[0].column("x").chunk(0).buffers()[1].address == addr
    con = duckdb.connect()
    # registered by name: a scan of the caller's frame would keep the table
    # alive in the frame's locals snapshot until the test returns
    con.register("vec", held[0])
    [(total, count, nulls)] = con.execute("SELECT sum(x), count(x), count(*) - count(x) FROM vec").fetchall()
    assert total == sum(k for k in range(10000) if k % 100) and count == 9900 and nulls == 100
    groups = con.execute("SELECT x % 3 AS g, count(*) FROM vec WHERE x IS NOT NULL GROUP BY g ORDER BY g").fetchall()
    assert sum(c for _, c in groups) == 9900
    assert weaveheap.stats().copies == before
    con.unregister("vec")
    con.close()
    assert_borrow_ends_with(region, v, held.clear)


BUFFER_FORMATS = [(ElementType.INT8, "b"), (ElementType.INT16, "h"), (ElementType.INT32, "i"),
                  (ElementType.INT64, "q"), (ElementType.UINT8, "B"), (ElementType.UINT16, "H"),
                  (ElementType.UINT32, "I"), (ElementType.UINT64, "Q")]


@pytest.mark.parametrize("etype,code", BUFFER_FORMATS, ids=[c for _, c in BUFFER_FORMATS])
def test_buffer_protocol_is_typed(region, etype, code):
    v = region.vector(etype, 4)
    for x in (1, 2, 3):
        v.append(x)
    with memoryview(v) as mv:
        assert (mv.format, mv.itemsize, mv.shape, mv.nbytes) == (code, struct.calcsize(code), (3,),
                                                                3 * struct.calcsize(code))
        assert mv.tolist() == [1, 2, 3] and mv.readonly
        with pytest.raises(weaveheap.BorrowError):
            v.append(4)                               # the buffer holds the shared borrow
    assert region.stats().borrows_active == 0        # released with the memoryview
    v.append(4)


def test_numpy_sees_the_dtype_in_place(region):
    np = pytest.importorskip("numpy")
    v = region.vector(ElementType.FLOAT64, 8)
    v.extend(struct.pack("=3d", 0.5, 1.5, 2.5))
    before = weaveheap.stats().copies
    a = np.asarray(v)
    assert a.dtype == np.float64 and a.tolist() == [0.5, 1.5, 2.5]
    assert a.__array_interface__["data"][0] == core_address(v)   # numpy's pointer is the core's
    assert weaveheap.stats().copies == before
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del a
    gc.collect()
    region.reset()


def test_booleans_and_views_stay_bytes(region):
    b = region.vector(ElementType.BOOLEAN, 16)
    b.extend(bytes([1, 0, 1, 1, 0, 0, 0, 0, 1]))
    with memoryview(b) as mv:                       # a bitmap has no struct code: its bytes
        assert (mv.format, mv.itemsize, mv.tobytes()) == ("B", 1, bytes([0x0d, 0x01]))
    v = region.vector(ElementType.INT32, 2)
    v.append(-1)
    with v.view() as mv:                            # view() is the bytes of the values, as for every object
        assert (mv.format, mv.tobytes()) == ("B", struct.pack("=i", -1))


def test_f64_accessors_take_and_give_python_floats(region):
    v = region.vector(ElementType.FLOAT64, 4, nullable=True)
    v.append_f64(0.1)
    v.append_f64(float("-inf"))
    v.append_f64(3)                      # an int converts to a float
    v.append_null()
    assert [v.get_f64(k) for k in range(4)] == [0.1, float("-inf"), 3.0, 0.0]
    assert isinstance(v.get_f64(2), float)
    v.set_f64(3, 2.5)
    assert v.null_count() == 0 and v.get_f64(3) == 2.5
    assert memoryview(v).tolist() == [0.1, float("-inf"), 3.0, 2.5]
    with pytest.raises(weaveheap.InvalidArgumentError, match="value"):
        v.set_f64(0, "1.5")
    with pytest.raises(weaveheap.InvalidArgumentError):
        v.set_f64(0, None)
    with pytest.raises(weaveheap.InvalidArgumentError):
        v.set_f64(0, 10 ** 400)          # an int past a double's range
    assert v.get_f64(0) == 0.1           # the refusals changed nothing
    f = region.vector(ElementType.FLOAT32, 2)
    f.append_f64(0.1)
    assert f.get_f64(0) == struct.unpack("f", struct.pack("f", 0.1))[0]
    with pytest.raises(weaveheap.OutOfRangeError):
        f.append_f64(1e39)
    i = region.vector(ElementType.INT32, 2)
    with pytest.raises(weaveheap.InvalidArgumentError):
        i.append_f64(1.0)
    assert i.length() == 0
