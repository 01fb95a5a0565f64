"""Nested columns (ListVector: list and map; a Batch as a struct column)
through the Arrow PyCapsule interface: pyarrow, polars and DuckDB read the
core's offsets and values in place (the same addresses, the copy counter
unmoved); map lookups by key; the borrow ends when the consumer lets go;
refusals raise the core's typed errors and change nothing."""
import gc
import struct

import pytest

import weaveheap
from weaveheap import ElementType
from conftest import core_address

pa = pytest.importorskip("pyarrow")


# -- the value encoding (docs/arrow.md): a tag byte, then the value's bytes ------------
def i64(x):
    return b"\x00" if x is None else b"\x01" + struct.pack("=q", x)


def utf8(s):
    return b"\x00" if s is None else b"\x01" + struct.pack("=I", len(s.encode())) + s.encode()


def items(values, enc):
    """A list value as list_vector.append takes it: a count, then the items."""
    return struct.pack("=I", len(values)) + b"".join(enc(v) for v in values)


def as_list(values, enc):
    """A list column's value inside a row or a list: tagged."""
    return b"\x00" if values is None else b"\x01" + items(values, enc)


def entry(k, v):
    return b"\x01" + utf8(k) + i64(v)             # a struct (the map's entry): never null


def offsets(buf, n):
    return list(struct.unpack(f"={n + 1}i", buf.to_pybytes()[:4 * (n + 1)]))


LISTS = [[1, 2, None], [], None, [7]]


def int_lists(region):
    child = region.vector(ElementType.INT64, 8, nullable=True)
    lst = region.list_vector(child, 4, nullable=True)
    for v in LISTS:
        if v is None:
            lst.append_null()
        else:
            lst.append(items(v, i64))
    return child, lst


def test_list_of_int64_in_place(region):
    child, lst = int_lists(region)
    assert (lst.length(), lst.null_count(), lst.is_map()) == (4, 1, False)
    assert [lst.value_length(i) for i in range(4)] == [3, 0, 0, 1]
    copies = region.stats().copies
    arr = pa.array(lst)
    assert arr.type == pa.list_(pa.field("item", pa.int64()))
    assert arr.to_pylist() == LISTS
    validity, offs = arr.buffers()[:2]
    assert offsets(offs, 4) == [0, 3, 3, 3, 4]
    assert arr.values.buffers()[1].address == core_address(child)   # the child's own values
    assert region.stats().copies == copies                           # the export copies nothing
    with pytest.raises(weaveheap.BorrowError):
        lst.close()                                                  # pyarrow holds it
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del arr, validity, offs
    gc.collect()
    lst.close()                                                      # let go: the borrow is back
    child.append(9)                                                  # the child is its owner's again
    region.reset()


def test_list_of_strings_polars(region):
    pl = pytest.importorskip("polars")
    words = region.var_vector(8, 64)
    lst = region.list_vector(words, 3)
    for v in (["a", "héllo"], [], ["x"]):
        lst.append(items(v, utf8))
    arr = pa.array(lst)
    assert arr.to_pylist() == [["a", "héllo"], [], ["x"]]
    assert arr.values.buffers()[2].address == core_address(words)
    s = pl.from_arrow(arr)
    assert s.list.len().to_list() == [2, 0, 1]
    del arr, s
    gc.collect()
    lst.close()


def string_int_map(region):
    keys = region.var_vector(16, 128)
    vals = region.vector(ElementType.INT64, 16, nullable=True)
    entries = region.batch(2)
    entries.add_column("key", keys)
    entries.add_column("value", vals)
    m = region.list_vector(entries, 4, map=True)
    m.append(struct.pack("=I", 3) + entry("a", 1) + entry("b", None) + entry("c", 3))
    m.append(struct.pack("=I", 1) + entry("c", 30))
    return keys, vals, entries, m


def test_map_lookup_and_pyarrow(region):
    keys, vals, entries, m = string_int_map(region)
    assert m.is_map()
    copies = region.stats().copies
    assert m.lookup(0, b"c") == 2 and vals.get(2) == 3
    assert m.lookup(1, b"c") == 3 and vals.get(3) == 30
    assert m.lookup(1, b"a") == -1
    assert m.lookup(0, b"b") == 1 and not vals.is_valid(1)
    with pytest.raises(weaveheap.OutOfRangeError):
        m.lookup(2, b"a")
    arr = pa.array(m)
    assert arr.type == pa.map_(pa.string(), pa.int64())
    assert arr.to_pylist() == [[("a", 1), ("b", None), ("c", 3)], [("c", 30)]]
    assert arr.items.buffers()[1].address == core_address(vals)
    assert arr.keys.buffers()[2].address == core_address(keys)
    assert region.stats().copies == copies                            # lookups and the export copy nothing
    del arr
    gc.collect()
    m.close()
    entries.close()


