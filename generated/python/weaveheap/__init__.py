# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144
"""weaveheap 0.1.0 for Python: regions, capability handles and
borrow-checked zero-copy views, generated from the IDL (docs/python.md).

    import weaveheap

    with weaveheap.Region() as region:
        buf = region.alloc(1 << 20)
        with buf.view(writable=True) as mv:     # the unique borrow
            mv[:5] = b"hello"
        with memoryview(buf) as mv:             # a shared borrow, read-only
            assert mv[:5] == b"hello"
        print(weaveheap.stats().copies)        # 0: nothing was copied

Every object owns its handle: close() releases it (a second close() does
nothing), and so does leaving a `with` block. Every error of the core is an
exception under WeaveHeapError with `.code` and the core's message; an
argument Python gets wrong is InvalidArgumentError naming the parameter.
`weaveheap.native` is the flat C API on raw integer handles.
"""
import enum as _enum

from . import native

# -- the ABI guard: the native module must be the one this file was
# generated with.
ABI_VERSION = 2
IDL_HASH = "44be387f8fee504168644f97309796ee874d700df2d7f607dd2879887ce60144"
__version__ = "0.1.0"


def _check_library(abi_version: int, idl_hash: str) -> None:
    if abi_version != ABI_VERSION or idl_hash != IDL_HASH:
        raise ImportError(
            f"weaveheap: the loaded libweaveheap has ABI {abi_version} and IDL hash {idl_hash}, "
            f"but this package was generated for ABI {ABI_VERSION} and IDL hash {IDL_HASH}: "
            "rebuild the weaveheap Python package against this libweaveheap: "
            "pip wheel . (in the weaveheap source tree), then pip install the wheel it makes")


_check_library(native.abi_version(), native.idl_hash())

# The core's function table as a capsule, for extensions built against this
# package: PyCapsule_Import("weaveheap._C_API") (docs/extensions.md).
from ._native import _C_API  # noqa: E402

# -- classes: one per handle kind a user owns, the live view, the structs.
Region = native.Region
Buffer = native.Buffer
Bytes = native.Bytes
String = native.String
Vector = native.Vector
Batch = native.Batch
BatchStream = native.BatchStream
VarVector = native.VarVector
ListVector = native.ListVector
Foreign = native.Foreign
View = native.View
Exporter = native.Exporter
RegionOptions = native.RegionOptions
Stats = native.Stats

# -- enums.


class HandleKind(_enum.IntEnum):
    """The kind a handle carries in its bits (derived from the handle declarations)."""
    NONE = 0
    REGION = 1
    BUFFER = 2
    BYTES = 3
    STRING = 4
    BORROW = 5
    OBJECT = 6
    VECTOR = 7
    BATCH = 8
    BATCH_STREAM = 9
    VAR_VECTOR = 10
    LIST_VECTOR = 11
    FOREIGN = 12
    FOREIGN_STREAM = 13


class ElementType(_enum.IntEnum):
    """The type of a vector's values. Each is stored as Arrow stores it: in the machine's byte order (as the Arrow C Data Interface wants), `boolean` one bit per value (least significant bit first)."""
    INT8 = 1
    INT16 = 2
    INT32 = 3
    INT64 = 4
    UINT8 = 5
    UINT16 = 6
    UINT32 = 7
    UINT64 = 8
    FLOAT32 = 9
    FLOAT64 = 10
    BOOLEAN = 11
    UTF8 = 12
    BINARY = 13


# -- errors: one class per error code.
WeaveHeapError = native.WeaveHeapError
InvalidArgumentError = native.InvalidArgumentError
OutOfMemoryError = native.OutOfMemoryError
StaleHandleError = native.StaleHandleError
ReusedHandleError = native.ReusedHandleError
ForgedHandleError = native.ForgedHandleError
WrongKindError = native.WrongKindError
BorrowError = native.BorrowError
BorrowConflictError = native.BorrowConflictError
InvalidUtf8Error = native.InvalidUtf8Error
OutOfRangeError = native.OutOfRangeError
SystemCallError = native.SystemCallError

# -- constants.
MAX_ALIGN = 1048576
MAX_SIZE = 281474976710656
DEFAULT_ALIGN = 16
DEFAULT_CHUNK_SIZE = 65536

