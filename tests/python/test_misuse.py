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
    before = weaveheap.stats()
    buf.close()                                   # a second close() does nothing, as for files
    assert weaveheap.stats().stale_rejected == before.stale_rejected
    for call in (buf.size, lambda: buf.write(0, b"x"), buf.view):
        with pytest.raises(weaveheap.StaleHandleError) as e:
            call()                                # ... anything else reaches the core
        assert e.value.code == native.ERR_STALE_HANDLE
        assert f"0x{buf.handle:016x}" in e.value.message      # the core names the handle
    with pytest.raises(weaveheap.StaleHandleError):
        weaveheap.Buffer.from_handle(buf.handle, owned=False).close()   # a second wrapper: a real double release


def test_region_close_makes_its_objects_stale():
    r = weaveheap.Region()
    buf, s = r.alloc(8), r.string("x")
    r.close()
    with pytest.raises(weaveheap.StaleHandleError):
        buf.size()
    with pytest.raises(weaveheap.StaleHandleError):
        s.dup()
    with pytest.raises(weaveheap.StaleHandleError):
        buf.close()                 # its region is gone: not closed by this object, so the core answers
    r.close()                       # closed already: nothing to do
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
    with pytest.raises(weaveheap.InvalidArgumentError, match="^buffer: -1 is out of range"):
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
    for size in (1 << 64, -1):
        with pytest.raises(weaveheap.InvalidArgumentError, match=f"^size: {size} is out of range"):
            region.alloc(size)
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
    """What Python gets wrong is InvalidArgumentError naming the parameter,
    never SWIG's "in method ..., argument 2 of type 'uint64_t'"."""
    buf = region.alloc(8)
    calls = {
        "size": lambda: region.alloc("8"),
        "align": lambda: region.alloc(8, align=None),
        "data": lambda: region.bytes(12),
        "text": lambda: region.string(None),
        "offset": lambda: buf.write(-1, b"x"),
        "dst": lambda: buf.read(0, None),
        "writable": lambda: buf.view(writable="yes"),
        "dtype": lambda: buf.view_as(4),
        "chunk_size": lambda: weaveheap.Region(chunk_size=None),
        "thread_safe": lambda: weaveheap.Region(thread_safe=2),
        "enabled": lambda: weaveheap.stats_set_enabled(None),
        "code": lambda: weaveheap.strerror(1 << 40),
        "interval_ms": lambda: weaveheap.publish_start(-5),
        "handle": lambda: weaveheap.handle_kind_of("region"),
    }
    before = weaveheap.stats()
    for param, call in calls.items():
        with pytest.raises(weaveheap.InvalidArgumentError) as e:
            call()
        assert e.value.message.startswith(f"{param}: "), e.value.message
        assert "argument" not in e.value.message and "in method" not in e.value.message
        assert isinstance(e.value, ValueError) and e.value.code == native.ERR_INVALID_ARGUMENT
    assert weaveheap.stats().as_dict() == before.as_dict()   # refused before the core: nothing moved
    with pytest.raises(TypeError):
        region.alloc(8, alignment=16)             # a keyword Python does not know: the call's own TypeError


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
