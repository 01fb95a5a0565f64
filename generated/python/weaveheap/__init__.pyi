# Generated from idl/weaveheap.wh by weaveheap_gen: do not edit. IDL sha256 9642b5336c411b3e8138dbfec9a542ba111ba757cb2538628071934c4e6b3821
# Type stub of the weaveheap package, generated from the IDL.
import builtins
from types import TracebackType
from typing import Optional, Type, Union

from . import native as native

ReadableBuffer = Union[builtins.bytes, bytearray, memoryview, builtins.str]
WritableBuffer = Union[bytearray, memoryview]

ABI_VERSION: int
IDL_HASH: builtins.str
__version__: builtins.str
MAX_ALIGN: int
MAX_SIZE: int
DEFAULT_ALIGN: int
DEFAULT_CHUNK_SIZE: int


class WeaveHeapError(Exception):
    """Every error the core reports. The numbers are part of the ABI: a code is never renumbered, and a retired code keeps its slot."""
    code: Optional[int]
    message: builtins.str


class InvalidArgumentError(WeaveHeapError, ValueError):
    """An argument is out of its documented range (NULL where not allowed, an alignment that is not a power of two, an absurd size)."""
    code: int


class OutOfMemoryError(WeaveHeapError, MemoryError):
    """The allocator failed, or the region's byte limit would be exceeded."""
    code: int


class StaleHandleError(WeaveHeapError):
    """The handle was valid once; what it named was released, or its region was reset or destroyed."""
    code: int


class ReusedHandleError(WeaveHeapError):
    """The handle was valid once; its slot now holds a newer object."""
    code: int


class ForgedHandleError(WeaveHeapError):
    """The handle was never issued by this process (0, out of range, or bits that no slot ever carried)."""
    code: int


class WrongKindError(WeaveHeapError, TypeError):
    """The handle is live but of another kind than the function takes."""
    code: int


class BorrowError(WeaveHeapError, BufferError):
    """The object (or region) is borrowed and cannot be released, reset, destroyed or written by its owner."""
    code: int


class BorrowConflictError(BorrowError):
    """The borrow asked for conflicts with one that is outstanding (unique with anything, shared with unique)."""
    code: int


class InvalidUtf8Error(WeaveHeapError, UnicodeError):
    """The text is not valid UTF-8; the message names the byte offset."""
    code: int


class OutOfRangeError(WeaveHeapError, IndexError):
    """An offset and length reach past the end of the object."""
    code: int


class SystemError(WeaveHeapError, OSError):
    """A system call failed (a file or thread for publishing live stats); the message names the call and the system's reason."""
    code: int


class View:
    """A window on memory owned by the core, valid exactly as long as the borrow token returned with it."""
    data: object
    length: int
    writable: bool
    def as_dict(self) -> dict[builtins.str, object]: ...


class Stats:
    """The core's counters, for one region or for the whole process."""
    allocations: int
    releases: int
    bytes_allocated: int
    bytes_live: int
    bytes_peak: int
    bytes_reserved: int
    borrows_taken: int
    borrows_active: int
    borrow_conflicts: int
    stale_rejected: int
    copies: int
    copy_bytes: int
    regions_live: int
    def as_dict(self) -> dict[builtins.str, object]: ...


class RegionOptions:
    """How a region is made. A zeroed struct (or NULL) asks for the defaults."""
    chunk_size: int
    byte_limit: int
    thread_safe: bool
    def as_dict(self) -> dict[builtins.str, object]: ...


class Exporter:
    """The memory of a buffer, bytes or string seen as a 1-D array of `dtype`."""
    dtype: builtins.str
    writable: bool
    def __dlpack__(self, *, stream: object = None, max_version: Optional[tuple[int, int]] = None,
                   dl_device: Optional[tuple[int, int]] = None, copy: Optional[bool] = None) -> object: ...
    def __dlpack_device__(self) -> tuple[int, int]: ...
    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[object, object]: ...


