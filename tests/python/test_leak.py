"""No leak, error paths included: a cycle that makes, views, exports and
releases objects and makes every error-raising call the package has, run
20,000 times, keeps the C heap (glibc's mallinfo2: what the core, SWIG's
wrappers and the error messages allocate), Python's heap (tracemalloc) and
the core's live counters flat, within a few bytes a cycle of an empty loop
measured the same way in the same run."""
import ctypes
import gc
import tracemalloc

import pytest

import weaveheap

np = pytest.importorskip("numpy")
pa = pytest.importorskip("pyarrow")

CYCLES = 20000
SLACK = 4          # bytes a cycle above the empty loop: a leak of one error message (~60 B) is far above


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                               "fsmblks", "uordblks", "fordblks", "keepcost")]


_libc = ctypes.CDLL(None)
_libc.mallinfo2.restype = _Mallinfo2


def c_heap() -> int:
    """Bytes in use in malloc's heap (and its mmapped blocks)."""
    info = _libc.mallinfo2()
    return info.uordblks + info.hblkhd


FORGED = 0x2FFF_FFFF_0000_0001


def expect(error, call, raised):
    """`call` must raise exactly `error`; counts it."""
    try:
        call()
    except error as e:
        assert type(e) is error, f"{type(e).__name__}: {e}"
        raised[error] = raised.get(error, 0) + 1
        return e
    raise AssertionError(f"{error.__name__} was not raised")


def weaveheap_cycle(n, raised):
    for i in range(n):
        with weaveheap.Region() as r:
            buf = r.alloc(4096)
            with buf.view(writable=True) as mv:
                mv[0] = i & 0xFF
            with memoryview(buf) as mv, buf.view() as v2:
                assert mv[0] == i & 0xFF == v2[0]
                expect(weaveheap.BorrowError, buf.close, raised)                  # borrowed
                expect(weaveheap.BorrowConflictError, lambda: buf.view(writable=True), raised)
            a = np.from_dlpack(buf)
            col = pa.array(buf.view_as("uint32"))
            del a, col
            s = r.string("x" * 100)
            assert s.dup() == "x" * 100
            b = r.bytes(b"y" * 100)
            assert b.dup() == b"y" * 100
            expect(weaveheap.InvalidUtf8Error, lambda: r.string(b"ok\xff"), raised)
            expect(weaveheap.OutOfRangeError, lambda: buf.write(1 << 20, b"x"), raised)
            expect(weaveheap.InvalidArgumentError, lambda: r.alloc(8, align=3), raised)        # the core's
            expect(weaveheap.InvalidArgumentError, lambda: r.alloc(None), raised)             # the binding's
            expect(weaveheap.InvalidArgumentError, lambda: buf.read(0, b"ro"), raised)        # with a context
            expect(weaveheap.InvalidArgumentError, lambda: weaveheap.Buffer.__new__(weaveheap.Buffer).size(),
                   raised)
            expect(weaveheap.ForgedHandleError, weaveheap.Buffer.from_handle(FORGED, owned=False).size, raised)
            expect(weaveheap.WrongKindError, weaveheap.Buffer.from_handle(r.handle, owned=False).size, raised)
            with weaveheap.Region(byte_limit=64) as small:
                expect(weaveheap.OutOfMemoryError, lambda: small.alloc(65), raised)
            old = b.handle
            b.close()
            expect(weaveheap.StaleHandleError, b.length, raised)
            b2 = r.bytes(b"z")                                                # takes the slot
            expect(weaveheap.ReusedHandleError, weaveheap.Bytes.from_handle(old, owned=False).length, raised)
            keep = buf.view()
            try:
                with r:                                                       # refused close: a note
                    raise LookupError("body")
            except LookupError as e:
                assert e.__notes__
            keep.release()
            buf.close()
            s.close()
            b2.close()


def empty_cycle(n, raised):
    """The same loop shape, with Python's own objects and exceptions."""
    for i in range(n):
        data = bytearray(64)
        with memoryview(data) as mv:
            mv[0] = i & 0xFF
        for error in (KeyError, IndexError, ValueError, TypeError, LookupError, ArithmeticError, OSError,
                      UnicodeError, MemoryError, BufferError, RuntimeError, EOFError, NameError, ZeroDivisionError):
            expect(error, lambda: (_ for _ in ()).throw(error("x")), raised)


def live():
    s = weaveheap.stats()
    return {"regions_live": s.regions_live, "bytes_live": s.bytes_live, "borrows_active": s.borrows_active}


def growth(cycle, n, measure):
    raised = {}
    cycle(n // 10, raised)                          # warm up: pools, free lists, caches
    gc.collect()
    before = measure()
    cycle(n, raised)
    gc.collect()
    return (measure() - before) / n, raised


def traced():
    return tracemalloc.get_traced_memory()[0]


def test_cycle_leaks_nothing_in_c_or_python_with_every_error_path():
    base = live()
    empty_c, _ = growth(empty_cycle, CYCLES, c_heap)
    ours_c, raised = growth(weaveheap_cycle, CYCLES, c_heap)
    assert live() == base, "the core's live counters moved"
    # every error class the loop can make, raised and caught every cycle
    assert set(raised) == {weaveheap.BorrowError, weaveheap.BorrowConflictError, weaveheap.InvalidUtf8Error,
                           weaveheap.OutOfRangeError, weaveheap.InvalidArgumentError, weaveheap.ForgedHandleError,
                           weaveheap.WrongKindError, weaveheap.OutOfMemoryError, weaveheap.StaleHandleError,
                           weaveheap.ReusedHandleError}
    assert raised[weaveheap.InvalidUtf8Error] == CYCLES + CYCLES // 10
    tracemalloc.start()
    try:
        empty_py, _ = growth(empty_cycle, CYCLES // 4, traced)
        ours_py, _ = growth(weaveheap_cycle, CYCLES // 4, traced)
    finally:
        tracemalloc.stop()
    report = (f"C heap {ours_c:.2f} B/cycle (empty loop {empty_c:.2f}); "
              f"Python heap {ours_py:.2f} B/cycle (empty loop {empty_py:.2f})")
    print(report)
    assert ours_c <= max(empty_c, 0) + SLACK, report
    assert ours_py <= max(empty_py, 0) + SLACK, report
