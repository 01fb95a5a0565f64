"""utf8 and binary columns (VarVector) through the Arrow PyCapsule interface:
pyarrow, polars and DuckDB read the core's offsets and data in place (the same
addresses, the copy counter unmoved), alone and as batch columns; the borrow
ends when the consumer lets go; refusals raise the core's typed errors and
change nothing."""
import gc
import struct

import pytest

import weaveheap
from weaveheap import ElementType
from conftest import core_address

pa = pytest.importorskip("pyarrow")

WORDS = ["héllo", None, "", "wörld", "arrow"]



def words(region, values=WORDS):
    v = region.var_vector(len(values) + 1, 64, nullable=True)
    for w in values:
        if w is None:
            v.append_null()
        else:
            v.append(w.encode())
    return v


def test_values_views_and_copies(region):
    v = words(region)
    assert (v.length(), v.null_count(), v.is_utf8()) == (5, 1, True)
    assert v.data_length() == len("héllowörldarrow".encode())
    assert [v.get(i) for i in range(5)] == [b"h\xc3\xa9llo", b"", b"", "wörld".encode(), b"arrow"]
    assert [v.is_valid(i) for i in range(5)] == [True, False, True, True, True]
    data = bytes(memoryview(v))                       # the data bytes, end to end
    assert data == "héllowörldarrow".encode()
    k = v.value_offset(3)
    assert data[k:k + v.value_length(3)] == "wörld".encode()
    b = region.var_vector(2, 8, binary=True)
    b.append(b"\x00\xff")
    assert (b.is_utf8(), b.get(0)) == (False, b"\x00\xff")


def test_refusals_change_nothing(region):
    v = region.var_vector(2, 4, nullable=True)
    v.append(b"ab")
    before = (v.length(), v.data_length(), region.stats().copies)
    with pytest.raises(weaveheap.InvalidUtf8Error):
        v.append(b"\xc3")
    with pytest.raises(weaveheap.OutOfRangeError):
        v.append(b"abc")                               # 2 + 3 > 4 data bytes
    with pytest.raises(weaveheap.OutOfRangeError):
        v.get(1)
    with pytest.raises(weaveheap.InvalidArgumentError):
        region.var_vector(1, 2**31)                   # Arrow's offsets are int32
    with pytest.raises(weaveheap.OutOfMemoryError):
        region.var_vector(2**48, 0, binary=True)      # its offsets pass the maximum size
    assert (v.length(), v.data_length(), region.stats().copies) == before
    with pytest.raises(weaveheap.InvalidArgumentError):
        region.var_vector(1, 1, binary=True).append_null()  # not nullable
    with pytest.raises(weaveheap.InvalidArgumentError):
        region.vector(ElementType.UTF8, 4)             # sizes vary: var_vector


def test_pyarrow_reads_in_place(region):
    v = words(region)
    copies = region.stats().copies
    arr = pa.array(v)
    assert arr.type == pa.string()
    assert arr.to_pylist() == WORDS
    validity, offsets, data = arr.buffers()
    assert data.address == core_address(v)            # zero copy: the core's data bytes
    assert struct.unpack("=6i", offsets.to_pybytes()[:24]) == (0, 6, 6, 6, 12, 17)
    assert region.stats().copies == copies
    with pytest.raises(weaveheap.BorrowError):
        v.append(b"x")                                 # the export holds it
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del arr, validity, offsets, data
    gc.collect()
    v.append(b"x")                                     # the borrow ended with the array
    b = region.var_vector(2, 8, binary=True)
    b.append(b"\x00\xff")
    b.append(b"")
    arr = pa.array(b)
    assert arr.type == pa.binary() and arr.to_pylist() == [b"\x00\xff", b""]
    assert arr.buffers()[2].address == core_address(b)


def batch_of(region, n=1000):
    ids = region.vector(ElementType.INT64, n)
    ids.extend(struct.pack(f"={n}q", *range(n)))
    names = region.var_vector(n, 16 * n, nullable=True)
    for k in range(n):
        if k % 10 == 3:
            names.append_null()
        else:
            names.append(f"name-{k % 7}".encode())
    blobs = region.var_vector(n, 4 * n, binary=True)
    for k in range(n):
        blobs.append(struct.pack("=i", k))
    b = region.batch(3)
    b.add_column("id", ids)
    b.add_column("name", names)
    b.add_column("blob", blobs)
    return b, (ids, names, blobs)


def test_batch_with_strings_in_pyarrow_polars_duckdb(region):
    b, (ids, names, blobs) = batch_of(region)
    copies = region.stats().copies
    rb = pa.record_batch(b)
    assert rb.schema.types == [pa.int64(), pa.string(), pa.binary()]
    assert rb.column(1)[3].as_py() is None and rb.column(1)[4].as_py() == "name-4"
    assert rb.column(2)[7].as_py() == struct.pack("=i", 7)
    assert rb.column(1).buffers()[2].address == core_address(names)
    assert rb.column(2).buffers()[2].address == core_address(blobs)
    pl = pytest.importorskip("polars")
    df = pl.from_arrow(rb)
    assert df["name"].null_count() == 100
    assert df.filter(pl.col("name") == "name-4")["id"].to_list()[:2] == [4, 11]
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.register("t", rb)
    got = con.execute("SELECT name, count(*) FROM t WHERE name IS NOT NULL GROUP BY name ORDER BY name").fetchall()
    assert got == [(f"name-{k}", sum(1 for i in range(1000) if i % 7 == k and i % 10 != 3)) for k in range(7)]
    assert con.execute("SELECT sum(octet_length(blob)) FROM t").fetchall() == [(4000,)]
    assert region.stats().copies == copies             # no consumer copied through the core
    with pytest.raises(weaveheap.BorrowError):
        b.close()
    con.unregister("t")
    con.close()
    del rb, df, con
    gc.collect()
    b.close()
    assert region.stats().borrows_active == 0
    region.reset()


def row(*values):
    """A row for Batch.append_row: per column a tag (0 null, 1 value) and the value's bytes."""
    out = b""
    for v in values:
        if v is None:
            out += b"\x00"
        elif isinstance(v, int):
            out += b"\x01" + struct.pack("=i", v)
        else:
            out += b"\x01" + struct.pack("=I", len(v)) + v
    return out


def test_rows_and_validate(region):
    from conftest import c_write
    ids = region.vector(ElementType.INT32, 4)
    names = region.var_vector(4, 32, nullable=True)
    b = region.batch(2)
    b.add_column("id", ids)
    b.add_column("name", names)
    b.append_row(row(1, "één".encode()))
    b.append_row(row(2, None))
    copies = region.stats().copies
    with pytest.raises(weaveheap.InvalidArgumentError, match="column 'name'"):
        b.append_row(row(3, b"\xff"))                  # not UTF-8: no column moves
    with pytest.raises(weaveheap.InvalidArgumentError, match="column 'id'"):
        b.append_row(row(None, b"x"))                  # id is not nullable
    assert (b.num_rows(), ids.length(), names.length(), region.stats().copies) == (2, 2, 2, copies)
    b.validate()
    assert pa.record_batch(b).to_pylist() == [{"id": 1, "name": "één"}, {"id": 2, "name": None}]
    gc.collect()
    # a fault written behind the core's back: named by column and row
    c_write(core_address(names) + 1, b"\xc3")
    with pytest.raises(weaveheap.InvalidUtf8Error, match="column 'name' row 0"):
        b.validate()
    b.close()
