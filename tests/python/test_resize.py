"""Vector.resize and VarVector.resize from Python: the values move to a new
allocation (a new address, one copy counted), pyarrow reads the moved column
in place, and a resize is refused while numpy, pyarrow or a batch holds the
column, below its length and past the region's byte limit, changing nothing."""
import gc

import numpy as np
import pytest

import weaveheap
from weaveheap import ElementType
from conftest import core_address

pa = pytest.importorskip("pyarrow")


def state(region, v):
    s = region.stats()
    return (v.length(), v.capacity(), v.null_count(), s.allocations, s.releases, s.bytes_live, s.copies,
            s.borrows_active)


def test_vector_resize_moves_values(region):
    v = region.vector(ElementType.FLOAT64, 4, nullable=True)
    for x in (1.5, 2.5, 3.5):
        v.append_f64(x)
    v.append_null()
    before, copies = core_address(v), region.stats().copies
    v.resize(1000)
    assert v.capacity() == 1000
    assert core_address(v) != before
    assert region.stats().copies == copies + 1
    v.append_f64(4.5)
    a = np.asarray(v)
    assert a.tolist() == [1.5, 2.5, 3.5, 0.0, 4.5]
    del a
    gc.collect()
    arr = pa.array(v)
    assert arr.to_pylist() == [1.5, 2.5, 3.5, None, 4.5]
    assert arr.buffers()[1].address == core_address(v)
    with pytest.raises(weaveheap.BorrowError):
        v.resize(2000)                        # pyarrow holds it
    del arr
    gc.collect()
    v.resize(5)                               # down to its length
    assert v.capacity() == 5 and v.get_f64(4) == 4.5


def test_vector_resize_refusals_change_nothing():
    r = weaveheap.Region(byte_limit=1 << 20)
    v = r.vector(ElementType.INT32, 8)
    for i in range(5):
        v.append(i)
    s0 = state(r, v)
    with pytest.raises(weaveheap.InvalidArgumentError, match="below its length"):
        v.resize(4)
    with pytest.raises(weaveheap.OutOfMemoryError):
        v.resize(1 << 20)                     # 4 MiB past the 1 MiB limit
    with pytest.raises(weaveheap.InvalidArgumentError):
        v.resize(-1)
    assert state(r, v) == s0
    view = np.asarray(v)
    with pytest.raises(weaveheap.BorrowError):
        v.resize(64)
    del view
    gc.collect()
    b = r.batch(1)
    b.add_column("x", v)
    s1 = state(r, v)
    with pytest.raises(weaveheap.BorrowError):
        v.resize(64)
    assert state(r, v) == s1
    b.close()
    v.resize(64)
    assert [v.get(i) for i in range(5)] == list(range(5))
    v.close()
    r.close()


def test_var_vector_resize(region):
    v = region.var_vector(2, 8, nullable=True)
    v.append("héllo".encode())
    v.append_null()
    with pytest.raises(weaveheap.OutOfRangeError):
        v.append(b"x")
    with pytest.raises(weaveheap.InvalidArgumentError, match="data length 6"):
        v.resize(10, 5)
    with pytest.raises(weaveheap.InvalidArgumentError):
        v.resize(1, 100)
    copies = region.stats().copies
    v.resize(10, 100)
    assert region.stats().copies == copies + 1
    assert (v.capacity(), v.data_capacity(), v.length()) == (10, 100, 2)
    v.append(b"xyz")
    assert v.get(0) == "héllo".encode() and not v.is_valid(1) and v.get(2) == b"xyz"
    assert pa.array(v).to_pylist() == ["héllo", None, "xyz"]
