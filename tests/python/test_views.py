"""Zero-copy views that hold borrows: proven by addresses, writes seen both
ways, and the copy counter staying put; aliasing XOR mutation."""
import gc

import pytest

import weaveheap
from weaveheap import native

from conftest import address, c_read, c_write, core_address



def test_view_is_the_core_view_by_address_both_ways(region):
    """Issue 15: the memoryview's pointer is the address the core's borrow
    gave (View.data), which is the object's own address; a write on either
    side after the view was taken is read on the other; nothing is copied."""
    buf = region.alloc(4096, align=64)
    before = weaveheap.stats().copies
    addr = core_address(buf)
    assert addr % 64 == 0
    with buf.view() as mv:                          # shared
        view = mv.obj
        assert isinstance(view, weaveheap.View) and not view.writable and view.length == 4096
        assert address(mv) == view.data == addr     # no copy between the core's window and Python
        assert mv.readonly and mv.nbytes == 4096 and mv.format == "B"
        c_write(addr + 100, b"from C")              # written from C after the view was taken ...
        assert mv[100:106] == b"from C"             # ... read through the view
    view.close()                                    # the View held the borrow past the memoryview
    with buf.view(writable=True) as mv:             # unique
        assert mv.obj.writable and not mv.readonly
        assert address(mv) == mv.obj.data == addr
        mv[200:207] = b"from Py"                    # written through the view ...
        assert c_read(addr + 200, 7) == b"from Py"  # ... read from C, the view still live
    with memoryview(buf) as mv:                     # the buffer protocol on the object itself
        assert address(mv) == addr and mv[200:207] == b"from Py"
    assert weaveheap.stats().copies == before       # nothing was copied


def test_view_of_bytes_and_strings_is_zero_copy(region):
    b = region.bytes(b"immutable bytes")
    s = region.string("zürich")
    before = weaveheap.stats().copies
    with memoryview(b) as mv, s.view() as sv:
        assert mv.tobytes() == b"immutable bytes" and mv.readonly
        assert bytes(sv).decode() == "zürich" and len(sv) == len("zürich".encode())
        assert address(mv) == core_address(b)
        assert address(sv) == sv.obj.data == core_address(s)
    assert weaveheap.stats().copies == before


def test_shared_views_coexist_and_exclude_the_unique_one(region):
    buf = region.alloc(16)
    a, b = memoryview(buf), buf.view()
    assert region.stats().borrows_active == 2
    with pytest.raises(weaveheap.BorrowConflictError) as e:
        buf.view(writable=True)
    assert e.value.code == native.ERR_BORROW_CONFLICT and "borrowed" in str(e.value)
    assert region.stats().borrows_active == 2        # the refused call changed nothing
    a.release()
    b.release()
    assert region.stats().borrows_active == 0
    with buf.view(writable=True):
        with pytest.raises(weaveheap.BorrowConflictError):
            memoryview(buf)
        with pytest.raises(weaveheap.BorrowConflictError):
            buf.view(writable=True)
    with memoryview(buf):
        pass


def test_a_live_view_blocks_close_reset_and_region_close(region):
    buf = region.alloc(64)
    mv = memoryview(buf)
    for call in (buf.close, region.reset, region.close):
        with pytest.raises(weaveheap.BorrowError) as e:
            call()
        assert e.value.code == native.ERR_BORROWED
    assert not buf.closed and not region.closed
    assert mv[0] == 0 and buf.size() == 64            # nothing changed, the view still reads
    mv.release()
    buf.close()
    region.reset()


def test_garbage_collection_releases_the_borrow(region):
    buf = region.alloc(8)
    mv = memoryview(buf)
    del mv
    gc.collect()
    buf.close()


def test_owner_writes_are_refused_while_viewed(region):
    buf = region.alloc(8)
    with memoryview(buf):
        with pytest.raises(weaveheap.BorrowError):
            buf.write(0, b"x")
        dst = bytearray(1)
        buf.read(0, dst)                           # reading beside shared views is fine
    with buf.view(writable=True):
        with pytest.raises(weaveheap.BorrowError):
            buf.read(0, bytearray(1))


def test_writable_request_takes_the_unique_borrow(region):
    import io
    buf = region.alloc(16)
    assert io.BytesIO(b"\x07" * 16).readinto(buf) == 16   # a PyBUF_WRITABLE request
    assert region.stats().borrows_active == 0
    assert bytes(memoryview(buf)) == bytes([7]) * 16
    other = region.alloc(16)
    other.write(0, b"z" * 16)
    with memoryview(buf):
        with pytest.raises(weaveheap.BorrowConflictError):
            other.read(0, buf)                              # asks buf for PyBUF_WRITABLE
        with pytest.raises(TypeError):
            io.BytesIO(b"x").readinto(buf)                  # io reports it as a TypeError
    other.read(0, buf)
    assert bytes(memoryview(buf)) == b"z" * 16


def test_immutable_objects_have_no_writable_view(region):
    b = region.bytes(b"abc")
    with pytest.raises(BufferError):
        b.view(writable=True)
    assert region.stats().borrows_active == 0
    b.close()


def test_views_keep_the_object_alive(region):
    mv = region.alloc(32).view(writable=True)      # the Buffer object lives in the view
    mv[0] = 1
    gc.collect()
    with pytest.raises(weaveheap.BorrowError):
        region.reset()
    mv.release()
    region.reset()


def test_empty_objects_have_views(region):
    for obj in (region.alloc(0), region.bytes(b""), region.string("")):
        with memoryview(obj) as mv:
            assert len(mv) == 0
