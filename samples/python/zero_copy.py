"""The zero-copy buffer workflow from Python: the core owns the memory,
Python, numpy and pyarrow see it through borrow-checked views, and the copy
counter shows that nothing was copied. Run: python3 samples/python/zero_copy.py
(with weaveheap installed, or PYTHONPATH=build/bindings/python)."""
import weaveheap

with weaveheap.Region(chunk_size=1 << 20) as region:
    buf = region.alloc(1 << 20, align=64)
    copies = weaveheap.stats().copies

    # The unique borrow: one writable view, nothing else may look.
    with buf.view(writable=True) as mv:
        mv[:13] = b"hello, arena!"
        print("a view of the core's memory at", hex(mv.obj.data))
        try:
            memoryview(buf)
        except weaveheap.BorrowConflictError as e:
            print("refused while written:", e)

    # Shared borrows: read-only, as many as you like; the owner cannot free
    # or reset what they point at.
    with memoryview(buf) as a, buf.view() as b:
        print("read through two views:", bytes(a[:13]), bytes(b[7:12]))
        try:
            region.reset()
        except weaveheap.BorrowError as e:
            print("reset refused while viewed:", e)

    try:
        import numpy as np
        if np.lib.NumpyVersion(np.__version__) >= "2.1.0":
            floats = np.from_dlpack(buf.view_as("float32", writable=True))  # writable DLPack tensor
            floats[4:8] = [1.0, 2.0, 3.0, 4.0]
            del floats                                                      # the deleter ends the borrow
        else:  # numpy < 2.1 (Python 3.9's newest is 2.0) imports every DLPack tensor read-only
            with buf.view(writable=True) as mv:
                mv[16:32] = np.array([1.0, 2.0, 3.0, 4.0], dtype=np.float32).tobytes()
        print("numpy.from_dlpack read back:", np.from_dlpack(buf.view_as("float32"))[4:8])
    except ImportError:
        print("numpy is not installed: skipping DLPack")

    try:
        import pyarrow as pa
        column = pa.array(buf.view_as("float32"))
        print("pyarrow.array, no copy:", column[4:8].to_pylist())
        del column
    except ImportError:
        print("pyarrow is not installed: skipping Arrow")

    copied = weaveheap.stats().copies - copies
    print("copies during the zero-copy handoffs:", copied)
    print("region counters:", region.stats())
    buf.close()

print("process counters:", weaveheap.stats())
# The success line last, once everything (close() included) succeeded.
if copied != 0:
    raise SystemExit(f"zero_copy: {copied} copies were counted during the zero-copy handoffs")
print("zero_copy: ok")
