"""What a Python user expects of any library (issue 9): `with` keeps the
block's own exception, close() twice is a no-op, a star import shadows no
built-in, enums are enums, the view rule."""
import builtins
import subprocess
import sys

import pytest

import weaveheap


def test_with_keeps_the_blocks_exception_and_notes_the_refused_close():
    with pytest.raises(KeyError) as raised:
        with weaveheap.Region() as region:
            mv = memoryview(region.alloc(8))       # a live view: the region cannot be destroyed
            raise KeyError("the body's own error")
    assert raised.value.args == ("the body's own error",)        # not replaced by a BorrowError
    (note,) = raised.value.__notes__                              # PEP 678
    assert "did not close <weaveheap.Region 0x1" in note and "BorrowError" in note and "stays open" in note
    assert "outstanding borrow" in note                          # the core's message
    assert not region.closed                                      # what happens to the region: it stays open
    mv.release()
    region.close()                                                # and closes once the view is gone
    assert region.closed


def test_with_whose_body_succeeded_raises_the_refused_close():
    region = weaveheap.Region()
    mv = memoryview(region.alloc(8))
    with pytest.raises(weaveheap.BorrowError) as raised:
        with region:
            pass
    assert not hasattr(raised.value, "__notes__")
    mv.release()
    region.close()


def test_with_closes_once_and_a_successful_body_closes():
    with weaveheap.Region() as region:
        with region.alloc(8) as buf:
            pass
        assert buf.closed
        region.close()              # closed inside the block: leaving it does nothing
    assert region.closed


def test_a_view_in_with_keeps_the_blocks_exception_too():
    region = weaveheap.Region()
    mv = region.alloc(8).view()
    view = mv.obj
    with pytest.raises(ZeroDivisionError) as raised:
        with view:
            1 / 0                   # leaving the block: close() refused while the memoryview lives
    assert "memoryview of this view is still live" in raised.value.__notes__[0]
    mv.release()
    view.close()
    region.close()


def test_close_twice_is_a_no_op_as_for_files():
    region = weaveheap.Region()
    buf = region.alloc(8)
    mv = buf.view()
    view = mv.obj
    mv.release()
    for obj in (view, buf, region):
        before = weaveheap.stats()
        obj.close()
        obj.close()
        assert obj.closed
        assert weaveheap.stats().stale_rejected == before.stale_rejected   # the second one never reached the core


def test_star_import_shadows_no_built_in():
    assert not set(weaveheap.__all__) & set(dir(builtins))
    namespace = {}
    exec("from weaveheap import *", namespace)
    assert namespace["SystemCallError"] is weaveheap.SystemCallError
    assert "SystemError" not in namespace and "Error" not in namespace
    assert set(namespace) - {"__builtins__"} == set(weaveheap.__all__)
    assert all(hasattr(weaveheap, n) for n in weaveheap.__all__)


def test_handle_kind_of_is_the_enum(region):
    buf = region.alloc(8)
    kind = weaveheap.handle_kind_of(buf)
    assert kind is weaveheap.HandleKind.BUFFER and kind.name == "BUFFER"
    assert weaveheap.handle_kind_of(region) is weaveheap.HandleKind.REGION
    assert weaveheap.handle_kind_of(buf.handle) is weaveheap.HandleKind.BUFFER
    with buf.view() as mv:
        assert weaveheap.handle_kind_of(mv.obj) is weaveheap.HandleKind.BORROW
    assert isinstance(kind, int)


def test_view_is_shared_by_default_and_unique_when_writable(region):
    buf = region.alloc(8)
    a, b = buf.view(), buf.view()                   # shared: many, read-only
    assert a.readonly and b.readonly and not a.obj.writable
    with pytest.raises(weaveheap.BorrowConflictError):
        buf.view(writable=True)
    a.release()
    b.release()
    with buf.view(writable=True) as w:              # unique: alone, writable
        assert not w.readonly and w.obj.writable
        with pytest.raises(weaveheap.BorrowConflictError):
            buf.view()


def test_a_view_keeps_its_borrow_while_the_view_object_lives(region):
    buf = region.alloc(8)
    mv = buf.view()
    view = mv.obj
    mv.release()                                    # the memoryview is gone, the View holds on
    assert region.stats().borrows_active == 1 and not view.closed
    with pytest.raises(weaveheap.BorrowError):
        buf.close()
    view.close()
    assert region.stats().borrows_active == 0
    with pytest.raises(BufferError, match="closed"):
        memoryview(view)
    buf.close()


def test_from_handle_adopts_or_borrows_a_handle(region):
    h = weaveheap.native.buffer_alloc(region.handle, 8)
    buf = weaveheap.Buffer.from_handle(h)           # owned: released when collected
    assert buf.size() == 8 and buf.handle == h and not buf.closed
    live = region.stats().bytes_live
    del buf
    assert region.stats().bytes_live == live - 8
    other = region.alloc(4)
    alias = weaveheap.Buffer.from_handle(other.handle, owned=False)
    del alias                                       # not owned: the object stays
    assert other.size() == 4


@pytest.mark.parametrize("expr", [
    "weaveheap.Buffer.__new__(weaveheap.Buffer).size()",
    "weaveheap.Buffer.__new__(weaveheap.Buffer).handle",
    "memoryview(weaveheap.Buffer.__new__(weaveheap.Buffer))",
    "weaveheap.Region.__new__(weaveheap.Region).alloc(8)",
    "weaveheap.Region.__new__(weaveheap.Region).close()",
    "repr(weaveheap.String.__new__(weaveheap.String))",
    "weaveheap.Bytes.__new__(weaveheap.Bytes).view()",
    "weaveheap.View.__new__(weaveheap.View).close()",
    "memoryview(weaveheap.View.__new__(weaveheap.View))",
    "weaveheap.Exporter.__new__(weaveheap.Exporter).__dlpack__()",
    "weaveheap.Stats.__new__(weaveheap.Stats).allocations",
    "weaveheap.RegionOptions.__new__(weaveheap.RegionOptions).chunk_size",
])
def test_objects_made_without_their_constructor_raise_not_crash(expr):
    """Issue 10: these killed the interpreter (SIGSEGV). Run in a child so
    that a crash fails this test instead of the suite."""
    code = (f"import weaveheap\ntry:\n    {expr}\nexcept weaveheap.InvalidArgumentError as e:\n"
            f"    assert str(e).startswith('self: '), e\n    print('refused')\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, f"exit {run.returncode}: {run.stderr[-2000:]}"
    assert run.stdout.strip() == "refused"


def test_init_again_is_refused_not_leaked():
    region = weaveheap.Region()
    handle, live = region.handle, weaveheap.stats().regions_live
    with pytest.raises(weaveheap.InvalidArgumentError, match="^self: .*made already"):
        region.__init__()
    assert region.handle == handle and weaveheap.stats().regions_live == live
    late = weaveheap.Region.__new__(weaveheap.Region)   # made by __new__: __init__ makes it
    late.__init__()
    assert late.alloc(4).size() == 4
    late.close()
    region.close()
