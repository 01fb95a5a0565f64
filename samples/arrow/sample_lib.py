"""The C side of the Arrow samples (arrow_sample.h), loaded with ctypes and
bound to the core of the `weaveheap` package this process imported: the
library gets that core's function table (the capsule weaveheap._C_API), so
the vectors and batches it makes are this process's objects, in a region
this process owns, under its counters. Nothing is copied to hand them over:
a handle (a 64-bit integer) goes in and out."""
import ctypes
import os
import sys

import weaveheap


def _table_address() -> int:
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype = ctypes.c_void_p
    get.argtypes = [ctypes.py_object, ctypes.c_char_p]
    return get(weaveheap._C_API, b"weaveheap._C_API")


class SampleLibrary:
    """The three functions of libweaveheap_sample_arrow; each raises
    RuntimeError with the core's message when the C side fails."""

    def __init__(self, path: str):
        self._lib = ctypes.CDLL(path)
        self._table = ctypes.c_void_p(_table_address())
        u64, p, msg, n = ctypes.c_uint64, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
        for name, args in (("sample_column_make", [p, u64, u64, msg, n]),
                           ("sample_column_address", [p, u64, msg, n]),
                           ("sample_producer_batch", [p, u64, u64, u64, ctypes.POINTER(u64), msg, n])):
            fn = getattr(self._lib, name)
            fn.restype, fn.argtypes = u64, args

    def _call(self, fn, *args) -> int:
        msg = ctypes.create_string_buffer(512)
        out = fn(self._table, *args, msg, len(msg))
        if out == 0:
            raise RuntimeError(msg.value.decode())
        return out

    def column(self, region, rows: int) -> int:
        """A new int64 vector's handle, values sample_column_value(0..rows-1)."""
        return self._call(self._lib.sample_column_make, region.handle, rows)

    def address(self, vector) -> int:
        """The core's address of the vector's first value."""
        return self._call(self._lib.sample_column_address, int(getattr(vector, "handle", vector)))

    def batch(self, region, index: int, rows: int) -> tuple:
        """Batch `index` of the producer: (batch handle, [station, reading] vector handles)."""
        columns = (ctypes.c_uint64 * 2)()
        handle = self._call(self._lib.sample_producer_batch, region.handle, index, rows, columns)
        return handle, list(columns)


def load(argv: list) -> SampleLibrary:
    """The library named on the command line, else by WEAVEHEAP_SAMPLE_ARROW_LIB."""
    path = argv[1] if len(argv) > 1 else os.environ.get("WEAVEHEAP_SAMPLE_ARROW_LIB")
    if not path:
        sys.exit(f"usage: {argv[0]} path/to/libweaveheap_sample_arrow.so")
    return SampleLibrary(path)
