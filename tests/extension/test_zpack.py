"""zpack from Python (samples/extension/): an extension package built
against the `weaveheap` package, taking its Buffer, Bytes and String objects.
Zero-copy is proven by the core's counters (the copy counter does not move
for what is read in place) and by a write through a view being what the
extension reads; every misuse is a typed error that gives every borrow back
(borrows_active where it was) and leaves nothing behind."""
import ctypes
import os
import subprocess
import zlib

import pytest

import weaveheap
import zpack


@pytest.fixture
def region():
    r = weaveheap.Region()
    yield r
    r.close()


TEXT = b"The quick brown fox jumps over the lazy dog"


def objects(region):
    buf = region.alloc(len(TEXT))
    buf.write(0, TEXT)
    return [buf, region.bytes(TEXT), region.string(TEXT)]


def test_crc32_reads_base_objects_in_place(region):
    for obj in objects(region):
        before = region.stats()
        assert zpack.crc32(obj) == zlib.crc32(TEXT) == 0x414FA339
        after = region.stats()
        assert after.copies == before.copies                     # not copied in
        assert after.borrows_taken == before.borrows_taken + 1   # borrowed for the call ...
        assert after.borrows_active == 0                         # ... and given back
    buf = objects(region)[0]
    with buf.view(writable=True) as view:       # the extension reads the core's bytes: a write shows
        view[0:3] = b"THE"
    assert zpack.crc32(buf) == zlib.crc32(b"THE" + TEXT[3:])


def test_deflate_inflate_round_trip(region):
    data = bytes((i * 7 ^ i >> 9) & 0xFF for i in range(1 << 20))
    src = region.alloc(len(data))
    src.write(0, data)
    before = region.stats()
    packed = zpack.deflate(region, src, 9)
    assert isinstance(packed, weaveheap.Buffer)
    mid = region.stats()
    assert mid.copies == before.copies + 1                        # the output, written once
    assert mid.copy_bytes == before.copy_bytes + packed.size()    # the 1 MiB input was not copied
    back = zpack.inflate(region, packed, len(data))
    after = region.stats()
    assert after.copies == mid.copies                             # inflated in place
    assert after.borrows_active == 0
    with back.view() as view:
        assert view == data
    into = region.alloc(len(data) + 10)
    before_into = region.stats()
    assert zpack.inflate_into(into, packed) == len(data)        # into an existing buffer, in place
    assert region.stats().copies == before_into.copies
    assert bytes(into.view())[:len(data)] == data
    assert zlib.decompress(bytes(packed.view())) == data          # real zlib format
    assert zpack.inflate(region, zpack.deflate(region, region.bytes(b"")), 0).size() == 0


def test_misuse_is_typed_and_gives_every_borrow_back(region):
    buf, byt, s = objects(region)
    packed = zpack.deflate(region, buf)
    small = region.alloc(8)                     # too small for the inflated data
    gone = region.alloc(4)
    gone.close()
    before = region.stats()
    cases = [
        (lambda: zpack.crc32(gone), weaveheap.StaleHandleError),
        (lambda: zpack.crc32(0), weaveheap.ForgedHandleError),
        (lambda: zpack.crc32(region), weaveheap.WrongKindError),
        (lambda: zpack.deflate(s, buf), weaveheap.WrongKindError),
        (lambda: zpack.crc32("text"), weaveheap.InvalidArgumentError),
        (lambda: zpack.deflate(region, buf, 42), weaveheap.InvalidArgumentError),
        (lambda: zpack.inflate(region, buf, len(TEXT)), zpack.CorruptError),
        (lambda: zpack.inflate(region, packed, len(TEXT) - 1), zpack.WrongSizeError),
        (lambda: zpack.inflate(region, packed, len(TEXT) + 1), zpack.WrongSizeError),
        (lambda: zpack.inflate_into(packed, packed), weaveheap.BorrowConflictError),   # unique and shared at once
        (lambda: zpack.inflate_into(byt, packed), weaveheap.WrongKindError),           # bytes are no buffer
        (lambda: zpack.inflate_into(small, packed), zpack.WrongSizeError),
    ]
    for call, cls in cases:
        with pytest.raises(cls) as info:
            call()
        assert str(info.value)
        assert region.stats().borrows_active == 0
    assert issubclass(zpack.CorruptError, weaveheap.WeaveHeapError) and zpack.CorruptError.code == 1000
    with pytest.raises(zpack.WrongSizeError, match="43 bytes, not 100"):
        zpack.inflate(region, packed, 100)
    # borrowed unique elsewhere: a conflict, that borrow untouched
    view = buf.view(writable=True)
    with pytest.raises(weaveheap.BorrowConflictError):
        zpack.crc32(buf)
    assert region.stats().borrows_active == 1
    view.release()
    after = region.stats()
    assert after.borrows_active == 0
    assert after.bytes_live == before.bytes_live                 # no buffer of a failed call is left
    assert after.allocations - after.releases == before.allocations - before.releases
    # a region at its byte limit: the core's OutOfMemoryError
    with weaveheap.Region(byte_limit=64) as tight:
        with pytest.raises(weaveheap.OutOfMemoryError):
            zpack.inflate(tight, packed, 1000)
        assert tight.stats().bytes_live == 0


