"""@name@ from Python: the package over the weaveheap package's objects, the
result, its own error class, a stale handle, and the core's counters
(nothing copied in, every borrow given back). Exits non-zero on a failure."""
import weaveheap
import @name@

with weaveheap.Region() as region:
    b = region.bytes(b"abc")
    before = region.stats()
    assert @name@.sum(b, 1000) == 294
    try:
        @name@.sum(b, 10)
        raise AssertionError("over the limit, yet no error")
    except @name@.OverLimitError as e:
        assert isinstance(e, weaveheap.WeaveHeapError) and "294" in str(e), e
    after = region.stats()
    assert after.copies == before.copies, "copied in"
    assert after.borrows_taken == before.borrows_taken + 2 and after.borrows_active == 0, after
    b.close()
    try:
        @name@.sum(b.handle, 1000)
        raise AssertionError("a stale handle, yet no error")
    except weaveheap.StaleHandleError:
        pass
print("ok")