# -- functions.
_HANDLE_CLASSES = (Region, Buffer, Bytes, String, Vector, Batch, BatchStream, VarVector, ListVector, Foreign, View)


def _handle_of(obj):
    """The handle of one of the package's objects; anything else goes on to
    the native call, which refuses what is not a handle."""
    return obj.handle if isinstance(obj, _HANDLE_CLASSES) else obj


version_number = native.version_number
version_string = native.version_string
abi_version = native.abi_version
idl_hash = native.idl_hash
strerror = native.strerror
stats = native.stats_global
stats_set_enabled = native.stats_set_enabled
stats_enabled = native.stats_enabled
publish_start = native.publish_start
publish_now = native.publish_now
publish_stop = native.publish_stop
publish_active = native.publish_active


def handle_kind_of(handle):
    """The kind of a live handle; a stale, reused or forged handle fails. Region handles may be checked from any thread; other handles follow their region's rule.

    Raises StaleHandleError, ReusedHandleError, ForgedHandleError; a failed call changes nothing.
    Threads: any thread for a thread-safe region; otherwise only the thread that is using the region."""
    return HandleKind(native.handle_kind_of(_handle_of(handle)))



class ForeignStream:
    """An Arrow C Stream taken into a region without a copy
    (weaveheap.import_arrow): iterate it for its batches, each a
    Foreign of the region. close() (or the region's reset or destroy)
    calls the producer's release, once."""

    def __init__(self, region, handle):
        self._region = region
        self.handle = handle
        self.closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.closed:
            raise StaleHandleError(f"ForeignStream 0x{self.handle:016x} is closed")
        item = self._region._arrow_stream_next(self.handle)
        if item is None:
            raise StopIteration
        return item

    def close(self):
        if not self.closed:
            self._region._arrow_stream_release(self.handle)
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return f"<{__name__}.ForeignStream 0x{self.handle:016x}>"


def import_arrow(region, obj):
    """Takes any Arrow data into `region` without a copy: an array (an
    object with `__arrow_c_array__`: pyarrow, nanoarrow ...) as a
    Foreign, or else a stream (`__arrow_c_stream__`: a pyarrow
    table or reader, a polars Series or DataFrame, a DuckDB result) as a
    ForeignStream, iterable, whose batches are Foreigns. The
    region holds the producer's memory until the object is closed or the
    region reset or destroyed, and then calls the producer's release
    (counted in `imports`, not in `copies`)."""
    if hasattr(obj, "__arrow_c_array__"):
        schema, array = obj.__arrow_c_array__()
        return region._import_arrow_foreign(schema, array)
    if hasattr(obj, "__arrow_c_stream__"):
        return ForeignStream(region, region._import_arrow_stream(obj.__arrow_c_stream__()))
    raise TypeError(f"{type(obj).__name__} is not Arrow data: no __arrow_c_array__ or __arrow_c_stream__")


__all__ = [
    "ABI_VERSION",
    "IDL_HASH",
    "WeaveHeapError",
    "Region",
    "Buffer",
    "Bytes",
    "String",
    "Vector",
    "Batch",
    "BatchStream",
    "VarVector",
    "ListVector",
    "Foreign",
    "View",
    "Exporter",
    "RegionOptions",
    "Stats",
    "HandleKind",
    "ElementType",
    "InvalidArgumentError",
    "OutOfMemoryError",
    "StaleHandleError",
    "ReusedHandleError",
    "ForgedHandleError",
    "WrongKindError",
    "BorrowError",
    "BorrowConflictError",
    "InvalidUtf8Error",
    "OutOfRangeError",
    "SystemCallError",
    "MAX_ALIGN",
    "MAX_SIZE",
    "DEFAULT_ALIGN",
    "DEFAULT_CHUNK_SIZE",
    "version_number",
    "version_string",
    "abi_version",
    "idl_hash",
    "strerror",
    "handle_kind_of",
    "stats",
    "stats_set_enabled",
    "stats_enabled",
    "publish_start",
    "publish_now",
    "publish_stop",
    "publish_active",
    "import_arrow",
    "ForeignStream",
]
