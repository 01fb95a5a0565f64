"""numpy.from_dlpack and pyarrow.array share the core's memory; the borrow is
held until the consumer lets go, from any thread."""
import gc
import threading

import pytest

import weaveheap

from conftest import c_read, c_write
from test_views import core_address

np = pytest.importorskip("numpy")
pa = pytest.importorskip("pyarrow")


def test_numpy_from_dlpack_shares_read_only(region):
    buf = region.alloc(1024, align=256)
    with buf.view(writable=True) as mv:
        mv[:4] = b"\x01\x02\x03\x04"
    before = weaveheap.stats().copies
    addr = core_address(buf)
    arr = np.from_dlpack(buf)
    assert arr.dtype == np.uint8 and arr.shape == (1024,)
    assert arr.__array_interface__["data"][0] == addr == core_address(buf)   # the core's memory, no copy
    assert not arr.flags.writeable                    # a shared borrow: read-only flag
    assert list(arr[:4]) == [1, 2, 3, 4]
    c_write(addr + 10, b"\x09")                       # from C, seen by numpy
    assert arr[10] == 9
    with pytest.raises(weaveheap.BorrowError):
        buf.close()
    with pytest.raises(weaveheap.BorrowConflictError):
        buf.view(writable=True)
    del arr
    gc.collect()
    assert region.stats().borrows_active == 0
    assert weaveheap.stats().copies == before
    buf.close()


def test_numpy_writable_through_view_as(region):
    buf = region.alloc(64)
    addr = core_address(buf)
    before = weaveheap.stats().copies
    exp = buf.view_as("float32", writable=True)
    f = np.from_dlpack(exp)
    assert f.dtype == np.float32 and f.shape == (16,) and f.flags.writeable
    assert f.__array_interface__["data"][0] == addr
    f[:] = 2.5                                        # numpy writes after the export ...
    with pytest.raises(weaveheap.BorrowConflictError):
        memoryview(buf)
    assert c_read(addr, 4) == np.float32(2.5).tobytes()    # ... C reads at the core's address
    c_write(addr + 4, np.float32(-1.0).tobytes())     # C writes ...
    assert f[1] == -1.0                               # ... numpy reads
    del f
    gc.collect()
    assert np.frombuffer(buf.view(), np.float32).tolist() == [2.5, -1.0] + [2.5] * 14   # ... weaveheap reads
    assert weaveheap.stats().copies == before


def test_dlpack_versions_and_arguments(region):
    buf = region.alloc(8)
    cap = buf.__dlpack__(max_version=(1, 0))
    assert "dltensor_versioned" in repr(cap)
    del cap                                           # unconsumed capsules release the borrow
    legacy = buf.__dlpack__()
    assert '"dltensor"' in repr(legacy)
    del legacy
    gc.collect()
    assert region.stats().borrows_active == 0
    assert buf.__dlpack_device__() == (1, 0)
    with pytest.raises(BufferError):
        buf.__dlpack__(copy=True)
    with pytest.raises(BufferError):
        buf.__dlpack__(dl_device=(2, 0))
    with pytest.raises(BufferError):
        buf.__dlpack__(stream=1)
    with pytest.raises(ValueError):
        buf.view_as("complex64")
    with pytest.raises(ValueError):
        np.from_dlpack(region.alloc(6).view_as("float32"))   # not whole elements
    assert region.stats().borrows_active == 0


def test_dlpack_deleter_from_another_thread(region):
    buf = region.alloc(32)
    holder = [np.from_dlpack(buf)]
    t = threading.Thread(target=holder.clear)         # the deleter runs on this thread
    t.start()
    t.join()
    gc.collect()
    assert region.stats().borrows_active == 0
    buf.close()


def test_pyarrow_array_shares_memory(region):
    buf = region.alloc(16)
    buf.write(0, bytes(range(16)))
    before = weaveheap.stats().copies
    arr = pa.array(buf)
    assert arr.type == pa.uint8() and arr.to_pylist() == list(range(16)) and arr.null_count == 0
    core = core_address(buf)
    assert arr.buffers()[1].address == core           # the core's memory, no copy
    c_write(core + 3, b"\xff")                        # from C, seen by Arrow
    assert arr[3].as_py() == 255
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    del arr
    gc.collect()
    assert region.stats().borrows_active == 0
    assert weaveheap.stats().copies == before
    f = pa.array(buf.view_as("int32"))
    assert f.type == pa.int32() and len(f) == 4 and f.buffers()[1].address == core
    del f
    assert weaveheap.stats().copies == before


def test_pyarrow_release_from_another_thread(region):
    buf = region.alloc(8)
    holder = [pa.array(buf.view_as("uint64"))]
    t = threading.Thread(target=holder.clear)
    t.start()
    t.join()
    gc.collect()
    assert region.stats().borrows_active == 0


def test_exports_of_bytes_and_strings(region):
    s = region.string("hello")
    assert np.from_dlpack(s).tobytes() == b"hello"
    assert pa.array(region.bytes(b"\x01\x02")).to_pylist() == [1, 2]
    with pytest.raises(BufferError):
        np.from_dlpack(s.view_as("uint8", writable=True))
    gc.collect()
    assert region.stats().borrows_active == 0
