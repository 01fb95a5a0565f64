"""Every misuse raises the right exception and changes nothing."""
import gc

import pytest

import weaveheap
from weaveheap import native


def snapshot(region):
    return region.stats().as_dict()


def test_use_after_close_and_double_close(region):
    buf = region.alloc(8)
    buf.close()
    assert buf.closed
    for call in (buf.size, buf.close, lambda: buf.write(0, b"x"), buf.view):
        with pytest.raises(weaveheap.StaleHandleError) as e:
            call()
        assert e.value.code == native.ERR_STALE_HANDLE
        assert f"0x{buf.handle:016x}" in e.value.message      # the core names the handle


def test_region_close_makes_its_objects_stale():
    r = weaveheap.Region()
    buf, s = r.alloc(8), r.string("x")
    r.close()
    with pytest.raises(weaveheap.StaleHandleError):
        buf.size()
    with pytest.raises(weaveheap.StaleHandleError):
        s.dup()
    with pytest.raises(weaveheap.StaleHandleError):
        r.close()
    with pytest.raises(weaveheap.StaleHandleError):
        r.alloc(1)
    del buf, s
    gc.collect()          # destructors of stale objects do not raise


def test_reset_makes_objects_stale(region):
    buf = region.alloc(8)
    region.reset()
    with pytest.raises(weaveheap.StaleHandleError):
        buf.size()


def test_forged_wrong_kind_and_reused_handles(region):
    buf = region.alloc(8)
    with pytest.raises(weaveheap.ForgedHandleError):
        native.buffer_size(0)
    with pytest.raises(weaveheap.ForgedHandleError):
        native.buffer_size(0x2FFF_FFFF_0000_0001)
    with pytest.raises(weaveheap.WrongKindError) as e:
        native.buffer_size(region.handle)
    assert isinstance(e.value, TypeError)
    with pytest.raises(weaveheap.WrongKindError):
        native.string_length(buf.handle)
    old = buf.handle
    buf.close()
    fresh = region.alloc(8)                           # may take the freed slot
    with pytest.raises((weaveheap.StaleHandleError, weaveheap.ReusedHandleError)):
        native.buffer_size(old)
    assert fresh.size() == 8
    with pytest.raises(OverflowError):
        native.buffer_size(-1)


def test_wrong_kind_object_is_a_type_error(region):
    with pytest.raises(TypeError):
        weaveheap.Buffer.size(region)
    with pytest.raises(TypeError):
        weaveheap.Buffer()                           # made by Region.alloc only


def test_invalid_utf8_changes_nothing(region):
    before = snapshot(region)
    for bad in (b"\xff", b"ok\xc3", b"\xed\xa0\x80", "\ud800"):
        with pytest.raises(weaveheap.InvalidUtf8Error) as e:
            region.string(bad)
        assert e.value.code == native.ERR_INVALID_UTF8 and "offset" in str(e.value)
        assert isinstance(e.value, ValueError)
    assert snapshot(region) == before


def test_absurd_sizes_and_alignments(region):
    before = snapshot(region)
    with pytest.raises(weaveheap.InvalidArgumentError):
        region.alloc(weaveheap.MAX_SIZE + 1)
    with pytest.raises(weaveheap.OutOfMemoryError):
        region.alloc(weaveheap.MAX_SIZE)                  # legal, but no machine has it
    for align in (0, 3, 48, weaveheap.MAX_ALIGN * 2):
        with pytest.raises(weaveheap.InvalidArgumentError) as e:
            region.alloc(8, align=align)
        assert "alignment" in str(e.value)
    with pytest.raises(OverflowError):
        region.alloc(1 << 64)
    with pytest.raises(OverflowError):
        region.alloc(-1)
    with pytest.raises(weaveheap.InvalidArgumentError):
        weaveheap.Region(chunk_size=10)
    with pytest.raises(weaveheap.OutOfMemoryError):
        weaveheap.Region(byte_limit=64).alloc(65)
    assert snapshot(region) == before


def test_out_of_range_changes_nothing(region):
    buf = region.alloc(8)
    buf.write(0, b"12345678")
    with pytest.raises(weaveheap.OutOfRangeError):
        buf.write(4, b"12345")
    with pytest.raises(weaveheap.OutOfRangeError) as e:
        buf.read(9, bytearray(0))
    assert isinstance(e.value, IndexError)
    assert bytes(buf.view()) == b"12345678"


def test_bad_argument_types(region):
    with pytest.raises(TypeError):
        region.alloc("8")
    with pytest.raises(TypeError):
        region.bytes(12)
    with pytest.raises(TypeError):
        region.alloc(8, alignment=16)


def test_borrow_token_misuse(region):
    buf = region.alloc(8)
    token, view = native.borrow_unique(buf.handle)
    assert view.writable and view.length == 8
    with pytest.raises(weaveheap.BorrowConflictError):
        native.borrow_shared(buf.handle)
    native.borrow_release(token)
    with pytest.raises(weaveheap.StaleHandleError):
        native.borrow_release(token)                  # double release
    with pytest.raises(weaveheap.WrongKindError):
        native.borrow_release(buf.handle)


def test_errors_carry_code_and_message(region):
    with pytest.raises(weaveheap.WeaveHeapError) as e:
        region.alloc(8, align=3)
    err = e.value
    assert err.code == native.ERR_INVALID_ARGUMENT == type(err).code
    assert err.message == str(err) and "alignment 3" in err.message