class Region:
    """A region: an arena that owns chunks of memory and every object made in it. Destroying it frees them all at once and makes their handles stale."""
    handle: int
    closed: bool
    def __init__(self, chunk_size: int = 0, byte_limit: int = 0, thread_safe: bool = False) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> "Region": ...
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None: ...
    def reset(self) -> None: ...
    def stats(self) -> Stats: ...
    def alloc(self, size: int, align: int = 16) -> Buffer: ...
    def bytes(self, data: ReadableBuffer) -> Bytes: ...
    def string(self, text: ReadableBuffer) -> String: ...


class Buffer:
    """A mutable, sized, aligned block of memory in a region."""
    handle: int
    closed: bool
    def close(self) -> None: ...
    def __enter__(self) -> "Buffer": ...
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None: ...
    def size(self) -> int: ...
    def write(self, offset: int, data: ReadableBuffer) -> None: ...
    def read(self, offset: int, dst: WritableBuffer) -> None: ...
    def view(self, writable: bool = False) -> memoryview: ...
    def view_as(self, dtype: builtins.str = "uint8", writable: bool = False) -> Exporter: ...
    def __buffer__(self, flags: int) -> memoryview: ...
    def __dlpack__(self, *, stream: object = None, max_version: Optional[tuple[int, int]] = None,
                   dl_device: Optional[tuple[int, int]] = None, copy: Optional[bool] = None) -> object: ...
    def __dlpack_device__(self) -> tuple[int, int]: ...
    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[object, object]: ...


class Bytes:
    """An immutable byte string in a region."""
    handle: int
    closed: bool
    def close(self) -> None: ...
    def __enter__(self) -> "Bytes": ...
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None: ...
    def length(self) -> int: ...
    def dup(self) -> builtins.bytes: ...
    def view(self, writable: bool = False) -> memoryview: ...
    def view_as(self, dtype: builtins.str = "uint8", writable: bool = False) -> Exporter: ...
    def __buffer__(self, flags: int) -> memoryview: ...
    def __dlpack__(self, *, stream: object = None, max_version: Optional[tuple[int, int]] = None,
                   dl_device: Optional[tuple[int, int]] = None, copy: Optional[bool] = None) -> object: ...
    def __dlpack_device__(self) -> tuple[int, int]: ...
    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[object, object]: ...


class String:
    """An immutable, validated UTF-8 string in a region, stored with a trailing NUL so that C can read it in place."""
    handle: int
    closed: bool
    def close(self) -> None: ...
    def __enter__(self) -> "String": ...
    def __exit__(self, exc_type: Optional[Type[BaseException]], exc_value: Optional[BaseException],
                 traceback: Optional[TracebackType]) -> None: ...
    def length(self) -> int: ...
    def dup(self) -> builtins.str: ...
    def view(self, writable: bool = False) -> memoryview: ...
    def view_as(self, dtype: builtins.str = "uint8", writable: bool = False) -> Exporter: ...
    def __buffer__(self, flags: int) -> memoryview: ...
    def __dlpack__(self, *, stream: object = None, max_version: Optional[tuple[int, int]] = None,
                   dl_device: Optional[tuple[int, int]] = None, copy: Optional[bool] = None) -> object: ...
    def __dlpack_device__(self) -> tuple[int, int]: ...
    def __arrow_c_array__(self, requested_schema: object = None) -> tuple[object, object]: ...

def version_number() -> int: ...
def version_string() -> builtins.str: ...
def abi_version() -> int: ...
def idl_hash() -> builtins.str: ...
def strerror(code: int) -> builtins.str: ...
def handle_kind_of(handle: int) -> int: ...
def stats() -> Stats: ...
def stats_set_enabled(enabled: bool) -> None: ...
def stats_enabled() -> bool: ...
def publish_start(interval_ms: int) -> None: ...
def publish_now() -> None: ...
def publish_stop() -> None: ...
def publish_active() -> bool: ...