def test_map_refusals_change_nothing(region):
    k = region.vector(ElementType.INT32, 4)
    v = region.vector(ElementType.INT64, 4)
    e = region.batch(2)
    e.add_column("k", k)
    e.add_column("v", v)
    m = region.list_vector(e, 2, map=True)
    m.append(struct.pack("=I", 1) + b"\x01" + b"\x01" + struct.pack("=i", 5) + i64(50))
    assert m.lookup(0, struct.pack("=i", 5)) == 0
    with pytest.raises(weaveheap.InvalidArgumentError, match="wrong key type/size"):
        m.lookup(0, struct.pack("=q", 5))
    before = (m.length(), k.length(), v.length(), region.stats().copies)
    with pytest.raises(weaveheap.InvalidArgumentError):
        m.append(struct.pack("=I", 1) + b"\x01" + b"\x00" + i64(1))    # a null key
    with pytest.raises(weaveheap.InvalidArgumentError):
        m.append(struct.pack("=I", 2) + b"\x01")                        # ends early
    assert (m.length(), k.length(), v.length(), region.stats().copies) == before
    plain = region.list_vector(region.vector(ElementType.INT64, 1), 1)
    plain.append(items([], i64))
    with pytest.raises(weaveheap.InvalidArgumentError, match="not a map"):
        plain.lookup(0, b"a")
    three = region.batch(3)
    for name in "abc":
        three.add_column(name, region.vector(ElementType.INT64, 1))
    with pytest.raises(weaveheap.InvalidArgumentError, match="exactly two"):
        region.list_vector(three, 1, map=True)
    with pytest.raises(weaveheap.WrongKindError):
        region.list_vector(region.alloc(8), 1)
    for x in (m, plain, e, three):
        x.close()


def nested_batch(region):
    """id int32, tags list<int64>, s struct<x int64, name utf8>, m map<utf8, int64>."""
    ids = region.vector(ElementType.INT32, 4)
    tag_items = region.vector(ElementType.INT64, 16)
    tags = region.list_vector(tag_items, 4, nullable=True)
    x = region.vector(ElementType.INT64, 4, nullable=True)
    name = region.var_vector(4, 64)
    s = region.batch(2)
    s.add_column("x", x)
    s.add_column("name", name)
    keys, vals, entries = region.var_vector(16, 64), region.vector(ElementType.INT64, 16), region.batch(2)
    entries.add_column("key", keys)
    entries.add_column("value", vals)
    m = region.list_vector(entries, 4, map=True)
    b = region.batch(4)
    b.add_column("id", ids)
    b.add_column("tags", tags)
    b.add_column("s", s)
    b.add_column("m", m)
    rows = [
        (1, [1, 2], (10, "ten"), [("k", 100), ("j", 1)]),
        (2, None, (None, ""), []),
        (3, [3], (30, "thirty"), [("k", 300)]),
    ]
    for i, t, (sx, sn), mm in rows:
        row = b"\x01" + struct.pack("=i", i) + as_list(t, i64) + b"\x01" + i64(sx) + utf8(sn)
        row += b"\x01" + struct.pack("=I", len(mm)) + b"".join(entry(k, v) for k, v in mm)
        b.append_row(row)
    return b, (s, m, tags, entries), x, tag_items


def test_nested_batch_pyarrow_duckdb(region):
    b, holders, x, tag_items = nested_batch(region)
    b.validate()
    copies = region.stats().copies
    rb = pa.record_batch(b)
    assert str(rb.schema.field("tags").type) == "list<item: int64 not null>"
    assert str(rb.schema.field("s").type) == "struct<x: int64, name: string not null>"
    assert rb.schema.field("tags").nullable and not rb.schema.field("s").nullable
    assert str(rb.schema.field("m").type) == "map<string, int64>"
    assert rb.column("tags").to_pylist() == [[1, 2], None, [3]]
    assert rb.column("s").to_pylist() == [{"x": 10, "name": "ten"}, {"x": None, "name": ""},
                                         {"x": 30, "name": "thirty"}]
    assert rb.column("m").to_pylist() == [[("k", 100), ("j", 1)], [], [("k", 300)]]
    assert rb.column("s").field("x").buffers()[1].address == core_address(x)
    assert rb.column("tags").values.buffers()[1].address == core_address(tag_items)
    assert region.stats().copies == copies
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    con.register("t", pa.table(rb))
    got = con.execute("SELECT id, len(tags), s.name, m['k'] FROM t ORDER BY id").fetchall()
    lookup = [r[3] for r in got]
    assert [r[:3] for r in got] == [(1, 2, "ten"), (2, None, ""), (3, 1, "thirty")]
    assert lookup in ([[100], [], [300]], [100, None, 300])   # DuckDB's map_extract: a list before 1.1
    assert con.execute("SELECT sum(u) FROM (SELECT unnest(tags) AS u FROM t)").fetchall() == [(6,)]
    con.unregister("t")
    with pytest.raises(weaveheap.BorrowError):
        b.close()                                              # rb still holds the batch
    del rb, con
    gc.collect()
    b.close()
    for h in holders:
        h.close()


def test_struct_column_rules(region):
    inner = region.batch(1)
    inner.add_column("x", region.vector(ElementType.INT64, 2))
    outer = region.batch(2)
    outer.add_column("s", inner)
    with pytest.raises(weaveheap.BorrowError):
        inner.add_column("o", outer)                           # held: no cycle can form
    lone = region.batch(1)
    with pytest.raises(weaveheap.InvalidArgumentError, match="itself"):
        lone.add_column("me", lone)
    with pytest.raises(weaveheap.InvalidArgumentError, match="struct"):
        outer.append_row(b"\x00")                              # a null struct
    assert (outer.num_rows(), inner.num_rows()) == (0, 0)
    outer.append_row(b"\x01" + i64(5))
    assert (outer.num_rows(), inner.num_rows()) == (1, 1)
    outer.close()
    inner.close()