def test_the_c_functions_take_the_objects_and_refuse_the_rest(region):
    """zpack.crc32 is the generated C function itself (no Python layer): it
    reads the handle of a base-package object in C, takes keywords and raw
    handles, and refuses what is neither with InvalidArgumentError, never a
    bare TypeError or OverflowError, and never by truncating a number."""
    buf, byt, s = objects(region)
    assert type(zpack.crc32) is type(len)                          # a builtin: no Python frame
    assert zpack.crc32(src=buf) == zpack.crc32(buf.handle) == zlib.crc32(TEXT)
    assert zpack.crc32.__text_signature__ == "($module, src)"
    assert zlib.decompress(bytes(zpack.deflate(region, src=byt, level=9).view())) == TEXT
    before = region.stats()
    refused = [
        lambda: zpack.crc32("text"),
        lambda: zpack.crc32(None),
        lambda: zpack.crc32(True),                                  # a bool is no handle
        lambda: zpack.crc32(-1),
        lambda: zpack.crc32(1 << 64),
        lambda: zpack.crc32(memoryview(TEXT)),
        lambda: zpack.deflate(region, buf, "9"),
        lambda: zpack.deflate(region, buf, (1 << 32) + 6),          # not truncated to 6
        lambda: zpack.inflate(region, buf, -1),
        lambda: zpack.inflate(region, buf, 1 << 64),
        lambda: zpack.Crc(region).update("text"),
    ]
    for call in refused:
        with pytest.raises(weaveheap.InvalidArgumentError, match="argument '"):
            call()
    for call in (lambda: zpack.crc32(), lambda: zpack.crc32(buf, buf), lambda: zpack.crc32(buf, src=buf),
                 lambda: zpack.crc32(source=buf)):
        with pytest.raises(TypeError):                              # a call Python itself refuses
            call()
    after = region.stats()
    assert after.borrows_active == 0 and after.borrows_taken == before.borrows_taken
    closed = region.alloc(4)
    closed.close()
    with pytest.raises(weaveheap.StaleHandleError):                 # its handle, read in C, is stale
        zpack.crc32(closed)


def test_the_handle_read_in_c_is_checked_against_the_attribute(region):
    """The C functions read a base-package object's handle from its C layout
    only for a class whose layout gave the `handle` attribute's value the
    first time; any other class keeps the attribute. A class registered as
    the base package's whose layout differs (here a Python class whose first
    slot is a pointer to another object) still gets its own handle, every
    call, and so does one whose slot is empty."""
    buf = objects(region)[0]

    class Impostor:
        __slots__ = ("other", "_h")

        @property
        def handle(self):
            return self._h

    full, empty = Impostor(), Impostor()
    full.other, full._h, empty._h = [1, 2, 3], buf.handle, buf.handle
    try:
        zpack._native._register(zpack._error_classes(), weaveheap.WeaveHeapError,
                                zpack._objects + (Impostor,), zpack._core_objects + (Impostor,))
        for _ in range(3):
            assert zpack.crc32(full) == zpack.crc32(empty) == zpack.crc32(buf) == zlib.crc32(TEXT)
        full._h = 0
        with pytest.raises(weaveheap.ForgedHandleError):
            zpack.crc32(full)
    finally:
        zpack._register()
    assert zpack.crc32(buf) == zlib.crc32(TEXT)


def test_crc_objects_live_in_the_core_table(region):
    a, b, _ = objects(region)
    with zpack.Crc(region) as crc:
        assert weaveheap.handle_kind_of(crc.handle) == weaveheap.HandleKind.OBJECT
        crc.update(a)
        crc.update(b)
        assert crc.value() == zlib.crc32(TEXT + TEXT)
        with pytest.raises(weaveheap.WrongKindError):
            crc.update(crc)                                     # a crc is no memory
        with pytest.raises(weaveheap.WrongKindError):
            zpack.Crc.update(zpack.Crc._adopt(a.handle), a)      # a buffer is no crc
    assert crc.closed
    with pytest.raises(weaveheap.StaleHandleError):
        crc.value()
    crc.close()                                                 # twice: a no-op
    stale = zpack.Crc(region)
    region.reset()                                              # its payload freed by the core
    with pytest.raises(weaveheap.StaleHandleError):
        stale.value()
    assert region.stats().borrows_active == 0


def test_one_core_the_base_packages():
    """The extension module holds no core: it calls weaveheap's through the
    capsule. Its dynamic symbols name no weaveheap_ function."""
    path = zpack._native.__file__
    out = subprocess.run(["nm", "-D", path], capture_output=True, text=True, check=True).stdout
    assert "PyInit__native" in out
    assert not [line for line in out.splitlines() if " weaveheap_" in line], out
    ctypes.pythonapi.PyCapsule_GetName.restype = ctypes.c_char_p
    ctypes.pythonapi.PyCapsule_GetName.argtypes = [ctypes.py_object]
    assert ctypes.pythonapi.PyCapsule_GetName(weaveheap._C_API) == b"weaveheap._C_API"
    assert zpack.CORE_IDL_HASH == weaveheap.IDL_HASH
    assert os.path.basename(path).startswith("_native")
